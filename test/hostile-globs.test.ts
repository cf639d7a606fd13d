/**
 * Glob and gitignore patterns come from the repository, so from a pull
 * request: the ignore file, `ignores` and `overrides[].files`, mkdocs.yml's
 * `exclude_docs` and `draft_docs`, and page globs (the Action's `paths`).
 * Each is matched in linear time (src/config/glob-match.ts): the attacks
 * reported in issue 32 finish at once, and a pattern that cannot be matched
 * that way is a configuration error at its place, never a pass.
 *
 * The attacks run the built CLI in a child process with a time limit: before
 * the fix they ran for minutes (the `ignore` package and minimatch backtrack).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const CLI = path.resolve('bundle/cli.mjs');
const SIXTEEN_GLOBSTARS = `${'**/'.repeat(16)}x`;
const DEEP_PAGE = `docs/${'a/'.repeat(40)}y.md`;
const STARS = `docs/${'*a'.repeat(13)}*b.md`;
const LONG_NAME = `docs/${'a'.repeat(120)}.md`;

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

function repository(files: Record<string, string>) {
  root = mkdtempSync(path.join(os.tmpdir(), 'ak-globs-'));
  const all = { 'mkdocs.yml': 'site_name: test\n', 'docs/index.md': '# Test\n', ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** The bundled CLI in `cwd`, ended after 20 s: its status (null when it had to be ended), output and time. */
function runBundle(cwd: string, args: string[]) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [CLI, '--no-progress', '--reporter', 'json', ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, seconds: (Date.now() - started) / 1000 };
}

const checked = (stdout: string) => (JSON.parse(stdout) as Array<{ path: string }>).map((file) => file.path.split(path.sep).join('/'));

describe('the reported attacks finish at once', () => {
  it('sixteen **/ in .algoritmekader-lintignore, a page 40 folders deep', () => {
    const cwd = repository({ '.algoritmekader-lintignore': `${SIXTEEN_GLOBSTARS}\n`, [DEEP_PAGE]: '# Diep\n' });
    const { status, stdout, seconds } = runBundle(cwd, []);
    expect(status).not.toBeNull();
    expect(seconds).toBeLessThan(10);
    expect(checked(stdout).some((file) => file.endsWith('/y.md'))).toBe(true);
  });

  it("the same pattern in mkdocs.yml's exclude_docs", () => {
    const cwd = repository({ 'mkdocs.yml': `site_name: test\nexclude_docs: |\n  ${SIXTEEN_GLOBSTARS}\n`, [DEEP_PAGE]: '# Diep\n' });
    const { status, stdout, seconds } = runBundle(cwd, []);
    expect(status).not.toBeNull();
    expect(seconds).toBeLessThan(10);
    expect(checked(stdout).some((file) => file.endsWith('/y.md'))).toBe(true);
  });

  it("many stars in the configuration's ignores, a 120-letter file name", () => {
    const cwd = repository({ '.algoritmekader-lint.json': JSON.stringify({ ignores: [STARS] }), [LONG_NAME]: '# Lang\n' });
    const { status, stdout, seconds } = runBundle(cwd, []);
    expect(status).not.toBeNull();
    expect(seconds).toBeLessThan(10);
    expect(checked(stdout).some((file) => file.endsWith(`${'a'.repeat(120)}.md`))).toBe(true);
  });

  it("the same glob in overrides[].files and as a page glob on the command line (the Action's paths)", () => {
    const cwd = repository({ '.algoritmekader-lint.json': JSON.stringify({ overrides: [{ files: [STARS], rules: {} }] }), [LONG_NAME]: '# Lang\n' });
    const { status, stderr, seconds } = runBundle(cwd, ['--', STARS]);
    expect(status).not.toBeNull();
    expect(seconds).toBeLessThan(10);
    expect(stderr).toContain('geen pagina past bij');
  });
});

describe('the patterns keep their meaning', () => {
  it('the ignore file, exclude_docs, ignores, overrides and page globs select as before', async () => {
    const cwd = repository({
      '.algoritmekader-lintignore': '# gitignore\nconcept/\n!concept/keep.md\n/docs/b*.md\n',
      'mkdocs.yml': 'site_name: test\nexclude_docs: |\n  drafts/\n  *.tmp.md\n',
      '.algoritmekader-lint.json': JSON.stringify({ ignores: ['docs/{x,y}/**'] }),
      'docs/concept/keep.md': '# K\n',
      'docs/beta.md': '# B\n',
      'docs/drafts/d.md': '# D\n',
      'docs/a.tmp.md': '# T\n',
      'docs/x/deep/p.md': '# X\n',
      'docs/z/p.md': '# Z\n',
    });
    const { report } = await runCli(cwd, ['--reporter', 'json', '--no-progress']);
    expect(report.map((file) => file.path.split(path.sep).join('/')).sort()).toEqual(['docs/index.md', 'docs/z/p.md']);
    const globbed = await runCli(cwd, ['--reporter', 'json', '--no-progress', '--', 'docs/**/p.md', './docs/[iy]*.md']);
    expect(globbed.report.map((file) => file.path.split(path.sep).join('/')).sort()).toEqual(['docs/index.md', 'docs/z/p.md']);
  });
});

describe('a pattern that cannot be matched in bounded time is an error at its place', () => {
  it.each([
    [{ '.algoritmekader-lintignore': 'ok.md\n\ndocs/[!a]b.md\n' }, '.algoritmekader-lintignore:3:6: .algoritmekader-lintignore: "docs/[!a]b.md"', '[!…]'],
    // mkdocs' patterns in pathspec's dialect (`x\*.md` and `b[!x].md` are fine there): a POSIX class or a descending range is not.
    [{ 'mkdocs.yml': 'site_name: test\nexclude_docs: |\n  ok/\n  x[[:alpha:]].md\n' }, 'mkdocs.yml:4:7: exclude_docs: "x[[:alpha:]].md"', 'ascending ranges'],
    [{ 'mkdocs.yml': 'site_name: test\ndraft_docs: |\n  [z-a].md\n' }, 'mkdocs.yml:3:6: draft_docs: "[z-a].md"', 'ascending ranges'],
    [
      { 'base.yml': 'exclude_docs: |\n  a/\n  b[[:digit:]].md\n', 'mkdocs.yml': 'INHERIT: base.yml\nsite_name: test\n' },
      'base.yml:3:7: exclude_docs: "b[[:digit:]].md"',
      'ascending ranges',
    ],
    [
      { '.algoritmekader-lint.json': '{\n  "ignores": [\n    "docs/+(a|b).md"\n  ]\n}\n' },
      '.algoritmekader-lint.json:3:5: ignores[0]: "docs/+(a|b).md"',
      'extglob',
    ],
    [
      { '.algoritmekader-lint.yaml': `overrides:\n  - files: ["ok.md", "${'{a,b}'.repeat(9)}"]\n    rules: {}\n` },
      '.algoritmekader-lint.yaml:2:22: overrides[0].files[1]',
      'over 256 alternatives',
    ],
  ])('%j', async (files, where, reason) => {
    const cwd = repository(files);
    const english = await runCli(cwd, ['--lang', 'en', '--no-progress']);
    expect(english.status).toBe(2);
    expect(english.stderr).toContain(where);
    expect(english.stderr).toContain('is not a pattern that can be matched in bounded time');
    expect(english.stderr).toContain(reason);
    expect(english.stderr).not.toMatch(/\n\s+at /);
    const dutch = await runCli(cwd, ['--no-progress']);
    expect(dutch.status).toBe(2);
    expect(dutch.stderr).toContain('is geen patroon dat in begrensde tijd te vergelijken is');
  });

  it('a page glob on the command line', async () => {
    const cwd = repository({});
    const { status, stderr } = await runCli(cwd, ['--lang', 'en', '--no-progress', '--', 'docs/*@(a|b).md']);
    expect(status).toBe(2);
    expect(stderr).toContain('page glob: "docs/*@(a|b).md" is not a pattern that can be matched in bounded time: extglob');
  });
});

describe('mkdocs.yml patterns are checked in the dialect mkdocs reads them in', () => {
  it('an escape and a negated class pathspec accepts are accepted: never a false configuration error', async () => {
    const cwd = repository({ 'mkdocs.yml': 'site_name: test\nexclude_docs: |\n  x\\*.md\n  b[!x].md\n' });
    const run = await runCli(cwd, ['--lang', 'en', '--no-progress']);
    expect(run.stderr).not.toMatch(/bounded time/);
    expect(run.status).not.toBe(2);
  });
});
