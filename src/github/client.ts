/**
 * The GitHub REST client of the Action: octokit with pagination, retries
 * with backoff (server errors, 429) and GitHub's pacing of writes and rate
 * limits (the throttling plugin). A limit is waited out a few times, and
 * never for long: the lint result does not wait on the API.
 */
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { VERSION } from '../package-info.js';
import type { Lang } from '../rule-kit/i18n.js';
import { text } from './texts.js';

const Client = Octokit.plugin(paginateRest, retry, throttling);
export type GitHubClient = InstanceType<typeof Client>;

/** Times a rate-limited request is tried again, and the longest wait before that (seconds). */
const LIMIT_RETRIES = 2;
const LONGEST_WAIT = 60;
/** All API work of one run ends by then. */
const API_TIME = 4 * 60_000;
/** Pages of one listing at most (GitHub lists at most 3 000 files of a pull request: 30 pages of 100). */
export const MOST_PAGES = 30;
/** Bytes of one response body at most, and of all responses of one run. */
export const MOST_RESPONSE_BYTES = 8 * 1024 * 1024;
export const MOST_RUN_BYTES = 64 * 1024 * 1024;

/** A listing over MOST_PAGES: the feedback fails (and says so); the lint result stands. */
export class ApiBoundError extends Error {}

/**
 * `fetch` that reads each body within MOST_RESPONSE_BYTES and the run's
 * budget, and gives up (cancelling the stream) as soon as it is over: a
 * body of gigabytes is never held. An answer over the bound becomes a 413
 * that says so, which is not tried again.
 */
function boundedFetch(budget: { left: number }): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const most = Math.min(MOST_RESPONSE_BYTES, budget.left);
    const over = () =>
      new Response(JSON.stringify({ message: `the answer is over ${most} bytes, the most algoritmekader-lint reads` }), {
        status: 413,
        headers: { 'content-type': 'application/json' },
      });
    if (Number(response.headers.get('content-length') ?? 0) > most) {
      await response.body?.cancel();
      return over();
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (response.body)
      for await (const chunk of response.body) {
        total += chunk.byteLength;
        if (total > most) return over(); // leaving the loop cancels the stream
        chunks.push(chunk);
      }
    budget.left -= total;
    const empty = [101, 204, 205, 304].includes(response.status);
    const bounded = new Response(empty ? null : Buffer.concat(chunks), { status: response.status, statusText: response.statusText, headers: response.headers });
    Object.defineProperty(bounded, 'url', { value: response.url });
    return bounded;
  };
}

/**
 * How long the client's waits take: the milliseconds of one second that
 * GitHub asks to wait (`retry-after`), of octokit's back-off and of its
 * pacing of writes (one a second, a notifying one every three seconds).
 * Real seconds but in tests, which pass a shorter one.
 */
export interface GitHubTiming {
  second: number;
}
const REAL_TIME: GitHubTiming = { second: 1000 };

/** octokit's pacing of writes (@octokit/plugin-throttling's own groups and intervals) on another clock. */
function pacing(timing: GitHubTiming) {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.second }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * timing.second }),
  };
}

export function gitHubClient(token: string, baseUrl: string, log: (text: string) => void, lang: Lang, timing = REAL_TIME): GitHubClient {
  const onLimit = (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < LIMIT_RETRIES && retryAfter <= LONGEST_WAIT;
    const what = again ? text('retryIn', lang, { seconds: retryAfter }) : text('givenUp', lang);
    log(text('logLimit', lang, { request: `${options.method} ${options.url}`, what }));
    return again;
  };
  return new Client({
    auth: token,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    userAgent: `algoritmekader-lint/${VERSION}`,
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    request: { signal: AbortSignal.timeout(API_TIME), fetch: boundedFetch({ left: MOST_RUN_BYTES }) },
    // Rate limits (403, 429) are the throttling plugin's: it waits as long as GitHub says.
    retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 413, 422, 429, 451], retryAfterBaseValue: timing.second },
    throttle: {
      onRateLimit: onLimit,
      onSecondaryRateLimit: onLimit,
      retryAfterBaseValue: timing.second,
      // The plugin's own pacing in real time; its groups are shared by every client of the process.
      ...(timing === REAL_TIME ? {} : pacing(timing)),
    },
  });
}

/**
 * Every item of a listing (`GET …` with `per_page`), at most MOST_PAGES
 * pages: a listing that goes on (a `next` link after the last page we
 * take) throws ApiBoundError instead of being read without end.
 */
export async function listAll<T>(client: GitHubClient, route: string, parameters: Record<string, unknown>): Promise<T[]> {
  const items: T[] = [];
  let pages = 0;
  for await (const response of client.paginate.iterator(route, parameters)) {
    items.push(...(response.data as T[]));
    if (++pages === MOST_PAGES && /rel="next"/.test(String(response.headers.link ?? ''))) throw new ApiBoundError(`${route}: over ${MOST_PAGES} pages`);
  }
  return items;
}

/** The HTTP status of a failed request, if it got an answer. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub refused writing (no permission, or a rate limit): further writes of this run would be refused too. */
export function refusesWrites(error: unknown): boolean {
  return statusOf(error) === 403 || statusOf(error) === 429;
}

/** A failed request in one line for the log (no token, no page text: GitHub's message and status). */
export function describeError(error: unknown): string {
  const status = statusOf(error);
  const message = String((error as Error)?.message ?? error)
    .split('\n')[0]
    .slice(0, 200);
  return status ? `HTTP ${status}: ${message}` : message;
}
