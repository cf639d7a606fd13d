/**
 * Rule docs are executable: each `markdown example path="…"` block is a page
 * placed in the sample repository, and the `text expected` block after it
 * lists the rule's messages on that page (`line:column-line:column message`).
 * A ✓ example has no expected block: the rule must say nothing.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import type { CheckResult } from '../../src/external/checker.js';
import { parsePage } from '../../src/parsing/parser.js';
import { lint } from '../../src/run/engine.js';
import { gitCopy } from './git-repo.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SAMPLE = path.join(ROOT, 'fixtures/sample');

/** A fresh copy of the sample repository in a temporary folder (`ak-<name>-…`); the caller removes it. */
export function copyOfSample(name: string): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), `ak-${name}-`));
  cpSync(SAMPLE, folder, { recursive: true });
  return folder;
}

export interface DocExample {
  /** Docs-relative path of the page in the sample repository. */
  pagePath: string;
  source: string;
  expected: string[];
  line: number;
  lang: 'nl' | 'en';
  /** `external="404"`, `external="301 https://nieuw"`, `external="429"`: how every external URL in the example answers. */
  external?: string;
  /** A `markdown before` block just above: the page at the git base (`--changed-since`). */
  before?: string;
  /** `rules="link-target"`: other rules that run too (for a rule about other rules' messages). */
  alsoRules?: string[];
}

export function readExamples(docFile: string): DocExample[] {
  const tree = parsePage(readFileSync(docFile, 'utf8'));
  const codes: Code[] = [];
  visit(tree, 'code', (node) => {
    codes.push(node);
  });
  const examples: DocExample[] = [];
  codes.forEach((node, index) => {
    const meta = node.meta ?? '';
    if (node.lang !== 'markdown' || !/\bexample\b/.test(meta)) return;
    const pagePath = /path="([^"]+)"/.exec(meta)?.[1];
    if (!pagePath) throw new Error(`${docFile}:${node.position?.start.line}: example without path="…"`);
    const previous = codes[index - 1];
    const before = previous?.lang === 'markdown' && /\bbefore\b/.test(previous.meta ?? '') ? `${previous.value}\n` : undefined;
    const next = codes[index + 1];
    const hasExpected = next?.lang === 'text' && /\bexpected\b/.test(next.meta ?? '');
    examples.push({
      pagePath,
      source: `${node.value}\n`,
      expected: hasExpected ? next.value.split('\n').filter(Boolean) : [],
      line: node.position?.start.line ?? 0,
      lang: /\blang="en"/.test(meta) ? 'en' : 'nl',
      external: /\bexternal="([^"]+)"/.exec(meta)?.[1],
      alsoRules: /\brules="([^"]+)"/.exec(meta)?.[1].split(/\s+/),
      before,
    });
  });
  return examples;
}

/** The rule's messages on the example page (in memory), formatted as in the docs. */
export async function runExample(ruleId: string, example: DocExample): Promise<string[]> {
  if (example.before !== undefined) return runChangeExample(ruleId, example, example.before);
  const { runCase, shown } = await import('./rule-tester.js');
  const { messages } = await runCase(ruleId, {
    page: example.pagePath,
    code: example.source,
    lang: example.lang,
    external: example.external ? answering(example.external) : undefined,
    alsoRules: example.alsoRules,
  });
  return messages.map(shown);
}

/** The example page committed as `before` in a git copy of the sample, then changed: `--changed-since HEAD`. */
async function runChangeExample(ruleId: string, example: DocExample, before: string): Promise<string[]> {
  const repo = gitCopy(SAMPLE);
  try {
    const file = path.join('docs', example.pagePath);
    repo.write(file, before);
    repo.git('-c', 'user.email=test@example.org', '-c', 'user.name=test', 'add', '-A');
    repo.git('-c', 'user.email=test@example.org', '-c', 'user.name=test', 'commit', '-q', '-m', 'before');
    repo.write(file, example.source);
    const { files } = await lint({ cwd: repo.root, changedSince: 'HEAD', lang: example.lang, only: [ruleId], rules: { [ruleId]: 'warn' } });
    const { producedIds, shown } = await import('./rule-tester.js');
    const messages = files.find((candidate) => candidate.path === file)?.messages ?? [];
    for (const message of messages) producedIds.add(`${ruleId}:${message.messageId}`);
    return messages.map(shown);
  } finally {
    repo.cleanup();
  }
}

/** Every URL answers as `spec` says: `404`, `301 <new url>`, `429`, `dns ENOTFOUND`, `200`. */
function answering(spec: string) {
  const [answer, detail] = spec.split(' ');
  return async (urls: string[]) =>
    new Map<string, CheckResult>(
      urls.map((url): [string, CheckResult] => {
        if (answer === '200') return [url, { url, ok: true, status: 200 }];
        if (answer === '301') return [url, { url, ok: true, status: 200, permanentRedirect: detail }];
        if (answer === '429') return [url, { url, ok: false, status: 429, kind: 'rate-limited' }];
        if (/^\d+$/.test(answer)) return [url, { url, ok: false, status: Number(answer), kind: 'http' }];
        return [url, { url, ok: false, kind: answer as CheckResult['kind'], detail }];
      }),
    );
}
