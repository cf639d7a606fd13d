/**
 * Pull-request mode asks git about a work tree the pull request wrote: a
 * `.gitattributes` in it must not select a filter or diff driver of the
 * runner's git configuration, and a ref from an input must not reach git as
 * a refspec or an option (issue 32).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ActionArchive, actionArchive } from './helpers/action-archive.js';
import { gitCopy } from './helpers/git-repo.js';
import { SAMPLE } from './helpers/rule-docs.js';
import { runCli } from './helpers/run-cli.js';

let repo: ReturnType<typeof gitCopy> | undefined;
let markers: string | undefined;
afterEach(() => {
  repo?.cleanup();
  if (markers) rmSync(markers, { recursive: true, force: true });
  repo = markers = undefined;
});

const PAGE = 'docs/voldoen-aan-wetten-en-regels/maatregelen/1-pba-01-formuleren-probleemdefinitie.md';

describe('.gitattributes in a pull request selects no driver', () => {
  it('filter (clean, process), diff command and textconv drivers of the git configuration never run', async () => {
    repo = gitCopy(SAMPLE);
    markers = mkdtempSync(path.join(os.tmpdir(), 'ak-markers-'));
    // What a runner's configuration may define (git-lfs defines filter.lfs.*); the pull request only names them.
    const marker = (name: string, then: string) => `sh -c 'touch ${markers}/${name}; ${then}' --`;
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write('.gitattributes', '*.md filter=mark diff=mark\n*.yml filter=lfs\n');
    repo.git('add', '.gitattributes');
    repo.git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-q', '-m', 'attributes');
    repo.git('config', 'filter.mark.clean', marker('clean', 'cat'));
    repo.git('config', 'filter.mark.smudge', marker('smudge', 'cat'));
    repo.git('config', 'diff.mark.textconv', marker('textconv', 'cat "$1"'));
    repo.git('config', 'filter.lfs.process', marker('process', 'exit 1'));
    repo.edit(PAGE, (text) => `${text}\nEen nieuwe regel.\n`);
    repo.edit('mkdocs.yml', (text) => `${text}\n`);
    const { status, stderr } = await runCli(repo.root, ['--changed-since', 'main', '--no-progress', '--lang', 'en']);
    expect(stderr).not.toMatch(/git .* failed/);
    expect(status === 0 || status === 1).toBe(true);
    expect(readdirSync(markers)).toEqual([]);
  });
});

describe('refs from the user or the Action are plain refs', () => {
  it.each(['+refs/heads/pr:refs/heads/main', 'pr:docs/index.md', '-n', 'main ~1', 'refs/heads/*'])('--changed-since %s is refused (exit 2)', async (ref) => {
    repo = gitCopy(SAMPLE);
    const { status, stderr } = await runCli(repo.root, [`--changed-since=${ref}`, '--no-progress', '--lang', 'en']);
    expect(status).toBe(2);
    expect(stderr).toContain('is not a commit hash or ref name');
  });

  it('a commit hash, a branch and HEAD~1 are taken', async () => {
    repo = gitCopy(SAMPLE);
    const head = repo.git('rev-parse', 'HEAD').trim();
    repo.git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'empty');
    for (const ref of [head, 'main', 'HEAD~1', 'refs/heads/main']) {
      const { status, stderr } = await runCli(repo.root, ['--changed-since', ref, '--no-progress']);
      expect([ref, status, stderr]).toEqual([ref, 0, '']);
    }
  });
});

describe('the Action', () => {
  let archive: ActionArchive;
  beforeAll(() => {
    archive = actionArchive();
  });
  afterAll(() => archive.cleanup());

  it('refuses a refspec in changed-since: it never reaches git fetch to overwrite a branch', () => {
    repo = gitCopy(SAMPLE);
    const main = repo.git('rev-parse', 'main').trim();
    repo.git('checkout', '-q', '-b', 'pr');
    repo.git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'pr');
    repo.git('remote', 'add', 'origin', repo.root);
    for (const value of ['+refs/heads/pr:refs/heads/main', 'refs/heads/pr:refs/heads/main']) {
      const run = archive.run(repo.root, { 'INPUT_CHANGED-SINCE': value });
      expect(run.status).toBe(2);
      expect(run.stdout).toMatch(/::error title=algoritmekader-lint::changed-since is een git-ref of commit/);
      expect(repo.git('rev-parse', 'main').trim()).toBe(main);
    }
    // The base from the event payload is held to the same rule.
    const run = archive.run(repo.root, {}, { pull_request: { base: { sha: '+refs/heads/pr:refs/heads/main' } } });
    expect(run.status).toBe(2);
    expect(repo.git('rev-parse', 'main').trim()).toBe(main);
  });
});
