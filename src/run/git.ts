/** The few git questions `--changed-since` asks, without a shell. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ERRORS, UsageError } from '../errors.js';

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
    // The subcommand, after any `-c name=value` options.
    const command = args.find((arg, index) => !arg.startsWith('-') && args[index - 1] !== '-c') ?? args[0];
    throw new UsageError(ERRORS.gitFailed, { command, detail: stderr || (error as Error).message });
  }
}

/**
 * Is `ref` a commit hash or a ref name (`origin/main`, `HEAD~1`, `v1.2`),
 * and nothing git could read as more: no `:` (a refspec: `+a:refs/heads/main`
 * fetched over local main), no leading `+` (force) or `-` (an option), no
 * white space, control characters, `\` or refspec wildcards (`*?[`).
 */
export function isPlainRef(ref: string): boolean {
  return ref !== '' && !/^[-+]|[:\\*?[\s\p{Cc}]/u.test(ref);
}

const neutralized = new Map<string, string[]>();

/**
 * `-c` options that switch off every filter driver git's configuration
 * defines (the runner's git-lfs, or any other): a `.gitattributes` in a pull
 * request can name one (`*.md filter=lfs`), and `git diff` against the work
 * tree would run its `clean` command on the pull request's files. Diff
 * drivers (`diff=x`: `command`, `textconv`) are switched off by
 * `--no-ext-diff --no-textconv` on every diff. Reading objects (`cat-file`,
 * `ls-tree`) applies no attributes at all.
 */
function withoutDrivers(top: string): string[] {
  let options = neutralized.get(top);
  if (!options) {
    const names = (git(top, ['config', '-z', '--name-only', '--get-regexp', '^filter\\.'], true) ?? '').split('\0').filter(Boolean);
    const drivers = new Set(names.map((name) => /^filter\.(.+)\.[^.]+$/s.exec(name)?.[1]).filter((name): name is string => !!name));
    options = [...drivers].flatMap((driver) =>
      ['clean', 'smudge', 'process'].flatMap((key) => ['-c', `filter.${driver}.${key}=`]).concat('-c', `filter.${driver}.required=false`),
    );
    options.push('-c', 'diff.external=');
    neutralized.set(top, options);
  }
  return options;
}

export function gitTopLevel(cwd: string): string {
  const top = git(cwd, ['rev-parse', '--show-toplevel'], true);
  if (!top) throw new UsageError(ERRORS.notInGit, { cwd });
  return top.trim();
}

/**
 * The commit to compare with: where HEAD left `ref` (`git merge-base`), as
 * GitHub's three-dot diff does, so what changed only on `ref` since is not the
 * branch's change. `ref` itself when there is no common history in the clone.
 */
export function comparisonBase(top: string, ref: string): string {
  if (!isPlainRef(ref)) throw new UsageError(ERRORS.notARef, { ref });
  const commit = git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], true)?.trim();
  if (!commit) throw new UsageError(isShallow(top) ? ERRORS.notACommitShallow : ERRORS.notACommit, { ref });
  const base = git(top, ['merge-base', commit, 'HEAD'], true)?.trim();
  if (base) return base;
  // A parent of HEAD is its own merge base with it: a pull request's merge commit, checked out without history, has the base as a parent.
  if (parentsOf(top, 'HEAD').includes(commit)) return commit;
  // Without history the branch point cannot be found: comparing with `ref` itself would blame the change for what happened on `ref` since.
  if (isShallow(top)) throw new UsageError(ERRORS.noMergeBaseShallow, { ref });
  return commit; // histories that never met: the change is everything since `ref`
}

/** A clone with part of its history only (`git clone --depth`, actions/checkout's default). */
export function isShallow(top: string): boolean {
  return git(top, ['rev-parse', '--is-shallow-repository'], true)?.trim() === 'true';
}

/** The parents `commit` names (read from the commit itself: known in a shallow clone too). */
export function parentsOf(top: string, commit: string): string[] {
  const text = git(top, ['cat-file', 'commit', commit], true) ?? '';
  const header = text.slice(0, text.indexOf('\n\n') === -1 ? undefined : text.indexOf('\n\n'));
  return [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((match) => match[1]);
}

/** The merge base of `commit` and HEAD, or undefined when the clone's history does not reach it. */
export function mergeBase(top: string, commit: string): string | undefined {
  return git(top, ['merge-base', commit, 'HEAD'], true)?.trim() || (parentsOf(top, 'HEAD').includes(commit) ? commit : undefined);
}

/**
 * Files changed between commit `base` and the working tree (committed,
 * staged, unstaged and untracked), or with `staged` between `base` and the
 * index: what the next commit holds.
 */
export function changedFiles(top: string, base: string, staged = false): FileChange[] {
  const changes: FileChange[] = [];
  const side = staged ? ['--cached'] : [];
  const diff = git(top, [...withoutDrivers(top), 'diff', ...side, '--no-ext-diff', '--no-textconv', '--name-status', '-M', '-z', base, '--']) ?? '';
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
  if (staged) return changes;
  for (const file of untrackedFiles(top)) changes.push({ status: 'added', path: file });
  return changes;
}

/** Files git does not track and does not ignore, repository-relative. */
function untrackedFiles(top: string): string[] {
  return (git(top, ['ls-files', '--others', '--exclude-standard', '-z'], true) ?? '').split('\0').filter(Boolean);
}

/**
 * The work tree as the next commit will have it: the index's text of every
 * tracked file whose work-tree text differs (an unstaged edit, a file deleted
 * but not staged), and every untracked file gone. Absolute paths; `null`:
 * not in the commit.
 */
export function stagedTree(top: string): Record<string, string | null> {
  const tree: Record<string, string | null> = {};
  const unstaged = (git(top, [...withoutDrivers(top), 'diff', '--no-ext-diff', '--no-textconv', '--name-only', '-z', '--']) ?? '').split('\0').filter(Boolean);
  const texts = filesAt(top, '', unstaged);
  for (const file of unstaged) tree[path.join(top, file)] = texts.get(file) ?? null;
  for (const file of untrackedFiles(top)) tree[path.join(top, file)] = null;
  return tree;
}

/** Does the repository have a commit yet (a first commit has nothing to compare with)? */
export function hasHead(top: string): boolean {
  return git(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], true) !== undefined;
}

