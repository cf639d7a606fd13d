/** A copy of a repository in a temporary folder, under git, to change and compare. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const gitIn =
  (root: string) =>
  (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Where the committed copies are kept (`base-<pid>-…`); test/setup/git-bases.ts removes those of ended processes after the run. */
export const GIT_BASES = path.join(os.tmpdir(), 'algoritmekader-lint-test', 'git-bases');

/**
 * `source` under git, its files committed on `main`: made once a test file,
 * then copied (git run from a test worker is a fork of a large process).
 */
const committed = new Map<string, string>();
function committedCopy(source: string): string {
  let repository = committed.get(source);
  if (!repository) {
    mkdirSync(GIT_BASES, { recursive: true });
    repository = mkdtempSync(path.join(GIT_BASES, `base-${process.pid}-`));
    cpSync(source, repository, { recursive: true, verbatimSymlinks: true });
    const git = gitIn(repository);
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=test@example.org', '-c', 'user.name=test', 'add', '-A');
    git('-c', 'user.email=test@example.org', '-c', 'user.name=test', 'commit', '-q', '-m', 'base');
    committed.set(source, repository);
  }
  return repository;
}

export function gitCopy(source: string) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ak-git-'));
  cpSync(committedCopy(source), root, { recursive: true, verbatimSymlinks: true });
  const git = gitIn(root);
  return {
    root,
    git,
    edit(file: string, change: (text: string) => string) {
      const target = path.join(root, file);
      writeFileSync(target, change(readFileSync(target, 'utf8')));
    },
    read: (file: string) => readFileSync(path.join(root, file), 'utf8'),
    write: (file: string, text: string) => writeFileSync(path.join(root, file), text),
    rename: (from: string, to: string) => renameSync(path.join(root, from), path.join(root, to)),
    remove: (file: string) => rmSync(path.join(root, file)),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
