/**
 * The Action never blames a pull request for what changed on main (issue
 * 29): actions/checkout clones one commit deep by default, of the merge
 * commit or (with `ref: head.sha`) of the pull request's head. With main
 * moved on since the branch point, the run must report exactly what a full
 * clone reports, or fail closed with the fix (fetch-depth: 0).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionArchive, actionArchive } from './helpers/action-archive.js';
import { gitCopy } from './helpers/git-repo.js';
import { action } from './helpers/pull-request.js';
import { SAMPLE } from './helpers/rule-docs.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
const MON01 = `${M}/7-mon-01-monitoren-werking.md`;
const IMP02 = `${M}/6-imp-02-menselijke-tussenkomst.md`;

let archive: ActionArchive;
let origin: ReturnType<typeof gitCopy>;
let folder: string;
let base: string;
let head: string;
let merge: string;

const commit = (repo: ReturnType<typeof gitCopy>, message: string) => {
  repo.git('add', '-A');
  repo.git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-q', '-m', message);
  return repo.git('rev-parse', 'HEAD').trim();
};

beforeAll(() => {
  archive = actionArchive();
  folder = mkdtempSync(path.join(os.tmpdir(), 'ak-shallow-'));
  origin = gitCopy(SAMPLE);
  // A few commits of history before the branch point.
  for (let index = 0; index < 3; index++) {
    origin.edit('README.md', (text) => `${text}\nRegel ${index}.\n`);
    commit(origin, `history ${index}`);
  }
  origin.git('checkout', '-q', '-b', 'pr');
  // The pull request: a vereiste name with a typo.
  origin.edit(MON01, (text) => text.replace('- aia-01-ai-geletterdheid', '- aia-01-ai-geletterdhied'));
  head = commit(origin, 'pr: a typo');
  // Main moves on: a page added, an old error fixed, another page edited.
  origin.git('checkout', '-q', 'main');
  origin.write(`${M}/6-imp-03-nieuw.md`, origin.read(`${M}/6-imp-01-werkinstructies-gebruikers.md`).replace('imp-01', 'imp-03'));
  origin.edit(IMP02, (text) => text.replace('rechtmatig-verwerkn', 'rechtmatig-verwerken'));
  base = commit(origin, 'main moves on');
  // GitHub's merge commit (refs/pull/1/merge): the head merged into the base.
  origin.git('checkout', '-q', '-b', 'merge');
  origin.git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'merge', '-q', '--no-ff', '-m', 'merge', 'pr');
  merge = origin.git('rev-parse', 'HEAD').trim();
  origin.git('checkout', '-q', 'main');
});
afterAll(() => {
  archive.cleanup();
  origin.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

/** A clone of `commit` as actions/checkout makes it: `depth` commits deep (0: the whole history), detached at it. */
function checkout(name: string, sha: string, depth: number) {
  const target = path.join(folder, name);
  execFileSync('git', ['init', '-q', target]);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: target, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('remote', 'add', 'origin', `file://${origin.root}`);
  git('fetch', '-q', '--no-tags', ...(depth ? [`--depth=${depth}`] : []), 'origin', sha);
  git('-c', 'advice.detachedHead=false', 'checkout', '-q', sha);
  return { root: target, git };
}

const payload = () => ({ action: 'synchronize', pull_request: { number: 1, base: { sha: base }, head: { sha: head } } });
/** The Action with the pull request's payload, as the runner starts it. */
const run = (root: string) => action(archive, root, base);

describe('a shallow checkout is judged as a full clone', () => {
  let expected: Array<{ file: string; line: number; rule: string }>;

  it('a full clone of the merge commit reports the typo only', () => {
    const full = checkout('full', merge, 0);
    const result = run(full.root);
    expected = result.findings;
    expect(expected).toEqual([{ file: MON01, line: 12, rule: 'reference-exists' }]);
    expect(result.status).toBe(1);
  });

  it('the merge commit one deep: the same findings (its base is its parent)', () => {
    const shallow = checkout('merge-shallow', merge, 1);
    expect(shallow.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const result = run(shallow.root);
    expect(result.findings).toEqual(expected);
    expect(result.status).toBe(1);
  });

  it('the pull request head one deep, main moved on: deepened until the branch point, the same findings', () => {
    const shallow = checkout('head-shallow', head, 1);
    const result = run(shallow.root);
    expect(result.findings).toEqual(expected);
    expect(result.status).toBe(1);
  });

  it('the head one deep with no way to fetch more: an error annotation with the fix, exit 2', () => {
    const shallow = checkout('head-cut-off', head, 1);
    shallow.git('remote', 'remove', 'origin');
    const result = archive.run(shallow.root, { INPUT_LANG: 'en' }, payload());
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/::error title=algoritmekader-lint::.*(not a commit in this shallow clone|branched off).*fetch-depth: 0/);
  });

  it('a base that cannot be fetched: an error annotation with the fix, exit 2', () => {
    const shallow = checkout('base-missing', merge, 1);
    const missing = '0123456789abcdef0123456789abcdef01234567';
    const result = archive.run(
      shallow.root,
      { INPUT_LANG: 'en' },
      { action: 'synchronize', pull_request: { number: 1, base: { sha: missing }, head: { sha: head } } },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/::error title=algoritmekader-lint::.*not a commit in this shallow clone.*fetch-depth: 0/);
  });
});
