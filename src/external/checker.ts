/**
 * Checks external http(s) URLs: each distinct URL once, with a global and a
 * per-host concurrency limit and a minimum interval per host; HEAD first,
 * GET when HEAD is refused or lies; redirects followed by hand (permanent
 * ones are reported with the new URL); 429 and 5xx retried with exponential
 * backoff that honours Retry-After; timeouts. Never throws: every failure is
 * a result with a kind.
 */
import { Agent, type Dispatcher, EnvHttpProxyAgent, request } from 'undici';
import { guardedLookup, refusalPolicy, resolveHost } from './address-guard.js';
import type { ExternalSettings } from './settings.js';

type FailureKind =
  | 'dns'
  | 'refused'
  | 'reset'
  | 'tls'
  | 'timeout'
  | 'http'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'rate-limited'
  | 'invalid'
  | 'private'
  | 'network';

export interface CheckResult {
  url: string;
  ok: boolean;
  /** Last HTTP status seen, if any. */
  status?: number;
  kind?: FailureKind;
  /** Detail for messages (error code, redirect target). */
  detail?: string;
  /** Where a permanent redirect (301/308) leads, when the chain ends well. */
  permanentRedirect?: string;
  /** Served from the cache. */
  cached?: boolean;
}

export interface CheckProgress {
  done: number;
  total: number;
  failures: number;
}

const RETRYABLE = (status: number) => status === 429 || (status >= 500 && status <= 599);
/** HEAD refused, or a server known to answer HEAD wrongly: ask again with GET. */
const HEAD_FALLBACK = (status: number) => status === 405 || status === 403 || status === 501 || status === 400 || status === 404 || status === 406;

/** A proxy from the environment (HTTPS_PROXY, HTTP_PROXY, lower case too; NO_PROXY is honoured by undici). */
function proxyFromEnvironment(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY || undefined;
}

export class ExternalChecker {
  private readonly agent: Dispatcher;
  /** Requests may go through a proxy, which resolves names itself (the local DNS may not know them). */
  private readonly proxied: boolean;
  private readonly results = new Map<string, Promise<CheckResult>>();
  private readonly hostQueues = new Map<string, { active: number; waiting: Array<() => void>; lastStart: number }>();
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly refused: (address: string) => boolean;
  /** Each host resolved once: its address keys the per-host limits (two names of one server share them). */
  private readonly addresses = new Map<string, ReturnType<typeof resolveHost>>();

  constructor(
    private readonly settings: ExternalSettings,
    private readonly sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  ) {
    this.refused = refusalPolicy(settings.allowPrivateAddresses);
    const limits = { connectTimeout: settings.timeoutMs, headersTimeout: settings.timeoutMs, bodyTimeout: settings.timeoutMs, connections: settings.perHost };
    this.proxied = Boolean(proxyFromEnvironment());
    // Without a proxy, every connection, redirects included, is checked where it is made (no DNS
    // rebinding). With one, the connection is to the proxy (often an internal address itself):
    // names are checked when they resolve here (below), and the proxy does the rest.
    this.agent = this.proxied ? new EnvHttpProxyAgent(limits) : new Agent({ ...limits, connect: { lookup: guardedLookup(this.refused) } });
  }

  /** Check many URLs; `onProgress` after each. */
  async checkAll(urls: string[], onProgress?: (progress: CheckProgress) => void): Promise<Map<string, CheckResult>> {
    const distinct = [...new Set(urls)];
    const done = new Map<string, CheckResult>();
    let failures = 0;
    await Promise.all(
      distinct.map(async (url) => {
        const result = await this.check(url);
        done.set(url, result);
        if (!result.ok) failures++;
        onProgress?.({ done: done.size, total: distinct.length, failures });
      }),
    );
    return done;
  }

