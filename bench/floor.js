// The floor: Node start, reading and parsing every page with exactly our
// parser set-up (frontmatter, mkdocs blocks, tables, footnotes, task lists),
// no rules. Usage: node bench/floor.js <repository root>
import path from 'node:path';
import { resolveConfig } from '../dist/src/config/config.js';
import { parsePage } from '../dist/src/parsing/parser.js';
import { Repository } from '../dist/src/repository/repository.js';
import { readPageSource } from '../dist/src/repository/source.js';

const root = path.resolve(process.argv[2] ?? '.');
const repository = new Repository(root, resolveConfig());
let nodes = 0;
for (const file of repository.pagePaths()) nodes += parsePage(readPageSource(file, repository.root).value).children.length;
if (nodes === 0) process.exitCode = 1;
