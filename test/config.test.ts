/** Configuration: a repository laid out or shaped differently is served by configuration alone. */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../src/run/engine.js';
import { copyOfSample } from './helpers/rule-docs.js';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

function sampleCopy() {
  root = copyOfSample('config');
  return root;
}

const rulesOn = async (cwd: string, file: string) =>
  (await lint({ cwd })).files.find((candidate) => candidate.path === file)?.messages.map((message) => message.ruleId) ?? [];

describe('configuration', () => {
  it('a repository schema replaces the built-in one', async () => {
    const repo = sampleCopy();
    const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', required: ['eigenaar'] };
    writeFileSync(path.join(repo, 'eigen.schema.json'), JSON.stringify(schema));
    writeFileSync(path.join(repo, '.algoritmekader-lint.yaml'), 'schemas:\n  maatregel: eigen.schema.json\n');
    const { files } = await lint({ cwd: repo });
    const reasons = files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'frontmatter-schema').map((message) => message.reason));
    expect(reasons.some((reason) => reason.includes('Verplicht veld `eigenaar`'))).toBe(true);
    expect(reasons.some((reason) => reason.includes('`bronnen`'))).toBe(false);
  });

  it('an invalid repository schema is a clear message, not a crash', async () => {
    const repo = sampleCopy();
    writeFileSync(path.join(repo, 'kapot.schema.json'), '{ "type": "geen-type" }');
    writeFileSync(path.join(repo, '.algoritmekader-lint.json'), JSON.stringify({ schemas: { maatregel: 'kapot.schema.json' } }));
    const { files } = await lint({ cwd: repo });
    const reasons = files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'frontmatter-schema').map((message) => message.reason));
    expect(reasons[0]).toMatch(/^Het schema `kapot\.schema\.json` voor maatregel uit de configuratie is ongeldig: /);
    expect(reasons.some((reason) => reason.startsWith('Interne fout'))).toBe(false);
  });

  it('another folder layout and docs_dir are followed', async () => {
    const repo = sampleCopy();
    renameSync(path.join(repo, 'docs'), path.join(repo, 'inhoud'));
    writeFileSync(path.join(repo, 'mkdocs.yml'), 'site_name: x\ndocs_dir: inhoud\n');
    renameSync(path.join(repo, 'inhoud/voldoen-aan-wetten-en-regels/maatregelen'), path.join(repo, 'inhoud/maatregelen'));
    writeFileSync(path.join(repo, '.algoritmekader-lint.json'), JSON.stringify({ kinds: { maatregel: { folder: 'maatregelen' } } }));
    expect(await rulesOn(repo, 'inhoud/maatregelen/7-mon-01-monitoren-werking.md')).toContain('sources-code-quoted');
  });

  it('rule severities and options come from the configuration', async () => {
    const repo = sampleCopy();
    writeFileSync(
      path.join(repo, '.algoritmekader-lint.json'),
      JSON.stringify({ rules: { 'sources-code-quoted': 'off', 'toelichting-max-words': ['warn', { max: 5 }] } }),
    );
    const rules = await rulesOn(repo, 'docs/voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md');
    expect(rules).not.toContain('sources-code-quoted');
    expect(rules).toContain('toelichting-max-words');
  });
});
