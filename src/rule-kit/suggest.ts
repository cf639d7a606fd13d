/** "Bedoel je …?": the closest candidates to a misspelt value. */
import { distance } from 'fastest-levenshtein';

interface SuggestOptions {
  /** At most this many suggestions. */
  limit?: number;
}

/** Largest edit distance still taken as a typo of a value of this length. */
function tolerance(length: number): number {
  return length <= 5 ? 1 : Math.max(2, Math.floor(length * 0.34));
}

/** Candidates within typo distance, closest first (ties: alphabetical). */
export function closest(value: string, candidates: Iterable<string>, options: SuggestOptions = {}): string[] {
  const limit = options.limit ?? 3;
  const needle = value.toLowerCase();
  const scored: Array<[string, number]> = [];
  for (const candidate of candidates) {
    const score = distance(needle, candidate.toLowerCase());
    if (score <= tolerance(Math.max(needle.length, candidate.length))) scored.push([candidate, score]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, limit).map(([candidate]) => candidate);
}

const ITEM_CODE = /(?:^|[^a-z0-9])((?:[0-9]-)?([a-z]+)-([0-9]{2}))(?:-|$)/i;

/** `6-imp-10-proces-privacyrechten` → `imp-10`. */
function itemCode(name: string): string | undefined {
  const match = ITEM_CODE.exec(name);
  return match ? `${match[2].toLowerCase()}-${match[3]}` : undefined;
}

/**
 * Closest item names: by the whole name, and by the code (`imp-10`), so a
 * renamed slug with the same code and a code typo with the same slug are
 * both found.
 */
export function closestItemNames(value: string, names: string[], limit = 3): string[] {
  const byName = closest(value, names, { limit });
  const code = itemCode(value);
  const byCode = code ? names.filter((name) => itemCode(name) === code) : [];
  const slug = value.replace(/^(?:[0-9]-)?[a-z]+-[0-9]{2}-?/i, '');
  const bySlug = slug.length >= 6 ? names.filter((name) => name.replace(/^(?:[0-9]-)?[a-z]+-[0-9]{2}-?/i, '') === slug) : [];
  return [...new Set([...byName, ...byCode, ...bySlug])].slice(0, limit);
}

/**
 * Largest edit distance at which a file's name still counts as a typo of the
 * wanted one: none for short names (only a difference in case), one for
 * names up to nine characters, a fifth of the length beyond. Real typos and
 * renames stay well within it (`werkinstructie` for `werkinstructies`);
 * `version` for `vereisten` or `BIO` for `foo` do not.
 */
function fileNameTolerance(length: number): number {
  return length < 5 ? 0 : Math.max(1, Math.floor(length * 0.2));
}

const folderOf = (docsPath: string) => docsPath.slice(0, Math.max(0, docsPath.lastIndexOf('/')));

/**
 * The name a file goes by, lower-cased: its name without extension, or for
 * an index page its folder's name (`vereisten/index.md` and `vereisten.md`
 * are both `vereisten`, as their URLs are).
 */
function fileKey(docsPath: string): string {
  const name = docsPath.slice(docsPath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const stem = (dot > 0 ? name.slice(0, dot) : name).toLowerCase();
  const folder = folderOf(docsPath);
  return stem === 'index' && folder ? folder.slice(folder.lastIndexOf('/') + 1).toLowerCase() : stem;
}

const SLUG = /^(?:[0-9]-)?[a-z]+-[0-9]{2}-?/i;

/** One name is the other with words left out (`ai-verordening-kort`, `ai-verordening-in-het-kort`); at least two words in common. */
function wordsWithin(a: string, b: string): boolean {
  const [short, long] = [a.split(/[-_ ]+/).filter(Boolean), b.split(/[-_ ]+/).filter(Boolean)].sort((x, y) => x.length - y.length);
  if (short.length < 2 || short.length === long.length) return false;
  let at = 0;
  for (const word of long) if (word === short[at]) at++;
  return at === short.length;
}

/**
 * Existing files nearest to a missing docs path, best first; none when no
 * file is genuinely close. A candidate has the same extension and is
 * - the same name (up to case) in the same folder or in another one (a link
 *   one folder off, `maatregelen/vereisten.md` for `vereisten/index.md`);
 * - in the same folder: a typo of the name (fileNameTolerance), the name
 *   with words left out or added, or the same item code (`6-imp-01-…`: the
 *   page renamed) or slug (renumbered).
 * Typos, then words, then renames; the same folder before another.
 */
export function nearestPaths(files: Iterable<string>, missing: string, limit = 3): string[] {
  const wantedExtension = missing.includes('.') ? missing.slice(missing.lastIndexOf('.')).toLowerCase() : '.md';
  const wanted = { key: fileKey(missing), folder: folderOf(missing) };
  const scored: Array<[string, number]> = [];
  for (const file of files) {
    if (!file.toLowerCase().endsWith(wantedExtension)) continue;
    const score = closeness(wanted, file);
    if (score !== undefined) scored.push([file, score]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, limit).map(([file]) => file);
}

/** How far `file` is from the file wanted (lower is closer); undefined when it is not close at all. */
function closeness(wanted: { key: string; folder: string }, file: string): number | undefined {
  const key = fileKey(file);
  const sameFolder = folderOf(file) === wanted.folder;
  if (key === wanted.key) return sameFolder ? 0 : 0.5;
  // Only the same name is looked for elsewhere; an index page goes by its folder's name only when that is the name wanted.
  if (!sameFolder || /(^|\/)index\.[^/]*$/i.test(file)) return undefined;
  const edits = distance(wanted.key, key);
  if (edits <= fileNameTolerance(Math.max(wanted.key.length, key.length))) return edits;
  if (wordsWithin(wanted.key, key)) return 500 + edits;
  const code = itemCode(wanted.key);
  if (code !== undefined && itemCode(key) === code) return 1000 + edits;
  const slug = wanted.key.replace(SLUG, '');
  if (slug.length >= 6 && slug !== wanted.key && key.replace(SLUG, '') === slug) return 2000 + edits;
  return undefined;
}
