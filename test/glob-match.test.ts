/**
 * The linear-time glob and gitignore matchers (src/config/glob-match.ts)
 * mean what minimatch and `ignore` meant (differential tests on generated
 * patterns and paths), refuse what they cannot say, and finish the reported
 * attacks at once.
 */
import fc from 'fast-check';
import ignore from 'ignore';
import { Minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { GlobError, gitignoreMatcher, globsTest, globTest, MAX_ALTERNATIVES } from '../src/config/glob-match.js';

const GLOB_OPTIONS = { dot: true, matchBase: false, nocomment: true } as const;
const gitignore = ignore as unknown as (options?: { ignorecase?: boolean }) => {
  add(p: string | string[]): ReturnType<typeof gitignore>;
  ignores(p: string): boolean;
};

/** Path segments as the repositories have them, and some that look like pattern syntax. */
const pathSegment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'b') },
  fc.constantFrom('a', 'b', 'ab', 'ba', 'aab', 'A', 'B', '.a', 'a.md', 'b.md', '.md', 'x.y', 'a-b', '*', '[a]', '{a,b}', '!a', '#a', 'a b', 'é', '/'),
);
const path = fc.array(pathSegment, { minLength: 1, maxLength: 6 }).map(
  (parts) =>
    parts
      .join('/')
      .replace(/\/+/g, '/')
      .replace(/^\/|\/$/g, '') || 'a',
);

const globToken = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', '*', '**') },
  fc.constantFrom(
    'a',
    'b',
    'A',
    '.',
    '-',
    'md',
    '*',
    '**',
    '?',
    '[ab]',
    '[!a]',
    '[^b]',
    '[a-c]',
    '[z-a]',
    '[-a]',
    '[]a]',
    '[a',
    ']',
    '\\*',
    '\\[',
    '\\',
    'é',
    '{a,b}',
    '{a,}',
    '{,b}',
    '{1..3}',
    '{a,{b,c}}',
    '{a}',
    '(',
    ')',
    '|',
    '+',
    '#',
    ' ',
    '.md',
    '!',
  ),
);
const globSegment = fc.array(globToken, { minLength: 1, maxLength: 3 }).map((tokens) => tokens.join(''));
const glob = fc
  .tuple(fc.constantFrom('', '', '', '!', '/', '**/', './'), fc.array(globSegment, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '', '', '/', '/**'))
  .map(([start, segments, end]) => start + segments.join('/') + end);

describe('globTest: the meaning minimatch gave', () => {
  it('agrees with minimatch on generated globs and paths', () => {
    let compared = 0;
    let refused = 0;
    fc.assert(
      fc.property(glob, fc.array(path, { minLength: 1, maxLength: 12 }), (pattern, paths) => {
        let test: (path: string) => boolean;
        try {
          test = globTest(pattern);
        } catch (error) {
          if (!(error instanceof GlobError)) throw error;
          refused++;
          return;
        }
        const reference = new Minimatch(pattern, GLOB_OPTIONS);
        for (const file of paths) {
          compared++;
          expect([pattern, file, test(file)]).toEqual([pattern, file, reference.match(file)]);
        }
      }),
      { numRuns: 4000, seed: 20261207 },
    );
    expect(compared).toBeGreaterThan(10_000);
    expect(refused).toBeLessThan(compared / 20);
  });

  it('agrees on the patterns a configuration writes', () => {
    const globs = [
      'docs/**/*.md',
      'docs/voorbeelden/**',
      '**/README.md',
      'docs/*.md',
      'docs/{a,b}/*.md',
      'docs/[ab]*.md',
      '!docs/a.md',
      'docs/**',
      '**',
      '*',
      'docs/?.md',
    ];
    const files = ['docs/a.md', 'docs/b/c.md', 'docs/voorbeelden/x/y.md', 'README.md', 'docs/README.md', 'docs', 'docs/.a.md', 'docs/a/b/c/d.md', 'x.md'];
    for (const pattern of globs)
      for (const file of files) expect([pattern, file, globTest(pattern)(file)]).toEqual([pattern, file, new Minimatch(pattern, GLOB_OPTIONS).match(file)]);
  });

  it('refuses extglobs, POSIX classes and too many brace alternatives, with the reason', () => {
    for (const pattern of ['docs/+(a|b).md', 'docs/!(x).md', 'docs/@(a).md', 'docs/[[:alpha:]].md', `docs/${'{a,b}'.repeat(9)}.md`, 'x'.repeat(2000)])
      expect(() => globTest(pattern), pattern).toThrow(GlobError);
    expect(() => globTest(`{${Array.from({ length: MAX_ALTERNATIVES }, (_, i) => i).join(',')}}`)).not.toThrow();
  });
});

