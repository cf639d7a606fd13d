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

export function gitHubClient(token: string, baseUrl: string, log: (text: string) => void, lang: Lang): GitHubClient {
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
    request: { signal: AbortSignal.timeout(API_TIME) },
    // Rate limits (403, 429) are the throttling plugin's: it waits as long as GitHub says.
    retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: { onRateLimit: onLimit, onSecondaryRateLimit: onLimit },
  });
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
