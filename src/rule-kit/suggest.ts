/** "Bedoel je …?": the closest candidates to a misspelt value. */
import { distance } from 'fastest-levenshtein';

export interface SuggestOptions {
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
export function itemCode(name: string): string | undefined {
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
 * Existing files nearest to a missing docs path: same folder and a typo of
 * the name, or the same name (or code) in another folder. Docs paths, best first.
 */
export function nearestPaths(files: Iterable<string>, missing: string, limit = 3): string[] {
  const wantedExtension = missing.includes('.') ? missing.slice(missing.lastIndexOf('.')).toLowerCase() : '.md';
  const wantedName = missing.slice(missing.lastIndexOf('/') + 1);
  const wantedFolder = missing.slice(0, Math.max(0, missing.lastIndexOf('/')));
  const byName = new Map<string, string[]>();
  for (const file of files) {
    if (!file.toLowerCase().endsWith(wantedExtension)) continue;
    const name = file.slice(file.lastIndexOf('/') + 1);
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  const names = closestItemNames(wantedName, [...byName.keys()], limit);
  const result: string[] = [];
  for (const name of names) {
    const candidates = byName.get(name) ?? [];
    // Prefer the candidate in the folder the link pointed at.
    candidates.sort((a, b) => Number(b.startsWith(`${wantedFolder}/`)) - Number(a.startsWith(`${wantedFolder}/`)));
    result.push(...candidates);
  }
  return result.slice(0, limit);
}
