/**
 * This package as users get it: the committed bundle is what the sources
 * build, and the tarball `npm pack` makes (made once here, for both tests
 * that read it) holds what users need and runs its CLI where npm installs it.
 * (Split from adoption.test.ts, so that two workers share the work.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyCorpus, HAS_CORPUS } from './helpers/corpus.js';
import { ROOT } from './helpers/rule-docs.js';

const EXAMPLES = path.join(ROOT, 'examples/algoritmekader');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const VERSION = (JSON.parse(read('package.json')) as { version: string }).version;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(folder, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** `npm pack` here, once for the file (the build has run: `npm test` builds first): the tarball and the files it holds. */
let packed: { folder: string; tarball: string; files: string[] } | undefined;
function pack() {
  if (!packed) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'ak-tarball-'));
    const [result] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], { cwd: ROOT, encoding: 'utf8' }),
    ) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    packed = { folder, tarball: path.join(folder, result.filename), files: result.files.map((file) => file.path) };
  }
  return packed;
}
afterAll(() => {
  if (packed) rmSync(packed.folder, { recursive: true, force: true });
});

describe('the committed bundle (what the check-dist workflow checks)', () => {
  it('is what the sources build: unchanged after the build when the sources are committed', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    const sourcesChanged = git('status', '--porcelain', '--', 'src', 'rules', 'scripts', 'schemas', 'package.json', 'package-lock.json').trim() !== '';
    // `npm test` has just built bundle/ from the sources; with the sources as committed, the build must not change it.
    if (!sourcesChanged) expect(git('status', '--porcelain', '--', 'bundle')).toBe('');
    // Either way every bundle file is tracked or about to be: no stray chunk from an older build.
    const listed = new Set(git('ls-files', '--cached', '--others', '--exclude-standard', '--', 'bundle').split('\n').filter(Boolean));
    for (const file of filesUnder(path.join(ROOT, 'bundle'))) expect(listed.has(`bundle/${file}`), file).toBe(true);
  });
});

describe('installing before the first release, as the README says', () => {
  it.skipIf(!HAS_CORPUS)(
    'the packed tarball, unpacked where npm installs it, runs its CLI in a content repository',
    () => {
      const { tarball } = pack();
      const copy = copyCorpus();
      try {
        // What `npm i -D <tarball>` puts in place (tests have no network for the dependencies, and the bin is a
        // self-contained bundle: the Action runs it with no install at all).
        const installed = path.join(copy.root, 'node_modules/algoritmekader-lint');
        mkdirSync(installed, { recursive: true });
        execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
        const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as { bin: Record<string, string> };
        mkdirSync(path.join(copy.root, 'node_modules/.bin'));
        symlinkSync(path.join('..', 'algoritmekader-lint', manifest.bin['algoritmekader-lint']), path.join(copy.root, 'node_modules/.bin/algoritmekader-lint'));
        writeFileSync(path.join(copy.root, 'package.json'), '{"name": "content", "private": true}\n');
        const run = spawnSync('npx', ['--offline', 'algoritmekader-lint', '--reporter', 'json', 'docs/voldoen-aan-wetten-en-regels/maatregelen'], {
          cwd: copy.root,
          encoding: 'utf8',
        });
        expect(run.status, run.stderr).toBe(1);
        expect((JSON.parse(run.stdout) as unknown[]).length).toBeGreaterThan(50);
      } finally {
        copy.cleanup();
      }
    },
    120_000,
  );

  it('every snippet names a tag the release workflow makes, and the README says what to name before it', () => {
    const release = read('.github/workflows/release.yml');
    // A tag vX.Y.Z, and the major tag vX moved to it.
    expect(release).toMatch(/tags: \['v\[0-9\]\+\.\[0-9\]\+\.\[0-9\]\+'\]/);
    expect(release).toMatch(/major="\$\{GITHUB_REF_NAME%%\.\*\}"/);
    const snippets = [
      read('README.md'),
      read('docs/action.md'),
      ...['.pre-commit-config.yaml', '.github/workflows/algoritmekader-lint.yml'].map((file) => readFileSync(path.join(EXAMPLES, file), 'utf8')),
    ].join('\n');
    const major = `v${VERSION.split('.')[0]}`;
    for (const [, tag] of snippets.matchAll(/algoritmekader-lint@(v[\w.]+)/g)) expect(tag).toBe(major);
    for (const [, rev] of snippets.matchAll(/\brev: (v[\w.]+)/g)) expect(rev).toBe(`v${VERSION}`);
    expect(read('README.md')).toMatch(/before the first release/i);
  });
});

describe('the npm package', () => {
  it('holds the bins, bundle, schemas, docs and action, and no tests, fixtures or sources', () => {
    const { files } = pack();
    const manifest = JSON.parse(read('package.json')) as { bin: Record<string, string> };
    for (const bin of Object.values(manifest.bin)) expect(files).toContain(bin.replace(/^\.\//, ''));
    for (const file of [
      'bundle/action.mjs',
      'action.yml',
      '.pre-commit-hooks.yaml',
      'schemas/maatregel.schema.json',
      'schemas/vereiste.schema.json',
      'schemas/hulpmiddel.schema.json',
      'dist/src/index.js',
      'docs/rules/reference-exists.md',
      'README.md',
      'CHANGELOG.md',
    ])
      expect(files).toContain(file);
    expect(files.filter((file) => /^(test|fixtures|src|bench|scripts|examples|\.github)\//.test(file) || file.startsWith('dist/bench'))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.test.js') || (file.endsWith('.ts') && !file.endsWith('.d.ts')))).toEqual([]);
  });
});
