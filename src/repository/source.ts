/** Reading a page from disk: bytes to text, with a clear problem instead of an exception. */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isWithin } from './files.js';

/**
 * Larger pages are not parsed: the largest real page is about 24 KB, and the
 * parser needs up to ~12 s/MB on dense Markdown (every heading, say), so
 * this keeps any page within about two seconds.
 */
export const MAX_PAGE_BYTES = 128 * 1024;

/**
 * The parser's cost grows steeply with these counts on one page. Each limit
 * is 20 to 300 times what a real page has (at most 99 list items, 103 link
 * openings, 6 footnote references, 297 table pipes) and keeps a page at its
 * limit within about a second.
 */
const MAX_LIST_ITEMS = 2000;
const COUNTED_TOKENS = [
  { what: 'link-openings', token: '](', limit: 2000 },
  { what: 'footnote-references', token: '[^', limit: 2000 },
  { what: 'table-pipes', token: '|', limit: 10_000 },
  { what: 'reference-links', token: '][', limit: 2000 },
  { what: 'label-starts', token: '[', limit: 16_000 },
] as const;

/**
 * micromark resolves emphasis (`*`, `_`), underlined (setext) headings and
 * link definitions in more than linear time: `*_` repeated takes seconds at
 * 8 KB and minutes at 128 KB. The most a real page has: 117 delimiters, 3
 * underlines, 3 definitions, 18 headings; each limit keeps a page at it
 * under a second.
 */
const COUNTED_PATTERNS = [
  { what: 'emphasis-delimiters', pattern: /[*_]/g, limit: 2000 },
  { what: 'setext-underlines', pattern: /^ {0,3}(?:=+|-+)[ \t]*$/gm, limit: 400 },
  { what: 'link-definitions', pattern: /^ {0,3}\[[^\]\n]*\]:/gm, limit: 1000 },
  // Not super-linear, but each heading costs its anchor and section work: 16 000 took over 2 s. A real page has 18.
  { what: 'headings', pattern: /^ {0,3}#{1,6}(?:[ \t]|$)/gm, limit: 2000 },
] as const;

type ParseBudgetItem = 'list-items' | (typeof COUNTED_TOKENS)[number]['what'] | (typeof COUNTED_PATTERNS)[number]['what'];

export type SourceProblem =
  | { code: 'unreadable'; detail: string }
  | { code: 'too-large'; bytes: number }
  | { code: 'binary'; offset: number }
  | { code: 'invalid-utf8'; offset: number }
  | { code: 'too-deep'; line: number; depth: number }
  | { code: 'too-complex'; what: ParseBudgetItem; count: number; limit: number }
  | { code: 'unparsable'; detail: string }
  | { code: 'timed-out'; seconds: number };

/** Deeper than this, parsing gets slow (nested lists are super-linear) and no real page comes near it. */
const MAX_INDENT_COLUMNS = 240;
/** Quotes and list items opened on one line (`> > >`, `- - - x`): deeper than this, parsing gets super-linear. */
const MAX_NESTING = 100;

/** The first line nested too deeply to parse in bounded time (indentation or `>` markers). */
/** Length of a list marker (`-`, `*`, `+`, `1.`, `1)`) followed by a space or tab at `index`; 0 if none. */
function listMarkerAt(text: string, index: number): number {
  let at = index;
  const first = text.charCodeAt(at);
  if (first === 45 || first === 42 || first === 43) at++;
  else {
    while (at - index < 9 && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
    if (at === index || (text.charCodeAt(at) !== 46 && text.charCodeAt(at) !== 41)) return 0;
    at++;
  }
  const after = text.charCodeAt(at);
  return after === 32 || after === 9 ? at - index : 0;
}

function countAll(text: string, token: string): number {
  return text.split(token).length - 1;
}

/**
 * What keeps a page from being parsed in bounded time (a line nested too
 * deeply, too many of what the parser is slow on), and whether it comes near
 * a budget (a quarter of any, or a third of the size limit): such a page is
 * parsed where a time limit can end it (the CLI's parse worker). No real page
 * comes near: the largest is 24 KB, with 117 emphasis delimiters.
 */
export function parseBudget(text: string): { problem?: SourceProblem; near: boolean } {
  let near = text.length > MAX_PAGE_BYTES / 3;
  let line = 0;
  let items = 0;
  for (let start = 0; start <= text.length; ) {
    line++;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let columns = 0;
    let widest = 0;
    let nesting = 0;
    for (let index = start; index < end; index++) {
      const character = text.charCodeAt(index);
      const marker = character === 62 ? 1 : listMarkerAt(text, index);
      if (character === 32) columns++;
      else if (character === 9) columns += 4 - (columns % 4);
      else if (marker > 0) {
        widest = Math.max(widest, columns);
        nesting++;
        columns = 0; // indentation inside a quote or list item counts from its marker
        index += marker - 1;
      } else break;
    }
    widest = Math.max(widest, columns);
    if (widest > MAX_INDENT_COLUMNS) return { problem: { code: 'too-deep', line, depth: Math.floor(widest / 2) }, near };
    if (nesting > MAX_NESTING) return { problem: { code: 'too-deep', line, depth: nesting }, near };
    items += nesting;
    start = end + 1;
  }
  if (items > MAX_LIST_ITEMS) return { problem: { code: 'too-complex', what: 'list-items', count: items, limit: MAX_LIST_ITEMS }, near };
  near ||= items > MAX_LIST_ITEMS / 4;
  for (const { what, token, limit } of COUNTED_TOKENS) {
    let count = 0;
    for (let at = text.indexOf(token); at !== -1 && count <= limit; at = text.indexOf(token, at + token.length)) count++;
    if (count > limit) return { problem: { code: 'too-complex', what, count: countAll(text, token), limit }, near };
    near ||= count > limit / 4;
  }
  for (const { what, pattern, limit } of COUNTED_PATTERNS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > limit) return { problem: { code: 'too-complex', what, count, limit }, near };
    near ||= count > limit / 4;
  }
  return { near };
}

