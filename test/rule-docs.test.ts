import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { ROOT, readExamples, runExample, SAMPLE } from './helpers/rule-docs.js';

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

describe('rule cases beyond the docs', async () => {
  const { RULE_CASES } = await import('./rule-cases.js');
  const { runCase, shown } = await import('./helpers/rule-tester.js');
  for (const entry of RULE_CASES) {
    it(`${entry.rule}: ${entry.name}`, async () => {
      const { messages, output } = await runCase(entry.rule, entry.test);
      const actual = messages.map((message) => {
        const [at] = shown(message).split(' ');
        return { messageId: message.messageId, at, expected: message.expected, reason: message.reason };
      });
      expect(actual.map((message) => message.messageId)).toEqual(entry.errors.map((error) => error.messageId));
      entry.errors.forEach((error, index) => {
        if (error.at) expect(actual[index].at, actual[index].reason).toBe(error.at);
        if (error.expected) expect(actual[index].expected).toEqual(error.expected);
        if (error.says) expect(actual[index].reason).toContain(error.says);
      });
      if (entry.output !== undefined) expect(output).toBe(entry.output);
    });
  }
});

describe('urn-change over a git history', async () => {
  const { URN_CHANGE_CASES } = await import('./rule-cases.js');
  const { gitCopy } = await import('./helpers/git-repo.js');
  const { producedIds } = await import('./helpers/rule-tester.js');
  const { lint } = await import('../src/run/engine.js');
  for (const entry of URN_CHANGE_CASES) {
    it(entry.name, async () => {
      const repo = gitCopy(SAMPLE);
      try {
        entry.change(repo);
        const { files } = await lint({ cwd: repo.root, changedSince: 'HEAD', only: ['urn-change'] });
        const messages = files.filter((file) => file.path === entry.file).flatMap((file) => file.messages);
        for (const message of messages) producedIds.add(`urn-change:${message.messageId}`);
        expect(messages.map((message) => message.messageId)).toEqual([entry.messageId]);
        expect(messages[0].reason).toContain(entry.says);
      } finally {
        repo.cleanup();
      }
    });
  }
});

describe('every message id of every rule is produced by a test', () => {
  it('docs examples and rule cases together cover them all', async () => {
    const { producedIds } = await import('./helpers/rule-tester.js');
    const missing = rules.flatMap((rule) => Object.keys(rule.meta.messages).map((id) => `${rule.meta.id}:${id}`)).filter((id) => !producedIds.has(id));
    expect(missing).toEqual([]);
  });
});
