/**
 * The external check and internal addresses (SSRF): refused by default, by
 * number, by name and on a redirect hop, before any connection is made.
 * Only loopback servers started here are ever connected to; the other
 * internal ranges are checked on the policy alone, without traffic.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { isInternalAddress, refusalPolicy } from '../src/external/address-guard.js';
import { ExternalChecker } from '../src/external/checker.js';
import { externalSettings } from '../src/external/settings.js';

let server: Server;
let port: number;
let hits = 0;
let open = 0;
let mostOpen = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    hits++;
    if (request.url?.startsWith('/slow')) {
      open++;
      mostOpen = Math.max(mostOpen, open);
      setTimeout(() => {
        open--;
        response.writeHead(200).end();
      }, 80);
      return;
    }
    if (request.url === '/to-ipv6-loopback') response.writeHead(301, { location: `http://[::1]:${port}/ok` });
    else response.writeHead(200);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const settings = (extra: Parameters<typeof externalSettings>[0] = {}) => externalSettings({ timeout: 1000, hostInterval: 0, retryCount: 0, ...extra }, 'test');

describe('internal addresses', () => {
  it.each(['127.0.0.1', '[::1]', '0.0.0.0', '2130706433', '0x7f000001', '127.1', 'localhost'])(
    'http://%s is refused by default, without a request',
    async (host) => {
      const before = hits;
      const checker = new ExternalChecker(settings());
      const result = await checker.check(`http://${host}:${port}/ok`);
      await checker.close();
      expect(result).toMatchObject({ ok: false, kind: 'private' });
      expect(hits).toBe(before);
    },
  );

  it('knows the internal ranges (checked without traffic)', () => {
    for (const address of [
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ]) {
      expect(isInternalAddress(address), address).toBe(true);
    }
    for (const address of ['8.8.8.8', '145.21.0.1', '2a00:1450::1', '172.32.0.1']) expect(isInternalAddress(address), address).toBe(false);
    const refused = refusalPolicy(['127.0.0.1', '10.0.0.0/8']);
    expect([refused('127.0.0.1'), refused('10.9.9.9'), refused('::1'), refused('169.254.169.254'), refused('8.8.8.8')]).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it('is refused on a redirect hop too: no fix that points inside', async () => {
    const checker = new ExternalChecker(settings({ allowPrivateAddresses: ['127.0.0.1'] }));
    const result = await checker.check(`http://127.0.0.1:${port}/to-ipv6-loopback`);
    await checker.close();
    expect(result).toMatchObject({ ok: false, kind: 'private' });
    expect(result.permanentRedirect).toBeUndefined();
  });

  it('is allowed by configuration', async () => {
    const checker = new ExternalChecker(settings({ allowPrivateAddresses: true }));
    expect(await checker.check(`http://localhost:${port}/ok`)).toMatchObject({ ok: true, status: 200 });
    await checker.close();
  });
});

describe('per-host limits', () => {
  it('key on the resolved address: two names of one server share its limit', async () => {
    mostOpen = 0;
    const checker = new ExternalChecker(settings({ allowPrivateAddresses: true, perHost: 1 }));
    const results = await checker.checkAll([`http://localhost:${port}/slow-a`, `http://127.0.0.1:${port}/slow-b`, `http://localhost:${port}/slow-c`]);
    await checker.close();
    expect([...results.values()].every((result) => result.ok)).toBe(true);
    expect(mostOpen).toBe(1);
  });
});

describe('httpHeaders', () => {
  it('match on origin and path, never on a string prefix', () => {
    const { headersFor } = settings({ httpHeaders: [{ urls: ['https://api.example.com'], headers: { authorization: 'token geheim' } }] });
    expect(headersFor('https://api.example.com/v1/x')).toEqual({ authorization: 'token geheim' });
    expect(headersFor('https://api.example.com.evil.tld/')).toEqual({});
    expect(headersFor('http://api.example.com/')).toEqual({});
    expect(headersFor('https://api.example.com@evil.tld/')).toEqual({});
  });
});

describe('invalid external settings', () => {
  it.each([
    [{ perHost: 0 }, 'external.perHost'],
    [{ concurrency: 'veel' }, 'external.concurrency'],
    [{ ignorePatterns: ['(a+)+$'] }, 'exponential'],
    [{ httpHeaders: [{ urls: ['api.example.com'], headers: {} }] }, 'not an absolute URL'],
    [{ allowPrivateAddresses: ['intranet'] }, 'not an IP address or CIDR range'],
  ])('%j stops the run with exit 2 and a message', async (external, says) => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ak-ext-settings-'));
    try {
      writeFileSync(path.join(root, 'mkdocs.yml'), 'site_name: test\n');
      mkdirSync(path.join(root, 'docs'));
      writeFileSync(path.join(root, 'docs/index.md'), '# Test\n');
      writeFileSync(path.join(root, '.algoritmekader-lint.json'), JSON.stringify({ external }));
      let stderr = '';
      const code = await main(['--external', '--no-progress', '--lang', 'en'], {
        cwd: root,
        isTTY: false,
        env: {},
        stdout: () => {},
        stderr: (text) => (stderr += text),
      });
      expect(code).toBe(2);
      expect(stderr).toContain(says);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