export interface PageSource {
  /** Text to parse (without a UTF-8 BOM); empty when there is a problem that prevents parsing. */
  value: string;
  /** The file starts with a UTF-8 byte order mark (kept when a fix is written). */
  bom?: boolean;
  problem?: SourceProblem;
  mtimeMs: number;
  /** Size in bytes on disk (with `mtimeMs`, the cache's quick test for "unchanged"). */
  size?: number;
  /** Near a parse budget: parsed under a time limit (see `parseBudget`). */
  nearBudget?: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodePage(bytes: Uint8Array): { value: string; bom?: boolean; problem?: SourceProblem; nearBudget?: boolean } {
  if (bytes.length > MAX_PAGE_BYTES) return { value: '', problem: { code: 'too-large', bytes: bytes.length } };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { value: '', problem: { code: 'binary', offset: nul } };
  try {
    // The decoder drops a BOM; remember it so a fix writes it back.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const value = decoder.decode(bytes);
    const { problem, near } = parseBudget(value);
    if (problem) return { value: '', bom, problem };
    return near ? { value, bom, nearBudget: true } : { value, bom };
  } catch {
    return { value: '', problem: { code: 'invalid-utf8', offset: firstInvalidUtf8(bytes) } };
  }
}

export function readPageSource(file: string, boundary?: string): PageSource {
  let mtimeMs = 0;
  try {
    const stat = statSync(file);
    mtimeMs = stat.mtimeMs;
    // A page linked out of the repository is not read, however it was named.
    if (boundary && !isWithin(realpathSync(boundary), realpathSync(file)))
      return { value: '', problem: { code: 'unreadable', detail: 'a symbolic link that leads outside the repository' }, mtimeMs };
    // A FIFO or device would block the read, or never end: only regular files are pages.
    if (!stat.isFile()) return { value: '', problem: { code: 'unreadable', detail: stat.isDirectory() ? 'EISDIR' : 'not a regular file' }, mtimeMs };
    if (stat.size > MAX_PAGE_BYTES) return { value: '', problem: { code: 'too-large', bytes: stat.size }, mtimeMs };
    const decoded = decodePage(readFileSync(file));
    const linked = symlinkStubTarget(file, decoded.value, stat.size, boundary);
    if (linked) return { ...decodePage(readFileSync(linked)), mtimeMs, size: stat.size };
    return { ...decoded, mtimeMs, size: stat.size };
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { value: '', problem: { code: 'unreadable', detail }, mtimeMs };
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    const length = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      if (index + next >= bytes.length || bytes[index + next] >> 6 !== 0b10) return index;
    }
    index += length;
  }
  return index;
}

/**
 * A symlink checked out by git without symlink support (Windows,
 * `core.symlinks=false`) is a small file holding the link's target path.
 * The site is built from a real checkout, so read the target instead.
 */
/** Does this file's text look like a git symlink stub (a short path to a `.md` file)? */
export function looksLikeSymlinkStub(text: string, size: number): boolean {
  return size <= 1024 && /^[^\s<>|]+\.md$/.test(text);
}

function symlinkStubTarget(file: string, text: string, size: number, boundary: string | undefined): string | undefined {
  if (!looksLikeSymlinkStub(text, size)) return undefined;
  const target = path.resolve(path.dirname(file), text);
  try {
    // Never followed out of the repository: a stub is only a path written in a file.
    if (boundary && !isWithin(realpathSync(boundary), realpathSync(target))) return undefined;
    return statSync(target).isFile() ? target : undefined;
  } catch {
    return undefined;
  }
}
