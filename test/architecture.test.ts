/** The code stays readable: no function in src/ or rules/ over 80 lines; generated files are up to date. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'glob';
import semver from 'semver';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/rule-docs.js';

const MAX_LINES = 80;

function longFunctions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.end).line;
      const name = (node as ts.FunctionDeclaration).name?.getText(source) ?? '(anonymous)';
      if (end - start + 1 > MAX_LINES) found.push(`${path.relative(ROOT, file)}:${start + 1} ${name} (${end - start + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('architecture', () => {
  it(`no function in src/ or rules/ is longer than ${MAX_LINES} lines`, () => {
    const files = globSync(['src/**/*.ts', 'rules/**/*.ts'], { cwd: ROOT, absolute: true });
    expect(files.length).toBeGreaterThan(40);
    expect(files.flatMap(longFunctions)).toEqual([]);
  });
});

describe('generated files', () => {
  it('rules/index.ts, the rule docs tables and the README rule table match the rule metadata (npm run generate)', async () => {
    const { generatedFiles } = await import('../src/rule-kit/generated-docs.js');
    const { rules } = await import('../rules/index.js');
    const stale = [...generatedFiles(ROOT, rules)].filter(([file, text]) => readFileSync(path.join(ROOT, file), 'utf8') !== text).map(([file]) => file);
    expect(stale).toEqual([]);
  });
});

describe('what an install takes', () => {
  it('every package the published package installs runs on the oldest Node we support (no EBADENGINE)', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const oldest = semver.minVersion(manifest.engines.node)!.version;
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; engines?: { node?: string } }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([name, entry]) => name && !entry.dev && entry.engines?.node && !semver.satisfies(oldest, entry.engines.node))
      .map(([name, entry]) => `${name} (${entry.engines!.node})`);
    expect(refusing).toEqual([]);
  });
});
