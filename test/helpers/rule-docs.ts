/**
 * Rule docs are executable: each `markdown example path="…"` block is a page
 * placed in the sample repository, and the `text expected` block after it
 * lists the rule's messages on that page (`line:column-line:column message`).
 * A ✓ example has no expected block: the rule must say nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { lint } from '../../src/engine.js';
import { parsePage } from '../../src/parser.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SAMPLE = path.join(ROOT, 'fixtures/sample');

export interface DocExample {
  /** Docs-relative path of the page in the sample repository. */
  pagePath: string;
  source: string;
  expected: string[];
  line: number;
  lang: 'nl' | 'en';
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
    const next = codes[index + 1];
    const hasExpected = next?.lang === 'text' && /\bexpected\b/.test(next.meta ?? '');
    examples.push({
      pagePath,
      source: `${node.value}\n`,
      expected: hasExpected ? next.value.split('\n').filter(Boolean) : [],
      line: node.position?.start.line ?? 0,
      lang: /\blang="en"/.test(meta) ? 'en' : 'nl',
    });
  });
  return examples;
}

/** The rule's messages on the example page, formatted as in the docs. */
export async function runExample(ruleId: string, example: DocExample): Promise<string[]> {
  const file = path.join(SAMPLE, 'docs', example.pagePath);
  const { files } = await lint({
    cwd: SAMPLE,
    root: SAMPLE,
    paths: [file],
    overrides: { [file]: example.source },
    lang: example.lang,
    rules: { [ruleId]: 'warn' },
  });
  const page = files.find((candidate) => path.resolve(SAMPLE, candidate.path) === file);
  return (page?.messages ?? [])
    .filter((message) => message.ruleId === ruleId)
    .map((message) => {
      const place = message.place && 'start' in message.place ? message.place : undefined;
      const where = place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : `${message.line ?? 1}:${message.column ?? 1}`;
      return `${where} ${message.reason}`;
    });
}
