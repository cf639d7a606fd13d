/**
 * `--external` on the networks authors really have: behind a proxy
 * (HTTPS_PROXY / HTTP_PROXY, NO_PROXY), and offline. Only loopback servers
 * that the tests start are contacted; `example.test` never resolves.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../src/external/checker.js';
import { ExternalChecker } from '../src/external/checker.js';
import { externalSettings } from '../src/external/settings.js';
import { lint } from '../src/run/engine.js';
import { SAMPLE } from './helpers/rule-docs.js';

let target: Server;
let proxy: Server;
let proxyUrl: string;
const tunnels: string[] = [];

beforeAll(async () => {
  target = createHttpServer((request, response) => response.writeHead(request.url === '/ok' ? 200 : 404).end());
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  const targetPort = (target.address() as AddressInfo).port;
  // A forward proxy: every CONNECT goes to the loopback target, whatever host it names.
  proxy = createHttpServer((_request, response) => response.writeHead(405).end());
  proxy.on('connect', (request, client: Socket, head) => {
    tunnels.push(request.url ?? '');
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  await new Promise((resolve) => target.close(resolve));
});

const saved = { ...process.env };
afterEach(() => {
  for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

async function check(url: string): Promise<CheckResult> {
  const checker = new ExternalChecker(externalSettings({ retryCount: 0, timeout: 2000 }, 'test'));
  try {
    return await checker.check(url);
  } finally {
    await checker.close();
  }
}

describe('behind a proxy', () => {
  it('HTTP_PROXY: requests go through the proxy, which resolves names the local DNS does not know', async () => {
    process.env.HTTP_PROXY = proxyUrl;
    expect(await check('http://example.test/ok')).toMatchObject({ ok: true, status: 200 });
    expect(await check('http://example.test/missing')).toMatchObject({ ok: false, kind: 'http', status: 404 });
    expect(tunnels).toContain('example.test:80');
  });

  it('NO_PROXY: a listed host is asked directly (and here does not resolve)', async () => {
    process.env.HTTP_PROXY = proxyUrl;
    process.env.NO_PROXY = 'example.test';
    const before = tunnels.length;
    expect(await check('http://example.test/ok')).toMatchObject({ ok: false, kind: 'dns' });
    expect(tunnels.length).toBe(before);
  });

  it('without a proxy, a name that does not resolve is a dns failure', async () => {
    expect(await check('http://example.test/ok')).toMatchObject({ ok: false, kind: 'dns' });
  });

  it('the address guard still refuses an internal address written in the URL', async () => {
    process.env.HTTP_PROXY = proxyUrl;
    expect(await check('http://169.254.169.254/latest/meta-data/')).toMatchObject({ ok: false, kind: 'private' });
  });
});

describe('offline', () => {
  const page = 'docs/voldoen-aan-wetten-en-regels/maatregelen/1-pba-01-formuleren-probleemdefinitie.md';
  const links = (hosts: string[]) => `\n${hosts.map((host, index) => `[bron ${index}](https://${host}/pagina)`).join('\n\n')}\n`;

  async function run(hosts: string[]) {
    const notices: string[] = [];
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const file = path.join(SAMPLE, page);
    const { files } = await lint({
      cwd: SAMPLE,
      paths: [page],
      only: ['external-url'],
      overrides: { [file]: readFileSync(file, 'utf8') + links(hosts) },
      onNotice: (text) => notices.push(text),
      external: { check: async (urls) => new Map(urls.map((url) => [url, { url, ok: false, kind: 'dns', detail: 'ENOTFOUND' } as CheckResult])) },
    });
    return { notices, findings: files[0].messages.filter((message) => message.ruleId === 'external-url') };
  }

  it('when no host resolves at all, says once that the network is unreachable, and reports no link', async () => {
    const { notices, findings } = await run(['een.example.org', 'twee.example.net', 'drie.example.com']);
    expect(findings).toEqual([]);
    expect(notices).toEqual([expect.stringMatching(/^het netwerk is niet bereikbaar: geen enkele hostnaam \(\d+\) werd gevonden/)]);
  });

  it('one host that does not exist among few is still reported as such', async () => {
    const { notices, findings } = await run(['bestaat-niet.example.org']);
    expect(notices).toEqual([]);
    expect(findings.length).toBeGreaterThan(0);
  });
});
