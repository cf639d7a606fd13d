/**
 * Heading anchors exactly as Python-Markdown's `toc` extension makes them
 * (`slugify` with `unicode=False`, then `unique`).
 */

/** NFKD, drop non-ASCII, drop what is not word/space/hyphen, lower-case, collapse runs to `-`. */
export function slugify(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[^\p{ASCII}]/gu, '');
  const kept = ascii
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase();
  return kept.replace(/[-\s]+/g, '-');
}

const COUNTED = /^(.*)_([0-9]+)$/;

/** Python-Markdown's `unique`: `x`, `x_1`, `x_2`, …; an empty id becomes `_1`. */
/** Per set of used ids: where the last walk from each starting id ended (every id passed on the way is used). */
const walks = new WeakMap<Set<string>, Map<string, string>>();

export function uniqueId(id: string, used: Set<string>): string {
  let resumed = walks.get(used);
  if (!resumed) {
    resumed = new Map();
    walks.set(used, resumed);
  }
  // Python-Markdown walks `a`, `a_1`, `a_2`, … from the start each time; ids are never
  // removed, so resuming where the last walk from `id` ended gives the same id in linear time.
  let candidate = resumed.get(id) ?? id;
  while (used.has(candidate) || candidate === '') {
    const match = COUNTED.exec(candidate);
    candidate = match ? `${match[1]}_${Number(match[2]) + 1}` : `${candidate}_1`;
  }
  used.add(candidate);
  resumed.set(id, candidate);
  return candidate;
}
