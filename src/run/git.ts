/** The few git questions `--changed-since` asks, without a shell. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../errors.js';

export interface FileChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Repository-relative POSIX paths. */
  path: string;
  oldPath?: string;
}

function git(cwd: string, args: string[], allowFailure = false): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if (allowFailure) return undefined;
    const stderr = String((error as { stderr?: Buffer | string }).stderr ?? '')
      .trim()
      .split('\n')[0];
    throw new UsageError(`git ${args[0]} failed: ${stderr || (error as Error).message}`);
  }
}

export function gitTopLevel(cwd: string): string {
  const top = git(cwd, ['rev-parse', '--show-toplevel'], true);
  if (!top) throw new UsageError(`--changed-since needs a git repository, and ${cwd} is not in one`);
  return top.trim();
}

/** Files changed between `ref` and the working tree (committed, staged, unstaged and untracked). */
export function changedFiles(top: string, ref: string): FileChange[] {
  if (!git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], true))
    throw new UsageError(`--changed-since: "${ref}" is not a commit in this repository`);
  const changes: FileChange[] = [];
  const diff = git(top, ['diff', '--name-status', '-M', '-z', ref, '--']) ?? '';
  const fields = diff.split('\0').filter(Boolean);
  for (let index = 0; index < fields.length; ) {
    const code = fields[index++];
    if (code.startsWith('R')) {
      const oldPath = fields[index++];
      changes.push({ status: 'renamed', oldPath, path: fields[index++] });
    } else {
      const file = fields[index++];
      changes.push({ status: code.startsWith('A') ? 'added' : code.startsWith('D') ? 'deleted' : 'modified', path: file });
    }
  }
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '-z']) ?? '';
  for (const file of untracked.split('\0').filter(Boolean)) changes.push({ status: 'added', path: file });
  return changes;
}

/** A file's content at `ref`, or undefined when it did not exist there. */
export function fileAt(top: string, ref: string, file: string): string | undefined {
  return git(top, ['show', `${ref}:${file.split(path.sep).join('/')}`], true);
}
