/**
 * `--fix`: safe fixes as text edits on the original text, never by
 * re-serialising a tree. Everything outside the edited spans stays byte for
 * byte (line endings, BOM, file mode, owner). A page is written atomically
 * (a temporary file with an unpredictable name next to it, created
 * exclusively, then a rename: src/run/atomic-write.ts) and only when that loses
 * nothing: not when it changed since it was read, not through a hardlink,
 * not over a read-only file or a git symlink stub; a symlink is written
 * through to its target. Temporary files are removed even on Ctrl-C.
 */
import { chownSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import type { VFileMessage } from 'vfile-message';
import { looksLikeSymlinkStub } from '../repository/source.js';
import { writeFileAtomically } from './atomic-write.js';

interface FixResult {
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
type SkipReason = 'changed' | 'hardlinked' | 'read-only' | 'stub' | 'owner';

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
  return writeFileAtomically(file, text, {
    mode: stat.mode & 0o7777,
    beforeRename(temporary) {
      const written = statSync(temporary);
      if (written.uid === stat.uid && written.gid === stat.gid) return true;
      try {
        chownSync(temporary, stat.uid, stat.gid);
        return true;
      } catch {
        return false;
      }
    },
  });
}

/** A unified diff of a fix, for `--fix-dry-run`. */
export function fixDiff(displayPath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, '', '', { context: 3 });
}
