import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  isWithin
} from "./shared-repository-files.mjs";

// dist/src/repository/source.js
import { readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var MAX_PAGE_BYTES = 128 * 1024;
var MAX_LIST_ITEMS = 2e3;
var COUNTED_TOKENS = [
  { what: "link-openings", token: "](", limit: 2e3 },
  { what: "footnote-references", token: "[^", limit: 2e3 },
  { what: "table-pipes", token: "|", limit: 1e4 },
  { what: "reference-links", token: "][", limit: 2e3 },
  { what: "label-starts", token: "[", limit: 16e3 }
];
var COUNTED_PATTERNS = [
  { what: "emphasis-delimiters", pattern: /[*_]/g, limit: 2e3 },
  { what: "setext-underlines", pattern: /^ {0,3}(?:=+|-+)[ \t]*$/gm, limit: 400 },
  { what: "link-definitions", pattern: /^ {0,3}\[[^\]\n]*\]:/gm, limit: 1e3 },
  // Not super-linear, but each heading costs its anchor and section work: 16 000 took over 2 s. A real page has 18.
  { what: "headings", pattern: /^ {0,3}#{1,6}(?:[ \t]|$)/gm, limit: 2e3 }
];
var MAX_INDENT_COLUMNS = 240;
var MAX_NESTING = 100;
function listMarkerAt(text, index) {
  let at = index;
  const first = text.charCodeAt(at);
  if (first === 45 || first === 42 || first === 43)
    at++;
  else {
    while (at - index < 9 && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57)
      at++;
    if (at === index || text.charCodeAt(at) !== 46 && text.charCodeAt(at) !== 41)
      return 0;
    at++;
  }
  const after = text.charCodeAt(at);
  return after === 32 || after === 9 ? at - index : 0;
}
function countAll(text, token) {
  return text.split(token).length - 1;
}
function parseBudget(text) {
  let near = text.length > MAX_PAGE_BYTES / 3;
  let line = 0;
  let items = 0;
  for (let start = 0; start <= text.length; ) {
    line++;
    let end = text.indexOf("\n", start);
    if (end === -1)
      end = text.length;
    let columns = 0;
    let widest = 0;
    let nesting = 0;
    for (let index = start; index < end; index++) {
      const character = text.charCodeAt(index);
      const marker = character === 62 ? 1 : listMarkerAt(text, index);
      if (character === 32)
        columns++;
      else if (character === 9)
        columns += 4 - columns % 4;
      else if (marker > 0) {
        widest = Math.max(widest, columns);
        nesting++;
        columns = 0;
        index += marker - 1;
      } else
        break;
    }
    widest = Math.max(widest, columns);
    if (widest > MAX_INDENT_COLUMNS)
      return { problem: { code: "too-deep", line, depth: Math.floor(widest / 2) }, near };
    if (nesting > MAX_NESTING)
      return { problem: { code: "too-deep", line, depth: nesting }, near };
    items += nesting;
    start = end + 1;
  }
  if (items > MAX_LIST_ITEMS)
    return { problem: { code: "too-complex", what: "list-items", count: items, limit: MAX_LIST_ITEMS }, near };
  near ||= items > MAX_LIST_ITEMS / 4;
  for (const { what, token, limit } of COUNTED_TOKENS) {
    let count = 0;
    for (let at = text.indexOf(token); at !== -1 && count <= limit; at = text.indexOf(token, at + token.length))
      count++;
    if (count > limit)
      return { problem: { code: "too-complex", what, count: countAll(text, token), limit }, near };
    near ||= count > limit / 4;
  }
  for (const { what, pattern, limit } of COUNTED_PATTERNS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > limit)
      return { problem: { code: "too-complex", what, count, limit }, near };
    near ||= count > limit / 4;
  }
  return { near };
}
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodePage(bytes) {
  if (bytes.length > MAX_PAGE_BYTES)
    return { value: "", problem: { code: "too-large", bytes: bytes.length } };
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return { value: "", problem: { code: "binary", offset: nul } };
  try {
    const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
    const value = decoder.decode(bytes);
    const { problem, near } = parseBudget(value);
    if (problem)
      return { value: "", bom, problem };
    return near ? { value, bom, nearBudget: true } : { value, bom };
  } catch {
    return { value: "", problem: { code: "invalid-utf8", offset: firstInvalidUtf8(bytes) } };
  }
}
function readPageSource(file, boundary) {
  let mtimeMs = 0;
  try {
    const stat = statSync(file);
    mtimeMs = stat.mtimeMs;
    if (boundary && !isWithin(realpathSync(boundary), realpathSync(file)))
      return { value: "", problem: { code: "unreadable", detail: "a symbolic link that leads outside the repository" }, mtimeMs };
    if (!stat.isFile())
      return { value: "", problem: { code: "unreadable", detail: stat.isDirectory() ? "EISDIR" : "not a regular file" }, mtimeMs };
    if (stat.size > MAX_PAGE_BYTES)
      return { value: "", problem: { code: "too-large", bytes: stat.size }, mtimeMs };
    const decoded = decodePage(readFileSync(file));
    const linked = symlinkStubTarget(file, decoded.value, stat.size, boundary);
    if (linked)
      return { ...decodePage(readFileSync(linked)), mtimeMs, size: stat.size };
    return { ...decoded, mtimeMs, size: stat.size };
  } catch (error) {
    const detail = error.code ?? error.message;
    return { value: "", problem: { code: "unreadable", detail }, mtimeMs };
  }
}
function firstInvalidUtf8(bytes) {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    const length = byte < 128 ? 1 : byte >> 5 === 6 ? 2 : byte >> 4 === 14 ? 3 : byte >> 3 === 30 ? 4 : 0;
    if (length === 0)
      return index;
    for (let next = 1; next < length; next++) {
      if (index + next >= bytes.length || bytes[index + next] >> 6 !== 2)
        return index;
    }
    index += length;
  }
  return index;
}
function looksLikeSymlinkStub(text, size) {
  return size <= 1024 && /^[^\s<>|]+\.md$/.test(text);
}
function symlinkStubTarget(file, text, size, boundary) {
  if (!looksLikeSymlinkStub(text, size))
    return void 0;
  const target = path.resolve(path.dirname(file), text);
  try {
    if (boundary && !isWithin(realpathSync(boundary), realpathSync(target)))
      return void 0;
    return statSync(target).isFile() ? target : void 0;
  } catch {
    return void 0;
  }
}

export {
  MAX_PAGE_BYTES,
  parseBudget,
  decodePage,
  readPageSource,
  looksLikeSymlinkStub
};
