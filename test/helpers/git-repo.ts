/** A copy of a repository in a temporary folder, under git, to change and compare. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function gitCopy(source: string) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ak-git-'));
  cpSync(source, root, { recursive: true, verbatimSymlinks: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.email=test@example.org', '-c', 'user.name=test', 'add', '-A');
  git('-c', 'user.email=test@example.org', '-c', 'user.name=test', 'commit', '-q', '-m', 'base');
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
