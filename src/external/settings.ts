/**
 * Settings of the external URL check: our defaults, then an existing
 * markdown-link-check `mlc_config.json` (so the upstream repository's current
 * configuration works unchanged), then `external` in our configuration.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type LinearPattern, linearPattern, type PatternError } from '../config/linear-regex.js';
import { schemaMessage } from '../config/schema-messages.js';
import { checkPatterns } from '../config/validate-config.js';
import { ConfigError, ERRORS } from '../errors.js';
import { MAX_TEXT_BYTES, readInside } from '../repository/safe-read.js';
import { schemaCompiler } from '../repository/schemas.js';
import { parseRange } from './address-guard.js';

export interface ExternalConfig {
  /** markdown-link-check names. */
  ignorePatterns?: Array<{ pattern: string } | string>;
  aliveStatusCodes?: number[];
  httpHeaders?: Array<{ urls: string[]; headers: Record<string, string> }>;
  retryOn429?: boolean;
  retryCount?: number;
  fallbackRetryDelay?: string | number;
  timeout?: string | number;
  /** Ours. */
  concurrency?: number;
  perHost?: number;
  hostInterval?: string | number;
  maxRedirects?: number;
  maxRetryDelay?: string | number;
  cacheTtl?: string | number;
  /** Path of an mlc_config.json, relative to the repository root. */
  mlcConfig?: string;
  /** Connect to loopback, private and link-local addresses: all (`true`) or these addresses and CIDR ranges. Default: none. Never taken from a file (TRUSTED_ONLY). */
  allowPrivateAddresses?: boolean | string[];
}

/**
 * Settings that decide where the check may connect and what it sends with a
 * request. A pull request can change every file in the repository, so these
 * come only from whoever starts the run: the command line, the environment,
 * the Action's inputs. In mlc_config.json or our configuration they are
 * ignored (with a notice).
 */
export const TRUSTED_ONLY = ['allowPrivateAddresses', 'httpHeaders'] as const;
export type TrustedExternal = Pick<ExternalConfig, (typeof TRUSTED_ONLY)[number]>;

/** `config` without the TRUSTED_ONLY settings; `found` is told each one it held. */
export function withoutTrustedOnly(config: ExternalConfig, found: (setting: (typeof TRUSTED_ONLY)[number]) => void): ExternalConfig {
  const rest: ExternalConfig = { ...config };
  for (const setting of TRUSTED_ONLY) {
    if (rest[setting] === undefined) continue;
    delete rest[setting];
    found(setting);
  }
  return rest;
}

export interface ExternalSettings {
  concurrency: number;
  perHost: number;
  hostIntervalMs: number;
  timeoutMs: number;
  maxRedirects: number;
  retryCount: number;
  retryOn429: boolean;
  retryDelayMs: number;
  maxRetryDelayMs: number;
  aliveStatusCodes: number[];
  /** On RE2: linear time, whatever the pattern. */
  ignore: LinearPattern[];
  cacheTtlMs: number;
  userAgent: string;
  allowPrivateAddresses: boolean | string[];
  headersFor(url: string): Record<string, string>;
}

/** A duration in milliseconds, or as text (`30s`); bounded, so that no value makes every request fail or wait for ever. */
const duration = (minimum: number, maximum: number) => ({ oneOf: [{ type: 'number', minimum, maximum }, { type: 'string' }] });
/** The bounds of each duration, in milliseconds (text durations are checked against them when parsed). */
const DURATION_BOUNDS = {
  timeout: [1, 120_000],
  fallbackRetryDelay: [0, 600_000],
  hostInterval: [0, 60_000],
  maxRetryDelay: [0, 600_000],
  cacheTtl: [0, 30 * 86_400_000],
} as const;
const COUNT = { type: 'integer', minimum: 1 };

/** The shape of `external` (and of an mlc_config.json): a wrong value stops the run with a message. */
export const EXTERNAL_SCHEMA = {
  type: 'object',
  properties: {
    ignorePatterns: {
      type: 'array',
      items: { oneOf: [{ type: 'string' }, { type: 'object', properties: { pattern: { type: 'string' } }, required: ['pattern'] }] },
    },
    aliveStatusCodes: { type: 'array', items: { type: 'integer', minimum: 100, maximum: 599 } },
    httpHeaders: {
      type: 'array',
      items: {
        type: 'object',
        properties: { urls: { type: 'array', items: { type: 'string' } }, headers: { type: 'object', additionalProperties: { type: 'string' } } },
        required: ['urls', 'headers'],
      },
    },
    retryOn429: { type: 'boolean' },
    retryCount: { type: 'integer', minimum: 0, maximum: 10 },
    fallbackRetryDelay: duration(...DURATION_BOUNDS.fallbackRetryDelay),
    timeout: duration(...DURATION_BOUNDS.timeout),
    concurrency: COUNT,
    perHost: COUNT,
    hostInterval: duration(...DURATION_BOUNDS.hostInterval),
    maxRedirects: { type: 'integer', minimum: 0, maximum: 20 },
    maxRetryDelay: duration(...DURATION_BOUNDS.maxRetryDelay),
    cacheTtl: duration(...DURATION_BOUNDS.cacheTtl),
    mlcConfig: { type: 'string' },
    allowPrivateAddresses: { oneOf: [{ type: 'boolean' }, { type: 'array', items: { type: 'string' } }] },
  },
};

