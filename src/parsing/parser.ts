/**
 * The parser set-up shared by the CLI, remark-cli and the language server:
 * CommonMark plus exactly the syntax the mkdocs site renders.
 */
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import type { Plugin, Processor } from 'unified';
import { unified } from 'unified';
import { transformHeadings } from './mkdocs/attr-list.js';
import { admonitionFromMarkdown } from './mkdocs/mdast-blocks.js';
import { mkdocsBlocks } from './mkdocs/micromark-blocks.js';

declare module 'mdast' {
  interface RootData {
    mkdocsPrepared?: boolean;
  }
}

/**
 * Syntax of Python-Markdown as configured for the site: tables, footnotes,
 * task lists (not autolink literals, not strikethrough), admonitions,
 * collapsibles and tabs, attr_list on headings.
 */
export const remarkMkdocs: Plugin<[], Root> = function (this: Processor) {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), gfmTable(), gfmFootnote(), gfmTaskListItem(), mkdocsBlocks()];
  data.fromMarkdownExtensions = [
    ...(data.fromMarkdownExtensions ?? []),
    gfmTableFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    admonitionFromMarkdown(),
  ];
  return prepareTree;
};

/** Tree fix-ups after parsing; idempotent, so the engine and the preset can both call it. */
export function prepareTree(tree: Root): void {
  if (tree.data?.mkdocsPrepared) return;
  transformHeadings(tree);
  tree.data = { ...tree.data, mkdocsPrepared: true };
}

export function createParser() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMkdocs);
}

const sharedParser = createParser();

/** Parse a page with the shared set-up and prepare the tree. */
export function parsePage(value: string): Root {
  const tree = sharedParser.parse(value);
  prepareTree(tree);
  return tree;
}
