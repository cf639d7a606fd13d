// The floor: Node start, reading and parsing every page with exactly our
// parser set-up (frontmatter, mkdocs blocks, tables, footnotes, task lists),
// no rules. With --frontmatter, each page's YAML frontmatter is read too, as
// the model reads it (positions kept), so the bench shows what YAML adds.
// Usage: node bench/floor.js <repository root> [--frontmatter]
import path from 'node:path';
import { resolveConfig } from '../dist/src/config/config.js';
import { readFrontmatter } from '../dist/src/parsing/frontmatter.js';
import { parsePage } from '../dist/src/parsing/parser.js';
import { Repository } from '../dist/src/repository/repository.js';
import { readPageSource } from '../dist/src/repository/source.js';

const root = path.resolve(process.argv[2] ?? '.');
const withFrontmatter = process.argv.includes('--frontmatter');
const repository = new Repository(root, resolveConfig());
let nodes = 0;
for (const file of repository.pagePaths()) {
  const { value } = readPageSource(file, repository.root);
  const tree = parsePage(value);
  nodes += tree.children.length;
  if (withFrontmatter) nodes += Object.keys(readFrontmatter(tree, value).data).length;
}
if (nodes === 0) process.exitCode = 1;
