/**
 * The external check and internal addresses (SSRF): refused by default, by
 * number, by name and on a redirect hop, before any connection is made.
 * Only loopback servers started here are ever connected to; the other
 * internal ranges are checked on the policy alone, without traffic.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argumentsFor } from '../src/entries/action.js';
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
    if (request.url === '/needs-header') response.writeHead(request.headers['x-token'] === 'geheim' ? 200 : 401);
    else if (request.url === '/to-ipv6-loopback') response.writeHead(301, { location: `http://[::1]:${port}/ok` });
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

  it('is allowed by the trusted settings', async () => {
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
    [{ timeout: 1e308 }, '.algoritmekader-lint.json:1:24: external.timeout must be <= 120000'],
    [{ timeout: 0 }, 'external.timeout must be >= 1'],
    [{ timeout: '9999999s' }, 'external.timeout: is not between 1 and 120000 ms'],
    [{ ignorePatterns: ['(a+)\\1'] }, 'not a regular expression that runs in linear time'],
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

describe('IPv6 forms of an IPv4 address are judged by that address', () => {
  it.each([
    '64:ff9b::7f00:1', // NAT64 of 127.0.0.1
    '64:ff9b::a00:1', // NAT64 of 10.0.0.1
    '64:ff9b:1::a00:1', // local-use NAT64
    '::7f00:1', // IPv4-compatible 127.0.0.1
    '::a9fe:a9fe', // IPv4-compatible 169.254.169.254
    '::ffff:0:7f00:1', // IPv4-translated
    '::ffff:7f00:1', // IPv4-mapped, hexadecimal
    '2002:7f00:1::', // 6to4 of 127.0.0.1
    '2002:c0a8:101::1', // 6to4 of 192.168.1.1
    '2001:0:4136:e378:8000:63bf:f5ff:fffe', // Teredo, client 10.0.0.1
    '2001:db8::1', // documentation
    '100::1', // discard
    'fec0::1', // site-local
  ])('%s is internal', (address) => {
    expect(isInternalAddress(address)).toBe(true);
    expect(refusalPolicy()(address)).toBe(true);
  });

  it.each(['64:ff9b::808:808', '2002:808:808::1', '2a00:1450:4001::1', '8.8.8.8'])('%s is public', (address) => {
    expect(isInternalAddress(address)).toBe(false);
  });

  it('an allowed IPv4 address is allowed in its IPv6 forms too, and nothing more', () => {
    const refused = refusalPolicy(['127.0.0.1']);
    expect([refused('::ffff:127.0.0.1'), refused('64:ff9b::7f00:1'), refused('::ffff:127.0.0.2'), refused('::1')]).toEqual([false, false, true, true]);
  });
});

describe('httpHeaders prefixes end at a path segment', () => {
  it('/api matches /api and /api/…, not /apix', () => {
    const { headersFor } = settings({ httpHeaders: [{ urls: ['https://api.example.com/api'], headers: { authorization: 'token geheim' } }] });
    expect(headersFor('https://api.example.com/api')).toEqual({ authorization: 'token geheim' });
    expect(headersFor('https://api.example.com/api/v1')).toEqual({ authorization: 'token geheim' });
    expect(headersFor('https://api.example.com/api?x=1')).toEqual({ authorization: 'token geheim' });
    expect(headersFor('https://api.example.com/apix')).toEqual({});
    expect(headersFor('https://api.example.com/apix/v1')).toEqual({});
  });
});

describe('a pull request cannot switch the guard off or add headers', () => {
  function repositoryLinkingTo(url: string, files: Record<string, unknown>) {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ak-ext-trust-'));
    writeFileSync(path.join(root, 'mkdocs.yml'), 'site_name: test\n');
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs/index.md'), `# Test\n\n[intern](${url})\n`);
    for (const [name, value] of Object.entries(files)) writeFileSync(path.join(root, name), JSON.stringify(value));
    return root;
  }

  async function cli(root: string, args: string[], env: NodeJS.ProcessEnv = {}) {
    let stdout = '';
    let stderr = '';
    const code = await main(['--external', '--no-progress', '--reporter', 'json', '--external-cache', path.join(root, 'external.json'), ...args], {
      cwd: root,
      isTTY: false,
      env,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    return { code, stdout, stderr };
  }

  it('allowPrivateAddresses and httpHeaders in mlc_config.json or our configuration are ignored, with a notice', async () => {
    const root = repositoryLinkingTo(`http://127.0.0.1:${port}/ok`, {
      'mlc_config.json': { allowPrivateAddresses: true, httpHeaders: [{ urls: [`http://127.0.0.1:${port}`], headers: { 'x-steel': 'dit' } }] },
      '.algoritmekader-lint.json': { external: { allowPrivateAddresses: ['127.0.0.1'] } },
    });
    try {
      const before = hits;
      const dutch = await cli(root, []);
      expect(hits).toBe(before);
      expect(dutch.code).toBe(1);
      expect(dutch.stdout).toContain('intern adres');
      expect(dutch.stderr).toContain('allowPrivateAddresses in mlc_config.json genegeerd');
      expect(dutch.stderr).toContain('httpHeaders in mlc_config.json genegeerd');
      expect(dutch.stderr).toContain('external.allowPrivateAddresses in de configuratie genegeerd');
      const english = await cli(root, ['--lang', 'en']);
      expect(hits).toBe(before);
      expect(english.stderr).toContain('ignored allowPrivateAddresses in mlc_config.json');
      expect(english.stderr).toContain('--external-allow-address');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the command line allows addresses, and headers come from the environment', async () => {
    const root = repositoryLinkingTo(`http://127.0.0.1:${port}/needs-header`, {});
    try {
      expect((await cli(root, ['--external-allow-address', '127.0.0.1'])).code).toBe(1); // reached, but 401 without the header
      const env = { ALGORITMEKADER_LINT_HTTP_HEADERS: JSON.stringify([{ urls: [`http://127.0.0.1:${port}`], headers: { 'x-token': 'geheim' } }]) };
      expect((await cli(root, ['--external-allow-private'], env)).code).toBe(0);
      const wrong = await cli(root, ['--external-allow-address', 'intranet', '--lang', 'en']);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('--external-allow-address: "intranet" is not an IP address or CIDR range');
      const badEnv = await cli(root, ['--lang', 'en'], { ALGORITMEKADER_LINT_HTTP_HEADERS: '{nope' });
      expect(badEnv.code).toBe(2);
      expect(badEnv.stderr).toContain('ALGORITMEKADER_LINT_HTTP_HEADERS');
      expect(badEnv.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the Action passes its inputs as options and the headers through the environment', () => {
    const args = argumentsFor({ 'INPUT_EXTERNAL-ALLOW-PRIVATE': '10.20.0.0/16, 127.0.0.1', INPUT_EXTERNAL: 'true' }, process.cwd());
    expect(args).toEqual(expect.arrayContaining(['--external-allow-address=10.20.0.0/16', '--external-allow-address=127.0.0.1']));
    expect(argumentsFor({ 'INPUT_EXTERNAL-ALLOW-PRIVATE': 'true' }, process.cwd())).toContain('--external-allow-private');
    expect(argumentsFor({ 'INPUT_EXTERNAL-ALLOW-PRIVATE': 'false' }, process.cwd()).join(' ')).not.toContain('allow');
    const manifest = readFileSync(path.resolve(import.meta.dirname, '../action.yml'), 'utf8');
    expect(manifest).toContain('external-allow-private:');
    expect(manifest).toContain('external-http-headers:');
  });
});
