/** Reporters: turn linted files into text for a terminal, a tool or CI. */
import type { VFile } from 'vfile';
import { reporter as prettyReporter } from 'vfile-reporter';
import jsonReporter from 'vfile-reporter-json';
import type { RuleMeta } from '../rule-kit/define-rule.js';
import type { Lang } from '../rule-kit/i18n.js';
import { type ChangedLines, githubReporter } from './github.js';
import { junitReporter } from './junit.js';
import { levelOf } from './messages.js';
import { printableFile } from './printable.js';
import { sarifReporter } from './sarif.js';

export interface ReportContext {
  /** Show only files with messages. */
  quiet: boolean;
  color: boolean;
  /** Paths in reports are relative to this folder (the repository root). */
  base: string;
  env: NodeJS.ProcessEnv;
  /** Metadata of every rule (github summary, SARIF); loaded only for the reporters that need it. */
  rules: Array<RuleMeta<string>>;
  /** The language of everything the reporter writes itself (summaries, descriptions). */
  lang: Lang;
  /** With `--changed-since`: the changed line ranges by absolute path (GitHub annotates those first). */
  changedLines?: ChangedLines;
}

/** Reporters that describe the rules themselves. */
export const NEEDS_RULES = new Set(['github', 'sarif']);

const SUMMARY: Record<Lang, { error: string; warning: string; info: string; none: string }> = {
  nl: { error: 'fout(en)', warning: 'waarschuwing(en)', info: 'informatief', none: 'geen meldingen' },
  en: { error: 'error(s)', warning: 'warning(s)', info: 'info', none: 'no issues found' },
};

/** vfile-reporter's closing count line, replaced by one in the run's language. */
function withSummary(text: string, files: VFile[], lang: Lang): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes (ESC)
  if (lines.length && /^(\S+ )?\d+ (errors?|warnings?|infos?|messages?)\b/.test(lines[lines.length - 1].replace(/\x1b\[[0-9;]*m/g, ''))) lines.pop();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const message of files.flatMap((file) => file.messages)) counts[levelOf(message)]++;
  const words = SUMMARY[lang];
  const parts = (['error', 'warning', 'info'] as const).filter((level) => counts[level] > 0).map((level) => `${counts[level]} ${words[level]}`);
  const summary = parts.length ? `${counts.error ? '✖' : '⚠'} ${parts.join(', ')}` : '';
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  return [...lines, ...(summary ? ['', summary] : [])].join('\n').replace(/^\n+/, '');
}

export type Reporter = (files: VFile[], context: ReportContext) => string;

export const REPORTERS: Record<string, Reporter> = {
  pretty: (files, { quiet, color, lang }) => withSummary(prettyReporter(files.map(printableFile), { quiet, color, defaultName: '<stdin>' }), files, lang),
  json: (files, { quiet }) => jsonReporter(files, { quiet }),
  github: githubReporter,
  sarif: sarifReporter,
  junit: junitReporter,
};
