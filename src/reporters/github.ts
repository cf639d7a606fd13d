/**
 * GitHub Actions: workflow commands (`::error file=…,line=…::message`) put
 * each finding on its line in the pull request; a Markdown summary (per rule
 * and per file, with links to the rule docs) goes to $GITHUB_STEP_SUMMARY.
 */
import { appendFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import type { RuleMeta } from '../rule-kit/define-rule.js';
import { format, type Lang } from '../rule-kit/i18n.js';
import { type FlatMessage, flatten } from './messages.js';
import { printable, tableCell } from './printable.js';

/** Escaping of workflow command data and properties, as the Actions toolkit does it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function workflowCommands(messages: FlatMessage[]): string {
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
    rule: 'regel',
    file: 'bestand',
    errors: 'fouten',
    warnings: 'waarschuwingen',
    info: 'info',
    what: 'wat',
  },
  en: {
    clean: '✅ {files} pages checked, no issues.',
    counts: '{files} pages checked: **{error}** errors, **{warning}** warnings, {info} info.',
    rule: 'rule',
    file: 'file',
    errors: 'errors',
    warnings: 'warnings',
    info: 'info',
    what: 'what',
  },
};

export function summary(messages: FlatMessage[], fileCount: number, rules: Array<RuleMeta<string>>, lang: Lang = 'nl'): string {
  const count = (level: string) => messages.filter((message) => message.level === level).length;
  const words = WORDS[lang];
  const lines = [
    '## algoritmekader-lint',
    '',
    format(messages.length === 0 ? words.clean : words.counts, { files: fileCount, error: count('error'), warning: count('warning'), info: count('info') }),
  ];
  if (messages.length === 0) return `${lines.join('\n')}\n`;
  const byRule = new Map<string, FlatMessage[]>();
  const byFile = new Map<string, FlatMessage[]>();
  for (const message of messages) {
    byRule.set(message.ruleId, [...(byRule.get(message.ruleId) ?? []), message]);
    byFile.set(message.file, [...(byFile.get(message.file) ?? []), message]);
  }
  const describe = new Map(rules.map((rule) => [rule.id, rule.description[lang]]));
  lines.push('', `| ${words.rule} | ${words.errors} | ${words.warnings} | ${words.info} | ${words.what} |`, '| --- | ---: | ---: | ---: | --- |');
  for (const [ruleId, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    const link = list[0].url ? `[\`${ruleId}\`](${list[0].url})` : `\`${ruleId}\``;
    const of = (level: string) => list.filter((message) => message.level === level).length;
    lines.push(`| ${link} | ${of('error')} | ${of('warning')} | ${of('info')} | ${tableCell(describe.get(ruleId) ?? '')} |`);
  }
  lines.push('', `| ${words.file} | ${words.errors} | ${words.warnings} | ${words.info} |`, '| --- | ---: | ---: | ---: |');
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const of = (level: string) => list.filter((message) => message.level === level).length;
    lines.push(`| \`${tableCell(file)}\` | ${of('error')} | ${of('warning')} | ${of('info')} |`);
  }
  return `${lines.join('\n')}\n`;
}

export function githubReporter(files: VFile[], context: { base: string; env: NodeJS.ProcessEnv; rules: Array<RuleMeta<string>>; lang: Lang }): string {
  const messages = flatten(files, context.env.GITHUB_WORKSPACE ?? context.base);
  const summaryFile = context.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) appendFileSync(summaryFile, summary(messages, files.length, context.rules, context.lang));
  return workflowCommands(messages);
}
