/**
 * `--fix`: safe fixes as text edits on the original text, never by
 * re-serialising a tree. Everything outside the edited spans stays byte for
 * byte (line endings, BOM, file mode, owner). A page is written atomically
 * (a temporary file next to it, then a rename) and only when that loses
 * nothing: not when it changed since it was read, not through a hardlink,
 * not over a read-only file or a git symlink stub; a symlink is written
 * through to its target. Temporary files are removed even on Ctrl-C.
 */
import { chmodSync, chownSync, lstatSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { VFileMessage } from 'vfile-message';
import { looksLikeSymlinkStub } from '../repository/source.js';

export interface FixResult {
  text: string;
  applied: VFileMessage[];
}

/** Apply the messages' fixes (non-overlapping, first come first served) to `source`. */
export function applyFixes(source: string, messages: VFileMessage[]): FixResult {
  const fixable = messages.filter((message) => message.fix).sort((a, b) => a.fix!.start - b.fix!.start || a.fix!.end - b.fix!.end);
  const applied: VFileMessage[] = [];
  let text = '';
  let cursor = 0;
  for (const message of fixable) {
    const { start, end, text: replacement } = message.fix!;
    if (start < cursor || end > source.length) continue; // overlaps an earlier fix: next run
    text += source.slice(cursor, start) + replacement;
    cursor = end;
    applied.push(message);
  }
  return { text: text + source.slice(cursor), applied };
}

/** Why a fixed page was not written. */
export type SkipReason = 'changed' | 'hardlinked' | 'read-only' | 'stub' | 'owner';

/**
 * Write `after` over the page that held `before` when it was read, or say
 * why not. `bom`: the page starts with a byte order mark (kept).
 */
export function writeFix(file: string, before: string, after: string, bom: boolean): { written: string } | { skipped: SkipReason } {
  const target = lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
  const stat = statSync(target);
  if (stat.nlink > 1) return { skipped: 'hardlinked' };
  if ((stat.mode & 0o222) === 0) return { skipped: 'read-only' };
  const current = readFileSync(target);
  if (!current.equals(Buffer.from(bom ? `\uFEFF${before}` : before))) {
    return { skipped: looksLikeSymlinkStub(current.toString('utf8'), current.length) ? 'stub' : 'changed' };
  }
  return writeAtomically(target, bom ? `\uFEFF${after}` : after, stat) ? { written: target } : { skipped: 'owner' };
}

/** Replace a file's content atomically, keeping mode and owner; false when the owner cannot be kept. */
function writeAtomically(file: string, text: string, stat: { mode: number; uid: number; gid: number }): boolean {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.algoritmekader-lint.tmp`);
  track(temporary);
  try {
    writeFileSync(temporary, text, { mode: stat.mode & 0o7777 });
    chmodSync(temporary, stat.mode & 0o7777);
    const written = statSync(temporary);
    if (written.uid !== stat.uid || written.gid !== stat.gid) {
      try {
        chownSync(temporary, stat.uid, stat.gid);
      } catch {
        return false;
      }
    }
    renameSync(temporary, file);
    return true;
  } finally {
    rmSync(temporary, { force: true });
    temporaries.delete(temporary);
  }
}

const temporaries = new Set<string>();

/** Remember a temporary file; the first time, make sure an exit or Ctrl-C removes whatever is left. */
function track(temporary: string): void {
  if (temporaries.size === 0 && !cleanupInstalled) installCleanup();
  temporaries.add(temporary);
}

let cleanupInstalled = false;
function installCleanup(): void {
  cleanupInstalled = true;
  const cleanup = () => {
    for (const temporary of temporaries) rmSync(temporary, { force: true });
    temporaries.clear();
  };
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      cleanup();
      process.kill(process.pid, signal); // then end as the signal would have
    });
  }
}

/** A unified diff of a fix, for `--fix-dry-run`. */
export function fixDiff(displayPath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, '', '', { context: 3 });
}
