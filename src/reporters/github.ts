/**
 * GitHub Actions: workflow commands (`::error file=…,line=…::message`) put
 * each finding on its line in the pull request; a Markdown summary (per rule
 * and per file, with links to the rule docs) goes to $GITHUB_STEP_SUMMARY.
 */
import { appendFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import type { RuleMeta } from '../rule-kit/define-rule.js';
import { format, type Lang } from '../rule-kit/i18n.js';
import { type HiddenFindings, hiddenLines } from './hidden.js';
import { type FlatMessage, flatten, LEVEL_WORDS } from './messages.js';
import { markdownText, printable } from './printable.js';

/** Escaping of workflow command data and properties, as the Actions toolkit does it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;
const LEVELS = ['error', 'warning', 'info'] as const;

/** GitHub shows at most 10 annotations of each kind per step (and 50 per job); the rest are dropped. */
export const ANNOTATIONS_PER_KIND = 10;

/** Changed line ranges ([first, last]) by absolute path, from `--changed-since`. */
export type ChangedLines = Map<string, Array<[number, number]>>;

function onChangedLine(message: FlatMessage, changed: ChangedLines | undefined): boolean {
  const ranges = changed?.get(message.absolute);
  return ranges?.some(([first, last]) => message.line >= first && message.line <= last) ?? false;
}

/** The annotations GitHub will show: per kind, findings on changed lines first, then by file and line. */
export function selectAnnotations(messages: FlatMessage[], changed?: ChangedLines): FlatMessage[] {
  return LEVELS.flatMap((level) =>
    messages
      .filter((message) => message.level === level)
      .map((message) => ({ message, rank: onChangedLine(message, changed) ? 0 : 1 }))
      .sort((a, b) => a.rank - b.rank || a.message.file.localeCompare(b.message.file) || a.message.line - b.message.line || a.message.column - b.message.column)
      .slice(0, ANNOTATIONS_PER_KIND)
      .map(({ message }) => message),
  );
}

function workflowCommands(messages: FlatMessage[]): string {
  return messages
    .map((message) => {
      const properties = [
        `file=${escapeProperty(printable(message.file))}`,
        `line=${message.line}`,
        `col=${message.column}`,
        message.endLine ? `endLine=${message.endLine}` : '',
        message.endColumn && message.endLine === message.line ? `endColumn=${message.endColumn}` : '',
        `title=${escapeProperty(`algoritmekader-lint: ${message.ruleId}`)}`,
      ].filter(Boolean);
      return `::${COMMAND[message.level]} ${properties.join(',')}::${escapeData(printable(message.reason))}`;
    })
    .join('\n');
}

const WORDS: Record<Lang, Record<string, string>> = {
  nl: {
    clean: "✅ {files} pagina's gecontroleerd, geen meldingen.",
    counts: "{files} pagina's gecontroleerd: **{error}** fouten, **{warning}** waarschuwingen, {info} informatief.",
    cut: '> [!NOTE]\n> GitHub toont per stap hoogstens {limit} annotaties van elke soort: {shown} van de {total} meldingen staan als annotatie bij de regels (fouten en gewijzigde regels eerst). Alle meldingen staan hieronder.',
    rule: 'regel',
    file: 'bestand',
    errors: 'fouten',
    warnings: 'waarschuwingen',
    info: 'info',
    what: 'wat',
    all: 'Alle meldingen',
    more: '… en nog {count} meldingen: zie het log van deze stap.',
  },
  en: {
    clean: '✅ {files} pages checked, no issues.',
    counts: '{files} pages checked: **{error}** errors, **{warning}** warnings, {info} info.',
    cut: '> [!NOTE]\n> GitHub shows at most {limit} annotations of each kind per step: {shown} of the {total} findings are annotated on their lines (errors and changed lines first). All findings are listed below.',
    rule: 'rule',
    file: 'file',
    errors: 'errors',
    warnings: 'warnings',
    info: 'info',
    what: 'what',
    all: 'All findings',
    more: '… and {count} more: see the log of this step.',
  },
};

/** Findings listed in the summary at most (GitHub takes 1 MiB of summary per step). */
const LISTED_AT_MOST = 1000;

function groupBy(messages: FlatMessage[], key: (message: FlatMessage) => string): Map<string, FlatMessage[]> {
  const groups = new Map<string, FlatMessage[]>();
  for (const message of messages) groups.set(key(message), [...(groups.get(key(message)) ?? []), message]);
  return groups;
}

function countTables(messages: FlatMessage[], rules: Array<RuleMeta<string>>, words: Record<string, string>, lang: Lang): string[] {
  const describe = new Map(rules.map((rule) => [rule.id, rule.description[lang]]));
  const of = (list: FlatMessage[], level: string) => list.filter((message) => message.level === level).length;
  const lines = ['', `| ${words.rule} | ${words.errors} | ${words.warnings} | ${words.info} | ${words.what} |`, '| --- | ---: | ---: | ---: | --- |'];
  for (const [ruleId, list] of [...groupBy(messages, (message) => message.ruleId)].sort((a, b) => b[1].length - a[1].length)) {
    const link = list[0].url ? `[\`${ruleId}\`](${list[0].url})` : `\`${ruleId}\``;
    lines.push(`| ${link} | ${of(list, 'error')} | ${of(list, 'warning')} | ${of(list, 'info')} | ${markdownText(describe.get(ruleId) ?? '')} |`);
  }
  lines.push('', `| ${words.file} | ${words.errors} | ${words.warnings} | ${words.info} |`, '| --- | ---: | ---: | ---: |');
  for (const [file, list] of [...groupBy(messages, (message) => message.file)].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| <code>${markdownText(file)}</code> | ${of(list, 'error')} | ${of(list, 'warning')} | ${of(list, 'info')} |`);
  }
  return lines;
}

/** Every finding, per file, each with a link to its line when the run is on GitHub. */
function findingList(messages: FlatMessage[], words: Record<string, string>, env: NodeJS.ProcessEnv, lang: Lang): string[] {
  const blob =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/` : undefined;
  const lines = ['', `### ${words.all}`];
  const listed = messages.slice(0, LISTED_AT_MOST);
  for (const [file, list] of [...groupBy(listed, (message) => message.file)].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push('', `<details><summary><code>${markdownText(file)}</code> (${list.length})</summary>`, '');
    for (const message of list.sort((a, b) => a.line - b.line || a.column - b.column)) {
      const place = `${message.line}:${message.column}`;
      const at = blob ? `[${place}](${blob}${encodeURI(message.file)}#L${message.line})` : place;
      lines.push(`- ${at} ${LEVEL_WORDS[lang][message.level]} <code>${message.ruleId}</code>: ${markdownText(message.reason)}`);
    }
    lines.push('', '</details>');
  }
  if (messages.length > listed.length) lines.push('', format(words.more, { count: messages.length - listed.length }));
  return lines;
}

export function summary(
  messages: FlatMessage[],
  fileCount: number,
  rules: Array<RuleMeta<string>>,
  lang: Lang = 'nl',
  annotated = messages.length,
  env: NodeJS.ProcessEnv = {},
  hidden?: HiddenFindings,
): string {
  const count = (level: string) => messages.filter((message) => message.level === level).length;
  const words = WORDS[lang];
  const lines = [
    '## algoritmekader-lint',
    '',
    format(messages.length === 0 ? words.clean : words.counts, { files: fileCount, error: count('error'), warning: count('warning'), info: count('info') }),
  ];
  for (const line of hiddenLines(hidden, lang)) lines.push('', line);
  if (messages.length === 0) return `${lines.join('\n')}\n`;
  if (annotated < messages.length) lines.push('', format(words.cut, { limit: ANNOTATIONS_PER_KIND, shown: annotated, total: messages.length }));
  lines.push(...countTables(messages, rules, words, lang), ...findingList(messages, words, env, lang));
  return `${lines.join('\n')}\n`;
}

export function githubReporter(
  files: VFile[],
  context: { base: string; env: NodeJS.ProcessEnv; rules: Array<RuleMeta<string>>; lang: Lang; changedLines?: ChangedLines; hidden?: HiddenFindings },
): string {
  const messages = flatten(files, context.env.GITHUB_WORKSPACE ?? context.base);
  const annotations = selectAnnotations(messages, context.changedLines);
  const summaryFile = context.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) appendFileSync(summaryFile, summary(messages, files.length, context.rules, context.lang, annotations.length, context.env, context.hidden));
  return workflowCommands(annotations);
}
