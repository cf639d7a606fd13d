/**
 * The text of our comments on a pull request. Page text is hostile: every
 * character Markdown or HTML acts on is written as a character reference
 * (so no link, image, emphasis or tag from a page takes effect, nor a
 * backslash that would undo our <code>), quoted values become <code>, and in
 * all of it (code and file names too) a word joiner (U+2060) follows every
 * `@` and `#` and breaks `GH-`, `www.` and `://`, so nothing can mention a
 * person or team, link or close an issue. (GitHub decodes character
 * references before it looks for mentions: writing `@` as `&#64;` would not
 * do.) A finding's text and a body are cut to what GitHub takes. A
 * suggestion's text stands in a code fence longer than any run of backticks
 * in it.
 */
import { createHash } from 'node:crypto';
import type { VFileMessage } from 'vfile-message';
import { LEVEL_WORDS, levelOf } from '../reporters/messages.js';
import { markdownLiteral, markdownText } from '../reporters/printable.js';
import type { Lang } from '../rule-kit/i18n.js';
import { text } from './texts.js';

const JOINER = '\u2060';

/** Page text (before it is escaped): no mention, issue reference or autolink can start in it. */
export function inert(text: string): string {
  return text
    .replace(/@/g, `@${JOINER}`)
    .replace(/#/g, `#${JOINER}`)
    .replace(/\b(gh)-/gi, `$1${JOINER}-`)
    .replace(/:\/\//g, `:${JOINER}//`)
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}${JOINER}.`);
}

/** Characters of page text shown at most for one finding (or file name), and in one comment (GitHub takes 65,536). */
export const LONGEST_FINDING = 300;
export const LONGEST_BODY = 60_000;

/** `text` cut to `most` characters, `…` last when cut. */
export function shortened(text: string, most = LONGEST_FINDING): string {
  const characters = Array.from(text);
  return characters.length > most ? `${characters.slice(0, most - 1).join('')}…` : text;
}

/** The first of `lines` that fit in `most` characters (joined by newlines), `…` after them when some are left out. */
export function withinLength(lines: string[], most: number): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    length += line.length + 1;
    if (length > most - 2) return [...kept, '…'];
    kept.push(line);
  }
  return kept;
}

/** A finding's message for a comment: cut, escaped, quoted values as code, all inert. */
export function commentText(text: string): string {
  return markdownText(shortened(text), inert);
}

/** Page text (a file name) for inside our <code>: cut, escaped and inert. */
export function commentCode(text: string): string {
  return markdownLiteral(shortened(text), inert);
}

/** A fenced block that `text` cannot end (GitHub takes longer fences for suggestions too). */
export function fenced(info: string, text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}${text ? '\n' : ''}${fence}`;
}

/**
 * Who writes our comments: the login of the token's bot, and this use of the
 * Action (a short hash of the workflow, job, working directory and rules), so
 * that two jobs on one pull request (a links-only run beside the full one)
 * each keep their own comments.
 */
export interface Author {
  login: string;
  instance: string;
}

/** The workflow token's bot; a GitHub App's token writes as `<app>[bot]` (input comment-author). */
export const ACTIONS_LOGIN = 'github-actions[bot]';

/** Our hidden mark, first in each of our comments: its kind, the instance, and for a suggestion its fingerprint. */
const MARK = /^<!-- algoritmekader-lint:(suggestion|resolved|summary) job=([0-9a-f]{12})(?: id=([0-9a-f]{16}))? -->/;

/** A suggestion, a suggestion whose finding is gone (kept for its replies), or the summary. */
export type MarkKind = 'suggestion' | 'resolved' | 'summary';

export function mark(kind: MarkKind, instance: string, fingerprint?: string): string {
  return `<!-- algoritmekader-lint:${kind} job=${instance}${fingerprint ? ` id=${fingerprint}` : ''} -->`;
}

export function markOf(body: string | null | undefined): { kind: MarkKind; instance: string; fingerprint?: string } | undefined {
  const found = MARK.exec(body ?? '');
  return found ? { kind: found[1] as MarkKind, instance: found[2], fingerprint: found[3] } : undefined;
}

export function fingerprint(...parts: Array<string | number>): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);
}

/** `**fout** \`rule\`: message` for each finding (a list when there are more). */
export function findingLines(findings: VFileMessage[], lang: Lang): string[] {
  const lines = findings.map((finding) => `**${LEVEL_WORDS[lang][levelOf(finding)]}** \`${finding.ruleId ?? 'unknown'}\`: ${commentText(finding.reason)}`);
  return lines.length > 1 ? lines.map((line) => `- ${line}`) : lines;
}

/** A review comment: the mark, the findings (as many as fit), the hint and the corrected lines. */
export function suggestionBody(instance: string, id: string, findings: VFileMessage[], replacement: string, lang: Lang): string {
  const tail = ['', text('hint', lang), '', fenced('suggestion', replacement), ''];
  const room = LONGEST_BODY - tail.join('\n').length - 100;
  return [mark('suggestion', instance, id), ...withinLength(findingLines(findings, lang), room), ...tail].join('\n');
}