function validate(config: ExternalConfig): void {
  const check = schemaCompiler().compile(EXTERNAL_SCHEMA);
  if (!check(config)) {
    const problem = check.errors?.[0];
    throw new ConfigError(ERRORS.externalSetting, { path: problem?.instancePath.replace(/\//g, '.') ?? '', detail: schemaMessage(problem) });
  }
  for (const [key, [minimum, maximum]] of Object.entries(DURATION_BOUNDS)) {
    const value = parseDuration(config[key as keyof typeof DURATION_BOUNDS], minimum);
    if (!(value >= minimum && value <= maximum)) {
      throw new ConfigError(ERRORS.externalSetting, {
        path: `.${key}`,
        detail: { nl: `ligt niet tussen ${minimum} en ${maximum} ms`, en: `is not between ${minimum} and ${maximum} ms` },
      });
    }
  }
  for (const entry of Array.isArray(config.allowPrivateAddresses) ? config.allowPrivateAddresses : []) {
    if (!parseRange(entry)) throw new ConfigError(ERRORS.notAnAddress, { option: 'allowPrivateAddresses', entry });
  }
}

/** A pattern on the linear-time engine, or a configuration error (one read from a file was checked at its place already). */
function linear(pattern: string): LinearPattern {
  try {
    return linearPattern(pattern);
  } catch (error) {
    const detail = (error as PatternError).detail;
    throw new ConfigError(ERRORS.notARegex, { path: 'external.ignorePatterns', pattern, detail });
  }
}

/** `httpHeaders` URL prefixes as origin plus path: a token for https://api.example.com never goes to https://api.example.com.evil.tld, one for /api never to /apix. */
function headerRules(entries: NonNullable<ExternalConfig['httpHeaders']>) {
  return entries.map(({ urls, headers }) => ({
    headers,
    prefixes: urls.map((prefix) => {
      try {
        const url = new URL(prefix);
        return { origin: url.origin, path: url.pathname };
      } catch {
        throw new ConfigError(ERRORS.notAnAbsoluteUrl, { prefix });
      }
    }),
  }));
}

const MLC_LOCATIONS = ['mlc_config.json', '.mlc_config.json', '.github/mlc_config.json', '.markdown-link-check.json'];

/** `30s`, `1m`, `500ms`, `1d`, or a number of milliseconds. */
export function parseDuration(value: string | number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return value;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(value);
  if (!match) throw new ConfigError(ERRORS.notADuration, { value });
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(match[2] ?? 'ms').toLowerCase() as 'ms'];
  return Number(match[1]) * factor;
}

/** The repository's mlc_config.json, if it has one, and its name. */
export function readMlcConfig(root: string, file?: string): { config: ExternalConfig; file?: string } {
  const candidates = file ? [file] : MLC_LOCATIONS;
  for (const candidate of candidates) {
    const full = path.resolve(root, candidate);
    if (!existsSync(full)) continue;
    // Followed only inside the repository, a regular file of bounded size.
    const text = readInside(full, root, MAX_TEXT_BYTES, candidate)?.toString('utf8') ?? '';
    let config: ExternalConfig;
    try {
      config = JSON.parse(text) as ExternalConfig;
    } catch (error) {
      throw new ConfigError(ERRORS.notJson, { file: candidate, detail: (error as Error).message });
    }
    checkPatterns(config, { file: candidate, text }, []);
    return { config, file: candidate };
  }
  return { config: {} };
}

/** Does `pathname` fall under `prefix`, a whole path segment at a time (`/api` covers `/api` and `/api/x`, not `/apix`)? */
function underPathPrefix(pathname: string, prefix: string): boolean {
  if (prefix.endsWith('/')) return pathname.startsWith(prefix);
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function externalSettings(config: ExternalConfig, version: string): ExternalSettings {
  validate(config);
  const headers = headerRules(config.httpHeaders ?? []);
  const ignore = (config.ignorePatterns ?? []).map((entry) => linear(typeof entry === 'string' ? entry : entry.pattern));
  return {
    concurrency: config.concurrency ?? 8,
    perHost: config.perHost ?? 2,
    hostIntervalMs: parseDuration(config.hostInterval, 250),
    timeoutMs: parseDuration(config.timeout, 10_000),
    maxRedirects: config.maxRedirects ?? 5,
    retryCount: config.retryCount ?? 2,
    retryOn429: config.retryOn429 ?? true,
    retryDelayMs: parseDuration(config.fallbackRetryDelay, 1_000),
    maxRetryDelayMs: parseDuration(config.maxRetryDelay, 30_000),
    aliveStatusCodes: config.aliveStatusCodes ?? [200, 206],
    ignore,
    cacheTtlMs: parseDuration(config.cacheTtl, 86_400_000),
    userAgent: `algoritmekader-lint/${version} (link check)`,
    allowPrivateAddresses: config.allowPrivateAddresses ?? false,
    headersFor(url) {
      const target = new URL(url);
      const result: Record<string, string> = {};
      for (const entry of headers) {
        if (entry.prefixes.some(({ origin, path }) => target.origin === origin && underPathPrefix(target.pathname, path))) Object.assign(result, entry.headers);
      }
      return result;
    },
  };
}
