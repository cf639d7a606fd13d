/** What the web extension host tells the web server about the workspace's files (a custom notification). */

export const FILES_NOTIFICATION = 'algoritmekader-lint/files';

export interface FilesParams {
  /**
   * Paths relative to the workspace folder (POSIX), each with its text, `''` for a file known by name only, `null` for a
   * file gone; a file that is not valid UTF-8 comes as its bytes (`base64`), so that the page gets the CLI's finding.
   */
  files: Array<{ path: string; text: string | null; base64?: string }>;
  /** The first batch: the root files (mkdocs.yml, the configuration); pages can be checked from now on. */
  root?: boolean;
  /** The last batch of the first reading: cross-file facts are complete. */
  complete?: boolean;
}

/** The spelling data the extension ships (its spelling/ folder), sent to the web server once. */
export const SPELLING_NOTIFICATION = 'algoritmekader-lint/spelling';

export interface SpellingParams {
  /** hunspell.wasm, in base64. */
  wasm: string;
  /** Each language's `.aff` and `.dic` (UTF-8 text). */
  aff: Record<'nl' | 'en', string>;
  dic: Record<'nl' | 'en', string>;
}

/** What is off in the browser, said once in the output channel. */
export const OFF_IN_THE_WEB = {
  nl: 'In de browser staan uit: pull-request-modus (git), externe links, code uit de repository (allowRepositoryCode) en werkthreads.',
  en: 'Off in the browser: pull-request mode (git), external links, repository code (allowRepositoryCode) and worker threads.',
};

/** Bytes as base64, for a notification (in chunks: a spread of megabytes would overflow the call stack). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** The bytes of `base64Of`'s text. */
export function bytesOfBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
}
