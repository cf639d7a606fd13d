/**
 * The external URL checker against HTTP servers on 127.0.0.1 that these
 * tests start. No test touches the internet.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExternalCache } from '../src/external/cache.js';
import { classify, ExternalChecker } from '../src/external/checker.js';
import { externalSettings, parseDuration } from '../src/external/settings.js';
import { lint } from '../src/run/engine.js';

type Handler = (request: IncomingMessage, response: ServerResponse, hits: number) => void;

let server: Server;
let base: string;
const hits = new Map<string, number>();
const log: Array<{ path: string; method: string; at: number }> = [];
let concurrent = 0;
let maxConcurrent = 0;

const routes: Record<string, Handler> = {
  '/ok': (_q, r) => r.writeHead(200).end('ok'),
  '/missing': (_q, r) => r.writeHead(404).end(),
  '/gone': (_q, r) => r.writeHead(410).end(),
  '/flaky': (_q, r, n) => r.writeHead(n <= 1 ? 500 : 200).end(),
  '/limited': (_q, r, n) => (n <= 1 ? r.writeHead(429, { 'retry-after': '1' }).end() : r.writeHead(200).end()),
  '/limited-date': (_q, r, n) => (n <= 1 ? r.writeHead(503, { 'retry-after': new Date(Date.now() + 2000).toUTCString() }).end() : r.writeHead(200).end()),
  '/always-limited': (_q, r) => r.writeHead(429, { 'retry-after': '0' }).end(),
  '/head-405': (q, r) => r.writeHead(q.method === 'HEAD' ? 405 : 200).end(),
  '/head-lies': (q, r) => r.writeHead(q.method === 'HEAD' ? 404 : 200).end(),
  '/moved': (_q, r) => r.writeHead(301, { location: '/moved-2' }).end(),
  '/moved-2': (_q, r) => r.writeHead(308, { location: '/ok' }).end(),
  '/temporary': (_q, r) => r.writeHead(302, { location: '/ok' }).end(),
  '/chain-then-temporary': (_q, r) => r.writeHead(301, { location: '/temporary' }).end(),
  '/loop-a': (_q, r) => r.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (_q, r) => r.writeHead(302, { location: '/loop-a' }).end(),
  '/slow': (_q, r) => {
    setTimeout(() => r.writeHead(200).end(), 1500).unref();
  },
  '/reset': (q) => q.socket.destroy(),
  '/busy': (_q, r) => {
    setTimeout(() => r.writeHead(200).end(), 60).unref();
  },
  '/needs-header': (q, r) => r.writeHead(q.headers['x-token'] === 'geheim' ? 200 : 401).end(),
  '/teapot': (_q, r) => r.writeHead(418).end(),
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const route = (request.url ?? '').split('?')[0].replace(/\/\d+$/, '');
    const count = (hits.get(request.url ?? '') ?? 0) + 1;
    hits.set(request.url ?? '', count);
    log.push({ path: request.url ?? '', method: request.method ?? '', at: Date.now() });
    concurrent++;
    maxConcurrent = Math.max(maxConcurrent, concurrent);
    response.on('close', () => concurrent--);
    (routes[route] ?? ((_q, r) => r.writeHead(404).end()))(request, response, count);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const fast = (extra: Parameters<typeof externalSettings>[0] = {}) =>
  externalSettings(
    { timeout: 400, fallbackRetryDelay: 20, hostInterval: 0, concurrency: 8, perHost: 4, maxRetryDelay: 1500, allowPrivateAddresses: ['127.0.0.1'], ...extra },
    'test',
  );

async function check(pathName: string, settings = fast()) {
  const checker = new ExternalChecker(settings);
  try {
    return await checker.check(`${base}${pathName}`);
  } finally {
    await checker.close();
  }
}

describe('HTTP answers', () => {
  it('200 is alive', async () => {
    expect(await check('/ok')).toMatchObject({ ok: true, status: 200 });
  });

  it('404 and 410 are dead, with the status', async () => {
    expect(await check('/missing')).toMatchObject({ ok: false, kind: 'http', status: 404 });
    expect(await check('/gone')).toMatchObject({ ok: false, kind: 'http', status: 410 });
  });

  it('500 then 200: the retry succeeds', async () => {
    expect(await check('/flaky')).toMatchObject({ ok: true, status: 200 });
    expect(hits.get('/flaky')).toBe(2);
  });

  it('429 with Retry-After in seconds is waited for, then retried', async () => {
    const started = Date.now();
    expect(await check('/limited')).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('503 with Retry-After as an HTTP date is honoured', async () => {
    const started = Date.now();
    expect(await check('/limited-date')).toMatchObject({ ok: true });
    // The date has whole seconds: at least one of the two seconds is waited.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('a host that stays rate-limited is reported as such, not as dead', async () => {
    expect(await check('/always-limited')).toMatchObject({ ok: false, kind: 'rate-limited', status: 429 });
    expect(hits.get('/always-limited')).toBe(3); // first try + retryCount 2
  });

  it('HEAD 405 falls back to GET 200; so does a HEAD that lies', async () => {
    expect(await check('/head-405')).toMatchObject({ ok: true, status: 200 });
    expect(await check('/head-lies')).toMatchObject({ ok: true, status: 200 });
    expect(log.filter((entry) => entry.path === '/head-405').map((entry) => entry.method)).toEqual(['HEAD', 'GET']);
  });

  it('a permanent redirect chain is followed and reported with its new URL', async () => {
    expect(await check('/moved')).toMatchObject({ ok: true, permanentRedirect: `${base}/ok` });
    expect(await check('/temporary')).toMatchObject({ ok: true, permanentRedirect: undefined });
    expect(await check('/chain-then-temporary')).toMatchObject({ ok: true, permanentRedirect: `${base}/temporary` });
  });

  it('a redirect loop and too many redirects', async () => {
    expect(await check('/loop-a')).toMatchObject({ ok: false, kind: 'redirect-loop' });
    expect(await check('/moved', fast({ maxRedirects: 1 }))).toMatchObject({ ok: false, kind: 'too-many-redirects' });
  });

  it('a slow response past the timeout', async () => {
    expect(await check('/slow', fast({ timeout: 200, retryCount: 0 }))).toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('a connection reset and a refused connection', async () => {
    expect(await check('/reset', fast({ retryCount: 0 }))).toMatchObject({ ok: false, kind: 'reset' });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const checker = new ExternalChecker(fast());
    expect(await checker.check(`http://127.0.0.1:${port}/`)).toMatchObject({ ok: false, kind: 'refused' });
    await checker.close();
  });

  it('aliveStatusCodes and httpHeaders from the configuration', async () => {
    expect(await check('/teapot', fast({ aliveStatusCodes: [200, 418] }))).toMatchObject({ ok: true });
    expect(await check('/needs-header')).toMatchObject({ ok: false, status: 401 });
    expect(await check('/needs-header', fast({ httpHeaders: [{ urls: [base], headers: { 'x-token': 'geheim' } }] }))).toMatchObject({ ok: true });
  });

  it('names DNS and TLS failures from their error codes', () => {
    expect(classify(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }))).toEqual({ kind: 'dns', detail: 'ENOTFOUND' });
    expect(classify({ code: 'CERT_HAS_EXPIRED' })).toMatchObject({ kind: 'tls' });
    expect(classify({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' })).toMatchObject({ kind: 'tls' });
  });
});

describe('politeness', () => {
  it('checks each distinct URL once per run', async () => {
    const checker = new ExternalChecker(fast());
    await checker.checkAll([`${base}/ok?once`, `${base}/ok?once`, `${base}/ok?once`]);
    await checker.close();
    expect(hits.get('/ok?once')).toBe(1);
  });

  it('keeps to the per-host concurrency limit and the minimum interval', async () => {
    maxConcurrent = 0;
    const checker = new ExternalChecker(fast({ perHost: 2, hostInterval: 30 }));
    const urls = Array.from({ length: 8 }, (_, index) => `${base}/busy/${index}`);
    const progress: number[] = [];
    await checker.checkAll(urls, ({ done }) => progress.push(done));
    await checker.close();
    expect(maxConcurrent).toBeLessThanOrEqual(2);
    // Arrival times jitter on a loaded machine; over 8 requests the spacing must average out to the interval.
    const starts = log.filter((entry) => entry.path.startsWith('/busy/')).map((entry) => entry.at);
    expect(starts[starts.length - 1] - starts[0]).toBeGreaterThanOrEqual((starts.length - 1) * 30 * 0.8);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('cache', () => {
  it('keeps successes for the TTL and never keeps failures', () => {
    let now = 1_000;
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ak-cache-')), 'links.json');
    const cache = new ExternalCache(file, 60_000, () => now);
    cache.record({ url: 'https://a.example/', ok: true, status: 200 });
    cache.record({ url: 'https://b.example/', ok: false, kind: 'http', status: 404 });
    cache.save();
    const again = new ExternalCache(file, 60_000, () => now);
    expect(again.get('https://a.example/')).toMatchObject({ ok: true, cached: true });
    expect(again.get('https://b.example/')).toBeUndefined();
    now += 61_000;
    expect(again.get('https://a.example/')).toBeUndefined();
  });

  it('durations parse like markdown-link-check', () => {
    expect([parseDuration('30s', 0), parseDuration('1m', 0), parseDuration('500ms', 0), parseDuration(20, 0), parseDuration(undefined, 7)]).toEqual([
      30_000, 60_000, 500, 20, 7,
    ]);
  });
});

describe('--external in a lint run', () => {
  function repositoryWith(page: string, mlc?: object) {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ak-ext-'));
    writeFileSync(path.join(root, 'mkdocs.yml'), 'site_name: test\n');
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs/index.md'), page);
    if (mlc) writeFileSync(path.join(root, 'mlc_config.json'), JSON.stringify(mlc));
    return root;
  }

  it('reports dead links at the link, redirects with the new URL as fix, rate limits as warnings; a second run is served from the cache', async () => {
    const page = `# Test\n\n[dood](${base}/missing?run) [verhuisd](${base}/moved) [druk](${base}/always-limited) [goed](${base}/ok?run) [genegeerd](${base}/gone?ignored)\n`;
    const root = repositoryWith(page, { ignorePatterns: [{ pattern: '/gone\\?ignored$' }], retryCount: 0, fallbackRetryDelay: '10ms', timeout: '2s' });
    // The test server is on loopback: allowed by whoever starts the run (never by a file), as it must be.
    const cacheFile = path.join(root, 'cache.json');
    const { files } = await lint({ cwd: root, external: { cacheFile, allowPrivateAddresses: ['127.0.0.1'] } });
    const messages = files[0].messages.map((message) => ({
      rule: message.ruleId,
      at: `${message.line}:${message.column}`,
      fatal: message.fatal,
      expected: message.expected,
    }));
    expect(messages).toEqual([
      { rule: 'external-url', at: '3:1', fatal: true, expected: undefined },
      expect.objectContaining({ rule: 'external-url-redirect', fatal: false, expected: [`${base}/ok`] }),
      expect.objectContaining({ rule: 'external-url-rate-limited', fatal: false }),
    ]);
    expect(hits.get('/gone?ignored')).toBeUndefined();
    const okBefore = hits.get('/ok?run');
    const missingBefore = hits.get('/missing?run') ?? 0;
    await lint({ cwd: root, external: { cacheFile, allowPrivateAddresses: ['127.0.0.1'] } });
    expect(hits.get('/ok?run')).toBe(okBefore);
    expect(hits.get('/missing?run')).toBeGreaterThan(missingBefore); // failures are not cached
  });
});
