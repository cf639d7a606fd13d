import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { ROOT, readExamples, runExample } from './helpers/rule-docs.js';

const DOCS = path.join(ROOT, 'docs/rules');

describe('every rule has a docs page with ✗ and ✓ examples', () => {
  for (const rule of rules) {
    it(`${rule.meta.id}`, () => {
      const doc = path.join(DOCS, `${rule.meta.id}.md`);
      expect(existsSync(doc), `docs/rules/${rule.meta.id}.md`).toBe(true);
      const examples = readExamples(doc);
      expect(
        examples.some((example) => example.expected.length > 0),
        'a ✗ example',
      ).toBe(true);
      expect(
        examples.some((example) => example.expected.length === 0),
        'a ✓ example',
      ).toBe(true);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      for (const message of Object.values(rule.meta.messages)) {
        expect(message.nl.length).toBeGreaterThan(10);
        expect(message.en.length).toBeGreaterThan(10);
      }
    });
  }

  it('has no docs page for a rule that does not exist', () => {
    const ids = new Set(rules.map((rule) => rule.meta.id));
    for (const name of readdirSync(DOCS)) expect(ids.has(path.basename(name, '.md')), name).toBe(true);
  });
});

describe('rule docs examples are executed', () => {
  for (const rule of rules) {
    const doc = path.join(DOCS, `${rule.meta.id}.md`);
    if (!existsSync(doc)) continue;
    for (const example of readExamples(doc)) {
      it(`${rule.meta.id}: example at docs line ${example.line} (${example.expected.length ? '✗' : '✓'})`, async () => {
        expect(await runExample(rule.meta.id, example)).toEqual(example.expected);
      });
    }
  }
});

describe('severities', () => {
  it('vereiste-unreferenced reports information, not a warning, when switched on', async () => {
    const { lint } = await import('../src/run/engine.js');
    const { SAMPLE } = await import('./helpers/rule-docs.js');
    const { files } = await lint({ cwd: SAMPLE, rules: { 'vereiste-unreferenced': 'warn' } });
    const messages = files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'vereiste-unreferenced'));
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((message) => message.fatal === undefined)).toBe(true);
  });
});
