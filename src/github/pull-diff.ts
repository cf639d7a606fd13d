/**
 * Where a review comment may go: the lines the pull request added, as
 * GitHub's own diff of the pull request shows them (the `patch` of each
 * changed file). A suggestion is placed only on added lines of one hunk
 * whose text is exactly the text it replaces, so it lands on the head
 * commit's lines even when the checkout is the merge commit (whose line
 * numbers may differ).
 */

/** The added lines of one hunk: line number on the head side → its text. */
type Hunk = Map<number, string>;

export type PullDiff = Map<string, Hunk[]>;

/** The added lines of each file, from the pull request's files (`GET …/pulls/{n}/files`). Files without a patch (binary, too large) have none. */
export function pullDiff(files: Array<{ filename: string; status?: string; patch?: string }>): PullDiff {
  const diff: PullDiff = new Map();
  for (const { filename, status, patch } of files) {
    if (!patch || status === 'removed') continue;
    const hunks: Hunk[] = [];
    let hunk: Hunk | undefined;
    let line = 0;
    for (const row of patch.split('\n')) {
      const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
      if (header) {
        hunk = new Map();
        hunks.push(hunk);
        line = Number(header[1]);
      } else if (hunk && row.startsWith('+')) {
        hunk.set(line++, row.slice(1));
      } else if (hunk && row.startsWith(' ')) {
        line++;
      }
      // '-' rows and "\ No newline at end of file" do not count on the head side.
    }
    diff.set(filename, hunks);
  }
  return diff;
}

/**
 * The head-side lines where `original` (whole lines) stands among the added
 * lines of one hunk of `path`: at `preferredLine` when it stands there,
 * else at its one place in the diff; undefined when it is not there or is
 * there more than once.
 */
export function placeInDiff(diff: PullDiff, path: string, original: string, preferredLine: number): { startLine: number; endLine: number } | undefined {
  const lines = original.split('\n');
  const standsAt = (hunk: Hunk, first: number) => lines.every((text, index) => hunk.get(first + index) === text);
  const places: number[] = [];
  for (const hunk of diff.get(path) ?? []) {
    if (standsAt(hunk, preferredLine)) return { startLine: preferredLine, endLine: preferredLine + lines.length - 1 };
    for (const first of hunk.keys()) if (standsAt(hunk, first)) places.push(first);
  }
  return places.length === 1 ? { startLine: places[0], endLine: places[0] + lines.length - 1 } : undefined;
}
