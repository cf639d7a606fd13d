/**
 * Where the external check may connect and which headers it sends: only from
 * whoever starts the run (command line, environment, the Action's inputs),
 * never from a file in the repository (see TRUSTED_ONLY).
 */
import { ERRORS, UsageError } from '../errors.js';
import type { TrustedExternal } from './settings.js';

/** JSON in markdown-link-check's `httpHeaders` shape; an environment variable, so a token stays out of the process list and the repository. */
export const HEADERS_ENV = 'ALGORITMEKADER_LINT_HTTP_HEADERS';

/** The trusted settings of a CLI run: its options and the environment. A bad value is a usage error. */
export function trustedExternal(options: { externalAllowPrivate?: boolean; externalAllowAddresses?: string[] }, env: NodeJS.ProcessEnv): TrustedExternal {
  const trusted: TrustedExternal = {};
  if (options.externalAllowPrivate) trusted.allowPrivateAddresses = true;
  else if (options.externalAllowAddresses?.length) trusted.allowPrivateAddresses = options.externalAllowAddresses;
  const text = env[HEADERS_ENV]?.trim();
  if (text) trusted.httpHeaders = headersFrom(text);
  return trusted;
}

function headersFrom(text: string): NonNullable<TrustedExternal['httpHeaders']> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(ERRORS.headersEnv, { name: HEADERS_ENV, detail: (error as Error).message });
  }
  // Checked by hand: a plain run does not load the schema compiler for this.
  const strings = (value: unknown) => Array.isArray(value) && value.every((entry) => typeof entry === 'string');
  const texts = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === 'string');
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'object' && entry !== null && strings(entry.urls) && texts(entry.headers))) {
    throw new UsageError(ERRORS.headersEnv, { name: HEADERS_ENV, detail: { nl: 'een andere vorm', en: 'another shape' } });
  }
  const headers = value as NonNullable<TrustedExternal['httpHeaders']>;
  const relative = headers.flatMap((entry) => entry.urls).find((url) => !URL.canParse(url));
  if (relative !== undefined)
    throw new UsageError(ERRORS.headersEnv, {
      name: HEADERS_ENV,
      detail: { nl: `"${relative}" is geen absolute URL`, en: `"${relative}" is not an absolute URL` },
    });
  return headers;
}
