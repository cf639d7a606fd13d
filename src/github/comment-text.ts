/**
 * The text of our comments on a pull request. Page text is hostile: it is
 * escaped as in the job summary (no Markdown or HTML takes effect, quoted
 * values become <code>, which GitHub scans for neither mentions nor issue
 * references), and outside <code> a word joiner (U+2060) follows every `@`
 * and `#` and breaks `GH-`, `www.` and `://`, so nothing can mention a
 * person or team, link or close an issue. A suggestion's text stands in a
 * code fence longer than any run of backticks in it.
 */
import { createHash } from 'node:crypto';
import type { VFileMessage } from 'vfile-message';
import { type Level, levelOf } from '../reporters/messages.js';
import { markdownText } from '../reporters/printable.js';
import type { Lang } from '../rule-kit/i18n.js';
import { text } from './texts.js';

const JOINER = '\u2060';

/** Text outside code: no mention, issue reference or autolink can start in it. */
export function inert(text: string): string {
  return text
    .replace(/@/g, `@${JOINER}`)
    .replace(/(?<!&)#/g, `#${JOINER}`)
    .replace(/\b(gh)-/gi, `$1${JOINER}-`)
    .replace(/:\/\//g, `:${JOINER}//`)
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}${JOINER}.`);
}

/** A finding's message for a comment: escaped, quoted values as code, the rest inert. */
export function commentText(text: string): string {
  return markdownText(text, inert);
}

/** A fenced block that `text` cannot end (GitHub takes longer fences for suggestions too). */
export function fenced(info: string, text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}${text ? '\n' : ''}${fence}`;
}

/** Our hidden mark, first in each of our comments: its kind, and for a suggestion its fingerprint. */
const MARK = /^<!-- algoritmekader-lint:(suggestion|resolved|summary)(?: ([0-9a-f]{16}))? -->/;

/** A suggestion, a suggestion whose finding is gone (kept for its replies), or the summary. */
export type MarkKind = 'suggestion' | 'resolved' | 'summary';

export function mark(kind: MarkKind, fingerprint?: string): string {
  return `<!-- algoritmekader-lint:${kind}${fingerprint ? ` ${fingerprint}` : ''} -->`;
}

export function markOf(body: string | null | undefined): { kind: MarkKind; fingerprint?: string } | undefined {
  const found = MARK.exec(body ?? '');
  return found ? { kind: found[1] as MarkKind, fingerprint: found[2] } : undefined;
}

export function fingerprint(...parts: Array<string | number>): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);
}

export const LEVEL_WORDS: Record<Lang, Record<Level, string>> = {
  nl: { error: 'fout', warning: 'waarschuwing', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** `**fout** \`rule\`: message` for each finding (a list when there are more). */
export function findingLines(findings: VFileMessage[], lang: Lang): string[] {
  const lines = findings.map((finding) => `**${LEVEL_WORDS[lang][levelOf(finding)]}** \`${finding.ruleId ?? 'unknown'}\`: ${commentText(finding.reason)}`);
  return lines.length > 1 ? lines.map((line) => `- ${line}`) : lines;
}

/** A review comment: the mark, the findings, the hint and the corrected lines. */
export function suggestionBody(id: string, findings: VFileMessage[], replacement: string, lang: Lang): string {
  return [mark('suggestion', id), ...findingLines(findings, lang), '', text('hint', lang), '', fenced('suggestion', replacement), ''].join('\n');
}
