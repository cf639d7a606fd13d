/**
 * `--fix`: safe fixes as text edits on the original text, never by
 * re-serialising a tree. Everything outside the edited spans stays byte for
 * byte (line endings, BOM, file mode). Files are written atomically: a
 * temporary file next to the page, then a rename.
 */
import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { VFileMessage } from 'vfile-message';

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

/** Replace a file's content atomically, keeping its mode and (when it had one) its BOM. */
export function writeAtomically(file: string, text: string, bom = false): void {
  const mode = statSync(file).mode & 0o7777;
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.algoritmekader-lint.tmp`);
  try {
    writeFileSync(temporary, bom ? `\uFEFF${text}` : text, { mode });
    chmodSync(temporary, mode);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** A unified diff of a fix, for `--fix-dry-run`. */
export function fixDiff(displayPath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, '', '', { context: 3 });
}
