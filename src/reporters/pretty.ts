/**
 * The terminal report, ESLint "stylish" in spirit: per file its findings as
 * `line:column  severity  message  rule`, the rule right after the message
 * (never padded off-screen). On a terminal narrower than a finding, the rule
 * goes on the first line and the message wraps under it. Files without
 * findings are listed only with `--verbose`. Page text is made printable.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { Lang } from '../rule-kit/i18n.js';
import { type HiddenFindings, hiddenLines } from './hidden.js';
import { type FlatMessage, flatten, LEVEL_WORDS, type Level } from './messages.js';
import { printable } from './printable.js';

const STYLE = { underline: [4, 24], red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], green: [32, 39] } as const;
type Style = keyof typeof STYLE;

const WORDS: Record<Lang, { clean: string; summary: Record<Level, string> }> = {
  nl: {
    clean: 'geen meldingen',
    summary: { error: 'fout(en)', warning: 'waarschuwing(en)', info: 'informatief' },
  },
  en: { clean: 'no issues found', summary: { error: 'error(s)', warning: 'warning(s)', info: 'info' } },
};
const LEVEL_STYLE: Record<Level, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

interface PrettyOptions {
  color: boolean;
  lang: Lang;
  /** Only files with findings (the default); `verbose` lists clean files too. */
  verbose?: boolean;
  quiet?: boolean;
  /** Terminal width: wrap longer findings. Undefined (a pipe, a CI log): one line per finding. */
  columns?: number;
  /** Findings left out (already there before the change, suppressed): said after the counts. */
  hidden?: HiddenFindings;
}

/** Words of `text` in lines of at most `width` characters (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // A word, or an inline code span with its spaces (`<!-- list_vereisten… -->`): an author copies it whole.
  for (const word of text.match(/(?:[^\s`]|`[^`]*`|`)+/g) ?? []) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function place(message: FlatMessage): string {
  const end = message.endLine ? `-${message.endLine}:${message.endColumn ?? 1}` : '';
  return `${message.line}:${message.column}${end}`;
}

function findingLines(messages: FlatMessage[], options: PrettyOptions, paint: (style: Style, text: string) => string): string[] {
  const levelWords = LEVEL_WORDS[options.lang];
  const places = messages.map(place);
  const placeWidth = Math.max(...places.map((text) => text.length));
  const levelWidth = Math.max(...messages.map((message) => levelWords[message.level].length));
  const lines: string[] = [];
  messages.forEach((message, index) => {
    const head = `  ${places[index].padEnd(placeWidth)}  ${paint(LEVEL_STYLE[message.level], levelWords[message.level].padEnd(levelWidth))}  `;
    const reason = printable(message.reason);
    const rule = paint('dim', message.ruleId);
    const plainLength = 2 + placeWidth + 2 + levelWidth + 2 + reason.length + 2 + message.ruleId.length;
    if (!options.columns || plainLength <= options.columns) {
      lines.push(`${head}${reason}  ${rule}`);
      return;
    }
    const indent = 4;
    lines.push(`${head}${rule}`);
    for (const part of wrap(reason, Math.max(30, options.columns - indent - 1))) lines.push(`${' '.repeat(indent)}${part}`);
  });
  return lines;
}

export function prettyReport(files: VFile[], options: PrettyOptions): string {
  const paint = (style: Style, text: string) => (options.color ? `\u001b[${STYLE[style][0]}m${text}\u001b[${STYLE[style][1]}m` : text);
  const words = WORDS[options.lang];
  const blocks: string[] = [];
  const counts: Record<Level, number> = { error: 0, warning: 0, info: 0 };
  for (const file of files) {
    const messages = flatten([file], file.cwd).sort((a, b) => a.line - b.line || a.column - b.column);
    const name = printable(file.path ? path.normalize(file.path).split(path.sep).join('/') : '<stdin>');
    for (const message of messages) counts[message.level]++;
    if (messages.length === 0) {
      if (options.verbose && !options.quiet) blocks.push(`${paint('underline', name)}: ${paint('green', words.clean)}`);
      continue;
    }
    blocks.push([paint('underline', name), ...findingLines(messages, options, paint)].join('\n'));
  }
  const parts = (['error', 'warning', 'info'] as const).filter((level) => counts[level] > 0).map((level) => `${counts[level]} ${words.summary[level]}`);
  if (parts.length) blocks.push(`${counts.error ? paint('red', '✖') : paint('yellow', '⚠')} ${parts.join(', ')}`);
  // Wrapped to the terminal, as the findings are.
  const hidden = hiddenLines(options.hidden, options.lang).flatMap((line) => (options.columns ? wrap(line, options.columns - 1) : [line]));
  if (hidden.length) blocks.push(hidden.map((line) => paint('dim', line)).join('\n'));
  return blocks.join('\n\n');
}
