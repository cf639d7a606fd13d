/** SARIF 2.1.0 for code scanning: rules with help links, results with regions, fixes where we have them. */
import type { VFile } from 'vfile';
import { VERSION } from '../package-info.js';
import { DOCS_BASE, SOURCE } from '../rule-kit/constants.js';
import type { RuleMeta } from '../rule-kit/define-rule.js';
import type { Lang } from '../rule-kit/i18n.js';
import { flatten, type Level } from './messages.js';

const SARIF_LEVEL: Record<Level, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const DEFAULT_LEVEL = { error: 'error', warn: 'warning', off: 'none' } as const;

export function sarifReporter(files: VFile[], context: { base: string; rules: Array<RuleMeta<string>>; lang: Lang }): string {
  const { lang } = context;
  const rules = context.rules;
  const messages = flatten(files, context.base);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = messages.map((message) => {
    const region = {
      startLine: message.line,
      startColumn: message.column,
      ...(message.endLine ? { endLine: message.endLine, endColumn: message.endColumn } : {}),
    };
    const fix = message.message.fix;
    const result: Record<string, unknown> = {
      ruleId: message.ruleId,
      ...(ruleIndex.has(message.ruleId) ? { ruleIndex: ruleIndex.get(message.ruleId) } : {}),
      level: SARIF_LEVEL[message.level],
      message: { text: message.reason },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(message.file), uriBaseId: '%SRCROOT%' }, region } }],
    };
    if (fix) {
      result.fixes = [
        {
          description: { text: `${lang === 'nl' ? 'Vervang door' : 'Replace with'} ${JSON.stringify(fix.text)}` },
          artifactChanges: [
            {
              artifactLocation: { uri: encodeURI(message.file), uriBaseId: '%SRCROOT%' },
              replacements: [{ deletedRegion: { charOffset: fix.start, charLength: fix.end - fix.start }, insertedContent: { text: fix.text } }],
            },
          ],
        },
      ];
    }
    return result;
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: SOURCE,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: 'https://github.com/MinBZK/algoritmekader-lint',
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_whole, _dash, letter: string) => letter.toUpperCase()),
              shortDescription: { text: rule.description[lang] },
              fullDescription: { text: rule.description[lang] },
              helpUri: `${DOCS_BASE}${rule.id}.md`,
              help: { text: `${rule.description[lang]} ${lang === 'nl' ? 'Zie' : 'See'} docs/rules/${rule.id}.md.` },
              defaultConfiguration: { level: DEFAULT_LEVEL[rule.severity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${encodeURI(context.base.replace(/\\/g, '/'))}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
