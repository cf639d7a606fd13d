/** The ids the site generates on a page: heading slugs, attr_list ids, raw HTML ids, footnotes. */
import type { Heading, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { nodesOf } from '../tree-nodes.js';
import { slugify, uniqueId } from './slug.js';

export interface HeadingInfo {
  depth: number;
  /** Text as the site shows it (attr_list tail removed). */
  text: string;
  anchor: string;
  node: Heading;
}

interface PageAnchors {
  anchors: Set<string>;
  headings: HeadingInfo[];
}

const HTML_ID = /\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

export function headingText(heading: Heading): string {
  return textOf(heading, { includeHtml: false });
}

export function collectAnchors(tree: Root): PageAnchors {
  const used = new Set<string>();
  const headings: Heading[] = [];
  for (const { node } of nodesOf(tree)) {
    switch (node.type) {
      case 'heading':
        if (node.data?.mkdocsIgnored) break;
        headings.push(node);
        if (node.data?.attrList?.id) used.add(node.data.attrList.id);
        break;
      case 'html':
        for (const match of node.value.matchAll(HTML_ID)) used.add(match[1] ?? match[2]);
        break;
      case 'footnoteDefinition':
        used.add(`fn:${node.label ?? node.identifier}`);
        break;
      case 'footnoteReference':
        used.add(`fnref:${node.label ?? node.identifier}`);
        break;
      default:
        break;
    }
  }
  const infos = headings.map((node): HeadingInfo => {
    const text = headingText(node);
    const explicit = node.data?.attrList?.id;
    return { depth: node.depth, text, anchor: explicit ?? uniqueId(slugify(text), used), node };
  });
  return { anchors: used, headings: infos };
}
