/**
 * Site markers: HTML comments that the site's build hooks replace
 * (`<!-- tags -->`, `<!-- list_maatregelen vereiste/<name> … -->`). Found in
 * every HTML node of the page, inside admonitions too, with exact offsets
 * and the `##` section they stand in.
 */
import type { Root } from 'mdast';
import { htmlOffsets } from './html-offsets.js';
import { headingText } from './mkdocs/anchors.js';
import { normalizeTitle } from './sections.js';
import { nodesOf } from './tree-nodes.js';

interface Marker {
  /** First word of the comment: `tags`, `list_maatregelen`, … */
  name: string;
  /** The words after the name. */
  args: string[];
  /** Offsets of the whole comment and of each argument in the file. */
  start: number;
  end: number;
  argOffsets: number[];
  /** Title of the `##` section the marker stands in ('' before the first). */
  section: string;
}

const COMMENT = /<!--([\s\S]*?)-->/g;

export function markersOf(tree: Root, source: string): Marker[] {
  const markers: Marker[] = [];
  const offsets = htmlOffsets(source);
  let section = '';
  for (const { node } of nodesOf(tree)) {
    if (node.type === 'heading' && node.depth === 2 && !node.data?.mkdocsIgnored) {
      section = normalizeTitle(headingText(node));
      continue;
    }
    if (node.type !== 'html') continue;
    const toOffset = offsets(node);
    for (const match of node.value.matchAll(COMMENT)) {
      const words = [...match[1].matchAll(/\S+/g)];
      if (words.length === 0) continue;
      const at = match.index ?? 0;
      markers.push({
        name: words[0][0],
        args: words.slice(1).map((word) => word[0]),
        start: toOffset(at),
        end: toOffset(at + match[0].length),
        argOffsets: words.slice(1).map((word) => toOffset(at + 4 + (word.index ?? 0))),
        section,
      });
    }
  }
  return markers;
}
