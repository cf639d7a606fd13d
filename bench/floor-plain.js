// The plain floor: Node start, reading and parsing every page with
// mdast-util-from-markdown and frontmatter only (no mkdocs extensions, tables,
// footnotes, no rules). Usage: node floor-plain.mjs <docs folder>
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';

const docs = path.resolve(process.argv[2] ?? 'docs');
let nodes = 0;
for (const entry of readdirSync(docs, { recursive: true })) {
  if (!String(entry).endsWith('.md')) continue;
  const text = readFileSync(path.join(docs, String(entry)), 'utf8');
  nodes += fromMarkdown(text, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] }).children.length;
}
if (nodes === 0) process.exitCode = 1;
