/**
 * Suggested changes for a pull request: the fixes `--fix` would apply, as
 * whole corrected lines. Fixes whose lines touch are merged into one
 * suggestion (GitHub replaces whole lines); a fix across a line break gives
 * a multi-line one. Nothing is guessed: a page with CR line endings, or a
 * fix that reaches the end of a page without a final newline, gets none.
 */
import type { VFileMessage } from 'vfile-message';
import { applyFixes } from '../run/fix.js';

export interface LineSuggestion {
  /** First and last line (1-based) of the page that the suggestion replaces. */
  startLine: number;
  endLine: number;
  /** Those lines as they are, and as `--fix` writes them (without the final newline). */
  original: string;
  replacement: string;
  /** The findings whose fixes it applies, in page order. */
  findings: VFileMessage[];
}

interface Region {
  start: number;
  end: number;
  findings: VFileMessage[];
}

/** The lines around [start, end): from the start of the first to the end of the last (before its newline); undefined at an unterminated last line. */
function wholeLines(source: string, start: number, end: number): { start: number; end: number } | undefined {
  const lineEnd = source.indexOf('\n', end);
  if (lineEnd === -1) return undefined;
  return { start: source.lastIndexOf('\n', start - 1) + 1, end: lineEnd };
}

const lineOf = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/** The page's fixes as line suggestions, in page order. */
export function lineSuggestions(source: string, messages: VFileMessage[]): LineSuggestion[] {
  if (source.includes('\r')) return [];
  const regions: Region[] = [];
  // Only what --fix applies: overlapping fixes are left for a later run there too.
  for (const finding of applyFixes(source, messages).applied) {
    const lines = wholeLines(source, finding.fix!.start, finding.fix!.end);
    if (!lines) return [];
    const last = regions.at(-1);
    if (last && lines.start <= last.end) {
      last.end = Math.max(last.end, lines.end);
      last.findings.push(finding);
    } else regions.push({ ...lines, findings: [finding] });
  }
  return regions
    .map(({ start, end, findings }) => {
      let replacement = '';
      let cursor = start;
      for (const { fix } of findings) {
        replacement += source.slice(cursor, fix!.start) + fix!.text;
        cursor = fix!.end;
      }
      replacement += source.slice(cursor, end);
      const original = source.slice(start, end);
      const startLine = lineOf(source, start);
      return { startLine, endLine: startLine + original.split('\n').length - 1, original, replacement, findings };
    })
    .filter((suggestion) => suggestion.replacement !== suggestion.original);
}
