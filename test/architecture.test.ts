/** The code stays readable: no function in src/ or rules/ over 80 lines; generated files are up to date. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
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
  it('every package, dev dependencies included, runs on the oldest Node we support (npm ci there: no EBADENGINE)', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const oldest = semver.minVersion(manifest.engines.node)!.version;
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } }>;
    };
    // The README and CONTRIBUTING name the same floor.
    for (const file of ['README.md', 'CONTRIBUTING.md']) expect(readFileSync(path.join(ROOT, file), 'utf8'), file).toContain(`Node ${oldest} or later`);
    const refusing = Object.entries(lock.packages)
      .filter(([name, entry]) => name && entry.engines?.node && !semver.satisfies(oldest, entry.engines.node))
      .map(([name, entry]) => `${name} (${entry.engines!.node})`);
    expect(refusing).toEqual([]);
  });

  it('an install resolves without our overrides (npm applies them only here): none touches a production package', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { overrides?: Record<string, string> };
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const production = Object.entries(lock.packages).filter(([name, entry]) => name && !entry.dev);
    const overridden = Object.keys(manifest.overrides ?? {});
    expect(production.filter(([name]) => overridden.some((override) => name.endsWith(`node_modules/${override}`))).map(([name]) => name)).toEqual([]);
  });
});

describe('the committed bundle', () => {
  it('names its chunks after what they hold, not a hash of their text (an edit rewrites only the chunks it changes)', () => {
    const chunks = globSync('bundle/chunks/*', { cwd: ROOT });
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.filter((file) => /-[A-Z0-9]{8}\.mjs/.test(file))).toEqual([]);
  });
});

describe('imports', () => {
  it('no run-time import cycle in src/ or rules/ (type-only imports do not count; madge --circular on dist/ agrees)', async () => {
    const sources = globSync(['src/**/*.ts', 'rules/**/*.ts'], { cwd: ROOT });
    // esbuild drops the imports TypeScript erases, so its graph is the one Node loads.
    const { metafile } = await build({
      entryPoints: sources,
      absWorkingDir: ROOT,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      write: false,
      outdir: 'out',
      metafile: true,
      logLevel: 'silent',
    });
    const graph = new Map(
      Object.entries(metafile.inputs).map(([file, input]) => [
        file,
        input.imports.filter((entry) => entry.kind === 'import-statement' && !entry.external).map((entry) => entry.path),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') return void cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles).toEqual([]);
  });
});