  check(url: string): Promise<CheckResult> {
    let pending = this.results.get(url);
    if (!pending) {
      pending = this.checkOnce(url);
      this.results.set(url, pending);
    }
    return pending;
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private async checkOnce(url: string): Promise<CheckResult> {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return { url, ok: false, kind: 'invalid', detail: 'not a valid URL' };
    }
    const seen = new Set<string>([current.href]);
    // Where the unbroken run of permanent redirects from the start leads.
    let permanent: string | undefined;
    let allPermanent = true;
    for (let hop = 0; hop <= this.settings.maxRedirects; hop++) {
      const answer = await this.fetchWithRetries(current);
      if ('kind' in answer) return { url, ...answer, ok: false };
      const { status, location } = answer;
      if (status >= 300 && status < 400 && location) {
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return { url, ok: false, kind: 'http', status, detail: `invalid Location ${location}` };
        }
        if (allPermanent && (status === 301 || status === 308)) permanent = next.href;
        else allPermanent = false;
        if (seen.has(next.href)) return { url, ok: false, kind: 'redirect-loop', status, detail: next.href };
        seen.add(next.href);
        current = next;
        continue;
      }
      if (this.settings.aliveStatusCodes.includes(status) || (status >= 200 && status < 300)) {
        return { url, ok: true, status, permanentRedirect: permanent };
      }
      if (status === 429) return { url, ok: false, kind: 'rate-limited', status };
      return { url, ok: false, kind: 'http', status };
    }
    return { url, ok: false, kind: 'too-many-redirects', detail: current.href };
  }

  /** One URL, HEAD then GET, with retries for 429/5xx. */
  private async fetchWithRetries(target: URL): Promise<{ status: number; location?: string } | { kind: FailureKind; detail?: string; status?: number }> {
    if (!this.addresses.has(target.hostname)) this.addresses.set(target.hostname, resolveHost(target.hostname, this.refused));
    const resolved = await this.addresses.get(target.hostname)!;
    // Behind a proxy a name the local DNS does not know is the proxy's to resolve.
    if ('kind' in resolved && !(this.proxied && resolved.kind === 'dns')) return resolved;
    const slot = 'address' in resolved ? resolved.address : target.hostname;
    let attempt = 0;
    for (;;) {
      const answer = await this.withSlot(slot, () => this.fetchOnce(target));
      if ('kind' in answer) return answer;
      const retries = answer.status === 429 ? (this.settings.retryOn429 ? this.settings.retryCount : 0) : this.settings.retryCount;
      if (!RETRYABLE(answer.status) || attempt >= retries) return answer;
      attempt++;
      await this.sleep(this.backoff(attempt, answer.retryAfter));
    }
  }

  /** Exponential backoff, or the server's Retry-After (seconds or HTTP-date), capped. */
  private backoff(attempt: number, retryAfter: string | undefined): number {
    const base = this.settings.retryDelayMs * 2 ** (attempt - 1);
    if (!retryAfter) return Math.min(base, this.settings.maxRetryDelayMs);
    const seconds = Number(retryAfter);
    const wanted = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    return Math.max(0, Math.min(Number.isFinite(wanted) ? wanted : base, this.settings.maxRetryDelayMs));
  }

  private async fetchOnce(target: URL): Promise<{ status: number; location?: string; retryAfter?: string } | { kind: FailureKind; detail?: string }> {
    const headers = { 'user-agent': this.settings.userAgent, ...this.settings.headersFor(target.href) };
    try {
      let response = await this.send(target, 'HEAD', headers);
      if (HEAD_FALLBACK(response.status)) response = await this.send(target, 'GET', headers);
      return response;
    } catch (error) {
      return classify(error);
    }
  }

  private async send(target: URL, method: 'HEAD' | 'GET', headers: Record<string, string>) {
    const response = await request(target, {
      method,
      headers,
      dispatcher: this.agent,
      signal: AbortSignal.timeout(this.settings.timeoutMs),
      headersTimeout: this.settings.timeoutMs,
      bodyTimeout: this.settings.timeoutMs,
    });
    // Only the status matters: drop the body without reading it all.
    await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
    const header = (name: string) => {
      const value = response.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    return { status: response.statusCode, location: header('location'), retryAfter: header('retry-after') };
  }

  /** Run `task` within the global and per-address limits and the per-address interval. */
  private async withSlot<T>(host: string, task: () => Promise<T>): Promise<T> {
    if (this.active >= this.settings.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    let queue = this.hostQueues.get(host);
    if (!queue) {
      queue = { active: 0, waiting: [], lastStart: 0 };
      this.hostQueues.set(host, queue);
    }
    try {
      if (queue.active >= this.settings.perHost) await new Promise<void>((resolve) => queue!.waiting.push(resolve));
      queue.active++;
      try {
        const wait = queue.lastStart + this.settings.hostIntervalMs - Date.now();
        queue.lastStart = Math.max(Date.now(), queue.lastStart + this.settings.hostIntervalMs);
        if (wait > 0) await this.sleep(wait);
        return await task();
      } finally {
        queue.active--;
        queue.waiting.shift()?.();
      }
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

/** Name the kind of a network failure from Node/undici error codes. */
export function classify(error: unknown): { kind: FailureKind; detail?: string } {
  const chain: Array<{ code?: string; name?: string; message?: string }> = [];
  for (let current = error as { cause?: unknown } | undefined; current && chain.length < 5; current = current.cause as typeof current) {
    chain.push(current as { code?: string; name?: string; message?: string });
  }
  const codes = chain.map((entry) => entry.code ?? '').filter(Boolean);
  const names = chain.map((entry) => entry.name ?? '');
  const detail = codes[0] ?? chain[0]?.message;
  const has = (...wanted: string[]) => codes.some((code) => wanted.includes(code));
  if (has('ERR_INTERNAL_ADDRESS')) return { kind: 'private', detail: chain.find((entry) => entry.code === 'ERR_INTERNAL_ADDRESS')?.message };
  if (has('ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL')) return { kind: 'dns', detail };
  if (has('ECONNREFUSED')) return { kind: 'refused', detail };
  if (
    has('UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT', 'ESOCKETTIMEDOUT') ||
    names.includes('TimeoutError') ||
    names.includes('AbortError')
  ) {
    return { kind: 'timeout', detail };
  }
  if (codes.some((code) => /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_SSL/.test(code))) return { kind: 'tls', detail };
  if (has('ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'UND_ERR_CLOSED')) return { kind: 'reset', detail };
  return { kind: 'network', detail };
}