const ignoreToken = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', '*', '**') },
  fc.constantFrom('a', 'b', 'A', 'ab', '.a', 'md', '.md', '*', '**', '?', '[ab]', '[a-c]', 'x y', '{a,b}', '(', '+', '$', '^', '.', 'é'),
);
const ignoreSegment = fc.array(ignoreToken, { minLength: 1, maxLength: 2 }).map((tokens) => tokens.join(''));
const ignoreLine = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(
        fc.constantFrom('', '', '', '!', '\\!', '\\#'),
        fc.constantFrom('', '', '/', '**/', '/**/'),
        fc.array(ignoreSegment, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('', '', '/', '/**', '/**/', ' ', '\\ '),
      )
      .map(([negation, start, segments, end]) => negation + start + segments.join('/') + end),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '# comment', '   ', '*', '**', '/*', '*/', '**/', '/**', '!*', 'a/**/b/', '.*', '/templates/') },
);
const ignorePath = fc.tuple(path, fc.boolean()).map(([file, folder]) => (folder ? `${file}/` : file));

describe('gitignoreMatcher: the meaning `ignore` gave', () => {
  for (const ignoreCase of [true, false])
    it(`agrees with ignore on generated files and paths (ignorecase: ${ignoreCase})`, () => {
      let compared = 0;
      fc.assert(
        fc.property(fc.array(ignoreLine, { minLength: 1, maxLength: 5 }), fc.array(ignorePath, { minLength: 1, maxLength: 12 }), (lines, paths) => {
          const ours = gitignoreMatcher(lines.join('\n'), { ignoreCase });
          const reference = gitignore({ ignorecase: ignoreCase }).add(lines.join('\n'));
          for (const file of paths) {
            compared++;
            expect([lines, file, ours.ignores(file)]).toEqual([lines, file, reference.ignores(file)]);
          }
        }),
        { numRuns: 3000, seed: 7122026 },
      );
      expect(compared).toBeGreaterThan(10_000);
    });

  it('refuses what git and `ignore` read differently, at the line and column', () => {
    for (const [text, line, column] of [
      ['a\n[!a]b', 2, 1],
      ['a\nb/[^a]', 2, 3],
      ['x\\*', 1, 2],
      ['!a\\?b', 1, 3],
      ['a[z-a]', 1, 2],
      ['a[bc', 1, 2],
      ['trailing\\', 1, 9],
    ] as const) {
      const error = (() => {
        try {
          gitignoreMatcher(text);
        } catch (caught) {
          return caught as GlobError;
        }
      })();
      expect(error, text).toBeInstanceOf(GlobError);
      expect([error?.line, error?.column], text).toEqual([line, column]);
    }
  });
});

describe('the reported attacks finish at once', () => {
  const deep = `docs/${'a/'.repeat(40)}y.md`;
  it('sixteen **/ in gitignore syntax against a page 40 folders deep', () => {
    const started = performance.now();
    const matcher = gitignoreMatcher(`${'**/'.repeat(16)}x`);
    expect(matcher.ignores(deep)).toBe(false);
    expect(matcher.ignores(`${'a/'.repeat(40)}x`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('a glob of many stars against a 120-letter name', () => {
    const started = performance.now();
    const test = globTest(`docs/${'*a'.repeat(13)}*b.md`);
    expect(test(`docs/${'a'.repeat(120)}.md`)).toBe(false);
    expect(test(`docs/${'a'.repeat(120)}b.md`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('the most a list or file may hold stays fast: compiled within seconds, about a millisecond a page', () => {
    // 64 patterns of about 1 000 characters: the total budget (MAX_TOTAL_LENGTH).
    const started = performance.now();
    const ignoreFile = gitignoreMatcher(Array.from({ length: 64 }, (_, i) => `${'**/'.repeat(330)}x${i}`).join('\n'));
    const globs = globsTest(Array.from({ length: 64 }, (_, i) => `${'*a'.repeat(490)}${i}`));
    const compiled = performance.now();
    for (let i = 0; i < 250; i++) {
      ignoreFile.ignores(`${'a/'.repeat(40)}${i % 10}/y${i}.md`);
      globs(`docs/${'a/'.repeat(10)}${'a'.repeat(100)}${i}.md`);
    }
    const matched = performance.now();
    expect(compiled - started).toBeLessThan(5_000);
    expect(matched - compiled).toBeLessThan(5_000);
  });

  it('refuses more than that, in one list or file', () => {
    expect(() => globsTest(Array.from({ length: 70 }, (_, i) => `${'*a'.repeat(490)}${i}`))).toThrow(/over 65536 characters together/);
    expect(() => globTest(`{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}/${'x'.repeat(900)}`)).toThrow(/over 65536 characters together/);
    expect(() => gitignoreMatcher(Array.from({ length: 70 }, () => 'x'.repeat(1000)))).toThrow(GlobError);
    expect(() => globsTest(Array.from({ length: 1001 }, (_, i) => `docs/${i}.md`))).toThrow(/over 1000 patterns/);
  });
});

describe('no backtracking matcher is left for repository patterns', () => {
  it('src/ imports neither minimatch nor ignore', async () => {
    const { readFileSync } = await import('node:fs');
    const { globSync } = await import('glob');
    const importers = globSync('src/**/*.ts').filter((file) => /from '(minimatch|ignore)'|import\('(minimatch|ignore)'\)/.test(readFileSync(file, 'utf8')));
    expect(importers).toEqual([]);
  });
});
