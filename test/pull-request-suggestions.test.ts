/** How fixes become suggested changes, where they are placed in a pull request's diff, and how page text is made inert in a comment. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { commentText, fenced } from '../src/github/comment-text.js';
import { placeInDiff, pullDiff } from '../src/github/pull-diff.js';
import { lineSuggestions } from '../src/github/suggestions.js';
import { lint } from '../src/run/engine.js';
import { applyFixes } from '../src/run/fix.js';
import { SAMPLE } from './helpers/rule-docs.js';

/** A finding with a fix replacing [start, end) by `text`. */
function fixing(start: number, end: number, text: string): VFileMessage {
  return Object.assign(new VFileMessage('x', { ruleId: 'r' }), { fix: { start, end, text } });
}

/** The text with each suggestion's lines replaced, as "Commit suggestion" does. */
function commitAll(source: string, suggestions: ReturnType<typeof lineSuggestions>): string {
  const lines = source.split('\n');
  for (const { startLine, endLine, replacement } of [...suggestions].reverse())
    lines.splice(startLine - 1, endLine - startLine + 1, ...replacement.split('\n'));
  return lines.join('\n');
}

describe('fixes as suggested changes', () => {
  it('two fixes on one line of a real page become one suggestion of the whole line, as --fix writes it', async () => {
    const page = path.join(SAMPLE, 'docs/voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md');
    const mutated = readFileSync(page, 'utf8').replace('  ARK: 3.10\n', '  ARK: [3.10, 2.20]\n');
    const { files: linted } = await lint({ cwd: SAMPLE, paths: [page], readSources: true, overrides: { [page]: mutated } });
    const [file] = linted;
    const suggestions = lineSuggestions(String(file.value), file.messages);
    expect(suggestions).toEqual([
      expect.objectContaining({ startLine: 14, endLine: 14, original: '  ARK: [3.10, 2.20]', replacement: "  ARK: ['3.10', '2.20']" }),
    ]);
    expect(suggestions[0].findings.map((finding) => finding.ruleId)).toEqual(['sources-code-quoted', 'sources-code-quoted']);
    expect(commitAll(mutated, suggestions)).toBe(applyFixes(mutated, file.messages).text);
  });

  it('a fix across a line break is one suggestion of all its lines; separate lines get their own', () => {
    const source = 'a: 1\nb: two\nthree\nc: 4\n';
    const suggestions = lineSuggestions(source, [fixing(8, 17, '2'), fixing(0, 1, 'A'), fixing(21, 22, '5')]);
    expect(suggestions.map(({ startLine, endLine, original, replacement }) => ({ startLine, endLine, original, replacement }))).toEqual([
      { startLine: 1, endLine: 1, original: 'a: 1', replacement: 'A: 1' },
      { startLine: 2, endLine: 3, original: 'b: two\nthree', replacement: 'b: 2' },
      { startLine: 4, endLine: 4, original: 'c: 4', replacement: 'c: 5' },
    ]);
    expect(commitAll(source, suggestions)).toBe(applyFixes(source, [fixing(8, 17, '2'), fixing(0, 1, 'A'), fixing(21, 22, '5')]).text);
  });

  it('only what --fix applies: of two overlapping fixes the first; nothing where the result is uncertain', () => {
    const [only] = lineSuggestions('abc\n', [fixing(0, 2, 'X'), fixing(1, 3, 'Y')]);
    expect(only.replacement).toBe('Xc');
    expect(only.findings).toHaveLength(1);
    // CR line endings, and a last line without a newline: GitHub's handling is not certain, so no suggestion.
    expect(lineSuggestions('abc\r\ndef\r\n', [fixing(0, 1, 'X')])).toEqual([]);
    expect(lineSuggestions('abc\ndef', [fixing(4, 5, 'X')])).toEqual([]);
    // A fix that changes nothing suggests nothing.
    expect(lineSuggestions('abc\n', [fixing(0, 1, 'a')])).toEqual([]);
  });
});

describe("placing a suggestion on the pull request's diff", () => {
  const diff = pullDiff([
    { filename: 'a.md', status: 'modified', patch: '@@ -10,3 +12,4 @@ heading\n context\n-old\n+new one\n+new two\n context after' },
    { filename: 'b.md', status: 'modified', patch: '@@ -1,2 +1,2 @@\n+same\n x\n@@ -20,1 +20,2 @@\n+same\n+other' },
    { filename: 'gone.md', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
  ]);

  it('on added lines of one hunk whose text is what it replaces', () => {
    expect(placeInDiff(diff, 'a.md', 'new one\nnew two', 13)).toEqual({ startLine: 13, endLine: 14 });
    // The checkout (a merge commit) may number lines differently: the one place with that text is taken.
    expect(placeInDiff(diff, 'a.md', 'new two', 40)).toEqual({ startLine: 14, endLine: 14 });
  });

  it('nowhere when the text is not added there, is a context line, or stands in more than one place', () => {
    expect(placeInDiff(diff, 'a.md', 'context', 12)).toBeUndefined();
    expect(placeInDiff(diff, 'a.md', 'new one\nchanged', 13)).toBeUndefined();
    expect(placeInDiff(diff, 'b.md', 'same', 5)).toBeUndefined();
    expect(placeInDiff(diff, 'b.md', 'same', 20)).toEqual({ startLine: 20, endLine: 20 });
    expect(placeInDiff(diff, 'gone.md', 'x', 1)).toBeUndefined();
    expect(placeInDiff(diff, 'other.md', 'x', 1)).toBeUndefined();
  });
});

describe('comment text from a page cannot mention or close', () => {
  it('mentions, issue references and links in a finding are inert, in quoted values (code) too', () => {
    const text = commentText('fixes #1 and @MinBZK/team, see https://github.com/x/y/issues/2 or www.example.org, GH-3; <b>a|b</b> `@kept #2`');
    // GitHub looks for neither in code; outside it, a word joiner stands between the sign and what follows.
    // As GitHub reads it: character references decoded (it looks for mentions after that), our <code> kept.
    const decoded = text.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
    expect(decoded).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/);
    expect(decoded).not.toMatch(/#\d/);
    expect(decoded).not.toMatch(/https:\/\/|www\.|GH-\d/);
    expect(text).toContain('&#60;b&#62;a&#124;b&#60;/b&#62;');
    expect(text).toContain('<code>@\u2060kept #\u20602</code>');
  });

  it('a suggestion block cannot be closed by the text in it', () => {
    expect(fenced('suggestion', 'a ``` b ```` c')).toBe('`````suggestion\na ``` b ```` c\n`````');
    expect(fenced('suggestion', '')).toBe('```suggestion\n```');
  });
});
