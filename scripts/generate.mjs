// Writes the files generated from the rule metadata (rules/index.ts,
// src/rule-kit/rule-ids.ts, each rule docs page's table, the README's rule
// table, schemas/config.schema.json) from rules/*.ts themselves, in one pass:
// esbuild bundles every rule file with the generator, so neither dist/ nor
// rules/index.ts has to be up to date. A second run writes nothing.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = process.cwd();
const ids = readdirSync(path.join(root, 'rules'))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.slice(0, -3))
  .sort();
const entry = [
  "export { generatedFiles } from './src/rule-kit/generated-docs.ts';",
  ...ids.map((id, index) => `import rule${index} from './rules/${id}.ts';`),
  `export const rules = [${ids.map((_, index) => `rule${index}`).join(', ')}];`,
].join('\n');

// In node_modules/.cache, so that the packages the rules import resolve from the repository.
const folder = path.join(root, 'node_modules/.cache/algoritmekader-lint-generate');
const loader = path.join(folder, `rules-${process.pid}.mjs`);
mkdirSync(folder, { recursive: true });
await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'generate-entry.ts' },
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20.18',
  outfile: loader,
  logLevel: 'warning',
});
let generated;
try {
  const { generatedFiles, rules } = await import(pathToFileURL(loader).href);
  generated = generatedFiles(root, rules);
} finally {
  rmSync(loader, { force: true });
}

for (const [file, text] of generated) {
  const absolute = path.join(root, file);
  let current;
  try {
    current = readFileSync(absolute, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== text) {
    writeFileSync(absolute, text);
    console.log(`generated ${file}`);
  }
}
