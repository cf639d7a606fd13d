/** Reading a page from disk: bytes to text, with a clear problem instead of an exception. */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isWithin } from './files.js';

/** Larger pages are not parsed: no real page comes near this. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export type SourceProblem =
  | { code: 'unreadable'; detail: string }
  | { code: 'too-large'; bytes: number }
  | { code: 'binary'; offset: number }
  | { code: 'invalid-utf8'; offset: number }
  | { code: 'too-deep'; line: number; depth: number }
  | { code: 'unparsable'; detail: string };

/** Deeper than this, parsing gets slow (nested lists are super-linear) and no real page comes near it. */
export const MAX_INDENT_COLUMNS = 240;
export const MAX_QUOTE_DEPTH = 100;

/** The first line nested too deeply to parse in bounded time (indentation or `>` markers). */
export function tooDeep(text: string): { line: number; depth: number } | undefined {
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    line++;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let columns = 0;
    let quotes = 0;
    for (let index = start; index < end; index++) {
      const character = text.charCodeAt(index);
      if (character === 32) columns++;
      else if (character === 9) columns += 4 - (columns % 4);
      else if (character === 62) {
        quotes++;
        columns = 0; // indentation inside a quote counts from its marker
      } else break;
    }
    if (columns > MAX_INDENT_COLUMNS) return { line, depth: Math.floor(columns / 2) };
    if (quotes > MAX_QUOTE_DEPTH) return { line, depth: quotes };
    start = end + 1;
  }
  return undefined;
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
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodePage(bytes: Uint8Array): { value: string; bom?: boolean; problem?: SourceProblem } {
  if (bytes.length > MAX_PAGE_BYTES) return { value: '', problem: { code: 'too-large', bytes: bytes.length } };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { value: '', problem: { code: 'binary', offset: nul } };
  try {
    // The decoder drops a BOM; remember it so a fix writes it back.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const value = decoder.decode(bytes);
    const deep = tooDeep(value);
    if (deep) return { value: '', bom, problem: { code: 'too-deep', ...deep } };
    return { value, bom };
  } catch {
    return { value: '', problem: { code: 'invalid-utf8', offset: firstInvalidUtf8(bytes) } };
  }
}

export function readPageSource(file: string, boundary?: string): PageSource {
  let mtimeMs = 0;
  try {
    const stat = statSync(file);
    mtimeMs = stat.mtimeMs;
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
