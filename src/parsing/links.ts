/**
 * Every link target on a page, as the site sees them: Markdown links, images
 * and reference definitions (inside admonitions too), raw HTML `href`/`src`,
 * and links with spaces in the destination, which Python-Markdown accepts
 * and CommonMark does not (`[Download](documenten/AIG v4.xlsx)`).
 */
import type { Root } from 'mdast';
import type { Position } from 'unist';
import { htmlLinks } from './html-links.js';
import { htmlOffsets } from './html-offsets.js';
import { nodesOf, oncePerTree } from './tree-nodes.js';

export interface Link {
  url: string;
  /** Markdown links are rewritten by mkdocs; raw HTML is left to the browser. */
  origin: 'markdown' | 'html';
  /** Offsets of the whole link in the page. */
  start: number;
  end: number;
  /** Offsets of the destination as written, when known exactly (for fixes). */
  urlStart?: number;
  urlEnd?: number;
}

/** The destination's place as written, when known exactly: what a fix replaces. */
export function urlPlace(link: Link, span: (start: number, end: number) => Position): Position | undefined {
  return link.urlStart !== undefined && link.urlEnd !== undefined ? span(link.urlStart, link.urlEnd) : undefined;
}

// Linear on hostile text: link text holds no `[`, and the destination is taken whole (its space checked after).
const SPACED_LINK = /(!?)\[([^[\]\n]*)\]\(([^()\n]*)\)/g;

/** The page's links, collected once per tree (the model and several rules ask). */
export const collectLinks = oncePerTree(gatherLinks);

function gatherLinks(tree: Root, source: string): Link[] {
  const links: Link[] = [];
  const offsets = htmlOffsets(source);
  const covered: Array<[number, number]> = [];
  const blocks: Array<[number, number]> = [];

  for (const { node } of nodesOf(tree)) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (node.type) {
      case 'link':
      case 'image': {
        covered.push([start, end]);
        const at = destinationOffset(source, start, end, node.url, '](');
        links.push({ url: node.url, origin: 'markdown', start, end, ...at });
        continue;
      }
      case 'definition': {
        const at = destinationOffset(source, start, end, node.url, ']:');
        links.push({ url: node.url, origin: 'markdown', start, end, ...at });
        continue;
      }
      case 'html': {
        if (!node.value.includes('=')) continue;
        const toOffset = offsets(node);
        for (const link of htmlLinks(node.value)) {
          links.push({
            url: link.url,
            origin: 'html',
            start: toOffset(link.tagStart),
            end: toOffset(link.tagEnd),
            urlStart: toOffset(link.valueStart),
            urlEnd: toOffset(link.valueEnd),
          });
        }
        continue;
      }
      case 'paragraph':
      case 'tableCell':
        if (source.slice(start, end).includes('](')) blocks.push([start, end]);
        continue;
      default:
        continue;
    }
  }
  // Python-Markdown takes `[text](a b.pdf)` as a link; CommonMark leaves it text.
  for (const [start, end] of blocks) {
    for (const match of source.slice(start, end).matchAll(SPACED_LINK)) {
      if (!/\s/.test(match[3])) continue; // no space: a link CommonMark already read
      const linkStart = start + (match.index ?? 0);
      if (covered.some(([from, to]) => linkStart >= from && linkStart < to)) continue;
      const urlStart = linkStart + match[1].length + match[2].length + 3;
      const destination = match[3].trim().replace(/\s+"[^"]*"$/, '');
      links.push({ url: destination, origin: 'markdown', start: linkStart, end: linkStart + match[0].length, urlStart, urlEnd: urlStart + destination.length });
    }
  }
  return links.sort((a, b) => a.start - b.start);
}

/** Where the destination is written, searched after the `](` or `]:` of the link. */
function destinationOffset(source: string, start: number, end: number, url: string, opener: string): { urlStart?: number; urlEnd?: number } {
  if (!url) return {};
  const text = source.slice(start, end);
  for (const form of [url, `<${url}>`]) {
    const index = text.indexOf(form, Math.max(0, text.indexOf(opener)));
    if (index !== -1) {
      const offset = start + index + (form === url ? 0 : 1);
      return { urlStart: offset, urlEnd: offset + url.length };
    }
  }
  return {};
}
