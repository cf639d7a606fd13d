/**
 * `npm run generate` in one pass: a new rule file is enough (no build, no
 * second run) for rules/index.ts, the rule ids, its docs page, the README
 * row and the configuration schema; a second run writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/rule-docs.js';

const copy = mkdtempSync(path.join(os.tmpdir(), 'ak-generate-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const NEW_RULE = `import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'zz-example-rule',
    severity: 'warn',
    description: { nl: 'Een voorbeeldregel.', en: 'An example rule.' },
    messages: { example: { nl: 'Een voorbeeld in {thisKind}: {count}.', en: 'An example in {thisKind}: {count}.' } },
  },
  ({ report }) => report('example', undefined, { count: 1 }),
);
`;

const generate = () => execFileSync(process.execPath, [path.join(copy, 'scripts/generate.mjs')], { cwd: copy, encoding: 'utf8' });

describe('npm run generate', () => {
  it('takes a new rule from rules/*.ts in one run, and a second run changes nothing', () => {
    for (const part of ['src', 'rules', 'docs', 'schemas', 'scripts', 'README.md', 'package.json'])
      cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    expect(generate()).toBe('');
    writeFileSync(path.join(copy, 'rules/zz-example-rule.ts'), NEW_RULE);

    const written = generate().trim().split('\n').sort();
    expect(written).toEqual(
      ['README.md', 'docs/rules/zz-example-rule.md', 'rules/index.ts', 'schemas/config.schema.json', 'src/rule-kit/rule-ids.ts'].map(
        (file) => `generated ${file}`,
      ),
    );
    const read = (file: string) => readFileSync(path.join(copy, file), 'utf8');
    expect(read('rules/index.ts')).toContain("import zzExampleRule from './zz-example-rule.js';");
    expect(read('src/rule-kit/rule-ids.ts')).toContain("'zz-example-rule',");
    expect(read('README.md')).toContain('| [`zz-example-rule`](docs/rules/zz-example-rule.md) | warn |  | An example rule. |');
    expect(JSON.parse(read('schemas/config.schema.json')).$defs.rules.properties).toHaveProperty('zz-example-rule');
    const page = read('docs/rules/zz-example-rule.md');
    expect(page).toMatch(/^# zz-example-rule\n\nEen voorbeeldregel\.\n\n<!-- generated from the rule metadata/);
    expect(page).toContain('| Meldingen | `example` |');
    expect(page).toContain('### ✗ Fout');

    expect(generate()).toBe('');
  });
});
