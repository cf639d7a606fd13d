/**
 * GitHub Actions: workflow commands (`::error file=…,line=…::message`) put
 * each finding on its line in the pull request; a Markdown summary (per rule
 * and per file, with links to the rule docs) goes to $GITHUB_STEP_SUMMARY.
 */
import { appendFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import type { RuleMeta } from '../rule-kit/define-rule.js';
import { type FlatMessage, flatten } from './messages.js';

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
        `file=${escapeProperty(message.file)}`,
        `line=${message.line}`,
        `col=${message.column}`,
        message.endLine ? `endLine=${message.endLine}` : '',
        message.endColumn && message.endLine === message.line ? `endColumn=${message.endColumn}` : '',
        `title=${escapeProperty(`algoritmekader-lint: ${message.ruleId}`)}`,
      ].filter(Boolean);
      return `::${COMMAND[message.level]} ${properties.join(',')}::${escapeData(message.reason)}`;
    })
    .join('\n');
}

export function summary(messages: FlatMessage[], fileCount: number, rules: Array<RuleMeta<string>>): string {
  const count = (level: string) => messages.filter((message) => message.level === level).length;
  const lines = [
    '## algoritmekader-lint',
    '',
    messages.length === 0
      ? `✅ ${fileCount} pagina's gecontroleerd, geen meldingen.`
      : `${fileCount} pagina's gecontroleerd: **${count('error')}** fouten, **${count('warning')}** waarschuwingen, ${count('info')} informatief.`,
  ];
  if (messages.length === 0) return `${lines.join('\n')}\n`;
  const byRule = new Map<string, FlatMessage[]>();
  const byFile = new Map<string, FlatMessage[]>();
  for (const message of messages) {
    byRule.set(message.ruleId, [...(byRule.get(message.ruleId) ?? []), message]);
    byFile.set(message.file, [...(byFile.get(message.file) ?? []), message]);
  }
  const describe = new Map(rules.map((rule) => [rule.id, rule.description.nl]));
  lines.push('', '| regel | fouten | waarschuwingen | info | wat |', '| --- | ---: | ---: | ---: | --- |');
  for (const [ruleId, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    const link = list[0].url ? `[\`${ruleId}\`](${list[0].url})` : `\`${ruleId}\``;
    const of = (level: string) => list.filter((message) => message.level === level).length;
    lines.push(`| ${link} | ${of('error')} | ${of('warning')} | ${of('info')} | ${(describe.get(ruleId) ?? '').replace(/\|/g, '\\|')} |`);
  }
  lines.push('', '| bestand | fouten | waarschuwingen | info |', '| --- | ---: | ---: | ---: |');
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const of = (level: string) => list.filter((message) => message.level === level).length;
    lines.push(`| \`${file}\` | ${of('error')} | ${of('warning')} | ${of('info')} |`);
  }
  return `${lines.join('\n')}\n`;
}

export function githubReporter(files: VFile[], context: { base: string; env: NodeJS.ProcessEnv; rules: Array<RuleMeta<string>> }): string {
  const messages = flatten(files, context.env.GITHUB_WORKSPACE ?? context.base);
  const summaryFile = context.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) appendFileSync(summaryFile, summary(messages, files.length, context.rules));
  return workflowCommands(messages);
}