/**
 * The contents at commit `base` of `files` (repository-relative), by path, in
 * one `git cat-file --batch` (a pull request of thousands of pages must not
 * start a git process per page). Absent there: not in the map.
 */
export function filesAt(top: string, base: string, files: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  // The batch protocol is line-based: a name with a line break is asked on its own.
  const batched = files.filter((file) => !/[\r\n]/.test(file));
  for (const file of files.filter((file) => /[\r\n]/.test(file))) {
    const text = fileAt(top, base, file);
    if (text !== undefined) texts.set(file, text);
  }
  if (batched.length === 0) return texts;
  const out = execFileSync('git', ['cat-file', '--batch'], {
    cwd: top,
    input: batched.map((file) => `${base}:${file.split(path.sep).join('/')}\n`).join(''),
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let at = 0;
  for (const file of batched) {
    const newline = out.indexOf(10, at);
    if (newline === -1) break;
    const header = out.subarray(at, newline).toString('latin1');
    at = newline + 1;
    const size = / blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) continue; // missing, or not a blob: nothing follows the header
    texts.set(file, out.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return texts;
}

/** A file's content at `ref`, or undefined when it did not exist there (the blob as stored: no filter, no textconv). */
export function fileAt(top: string, ref: string, file: string): string | undefined {
  return git(top, ['cat-file', 'blob', `${ref}:${file.split(path.sep).join('/')}`], true);
}

/**
 * A file name as git writes it on a `---`/`+++` line: C-quoted (with `\"`,
 * `\\`, `\t` and octal bytes) when it holds a quote, a backslash or a
 * control character; and followed by a tab when it holds a space (for GNU
 * patch). An unquoted name never holds a tab.
 */
export function diffFileName(written: string): string {
  const text = written.endsWith('\t') ? written.slice(0, -1) : written;
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return text;
  const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  const body = Buffer.from(text.slice(1, -1), 'utf8');
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== 92) {
      bytes.push(body[i]);
      continue;
    }
    const octal = body.subarray(i + 1, i + 4).toString('latin1');
    const next = String.fromCharCode(body[i + 1] ?? 0);
    if (/^[0-3][0-7]{2}$/.test(octal)) {
      bytes.push(Number.parseInt(octal, 8));
      i += 3;
    } else if (next in ESCAPES) {
      bytes.push(ESCAPES[next]);
      i += 1;
    } else bytes.push(92); // no escape git writes: kept as it is
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Line ranges ([first, last], new side) changed since commit `base`, by
 * absolute path (with `staged`, in the index); untracked files are changed
 * throughout. A change of white
 * space only (an editor that strips trailing spaces) is no change: the
 * author did not touch what is on that line. A diff git cannot give (over
 * the buffer, a broken repository) is an error, never "nothing changed":
 * then every old finding on a changed line would count as old.
 */
export function changedLines(top: string, base: string, staged = false): Map<string, Array<[number, number]>> {
  const ranges = new Map<string, Array<[number, number]>>();
  let current: Array<[number, number]> | undefined;
  const diff =
    git(top, [
      ...withoutDrivers(top),
      '-c',
      'core.quotePath=false',
      'diff',
      ...(staged ? ['--cached'] : []),
      '-U0',
      '-b',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      '-M',
      base,
      '--',
    ]) ?? '';
  // `+++ ` starts a file's new name only in the header (after `diff --git`, before the first hunk): in a hunk, it
  // is an added line that starts with `++ `.
  let header = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      header = true;
      current = undefined;
      continue;
    }
    if (header && line.startsWith('@@')) header = false;
    if (header && line.startsWith('+++ ')) {
      const file = diffFileName(line.slice(4));
      current = file.startsWith('b/') ? [] : undefined;
      if (current) ranges.set(path.join(top, file.slice(2)), current);
      continue;
    }
    const hunk = current && /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const first = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) current.push([first, first + count - 1]);
    }
  }
  if (!staged) for (const file of untrackedFiles(top)) ranges.set(path.join(top, file), [[1, Number.MAX_SAFE_INTEGER]]);
  return ranges;
}
