/**
 * attr_list: `## Kop { #eigen-id .klasse data-search-exclude }`. The braces
 * are not part of the heading text; `#id` replaces the generated anchor.
 */
import type { Root } from 'mdast';
import { eachNode } from '../tree-nodes.js';

interface AttrList {
  id?: string;
  classes: string[];
  attributes: Record<string, string>;
}

declare module 'mdast' {
  interface HeadingData {
    /** Parsed `{ … }` tail, when the heading has one. */
    attrList?: AttrList;
    /** Indented ATX heading: a heading to CommonMark, plain text to Python-Markdown. */
    mkdocsIgnored?: boolean;
  }
}

/**
 * Python-Markdown's header form, `[ ]+\{:?([^}\n]*)\}[ ]*$`: at least one
 * space, then `{…}` at the end of the line; the leftmost such match. Found by
 * scanning, in linear time (the regular expression retries from every space).
 */
function headingTail(text: string): { index: number; inside: string } | undefined {
  let end = text.length;
  while (end > 0 && text[end - 1] === ' ') end--;
  const close = end - 1;
  if (text[close] !== '}') return undefined;
  // The inside holds no `}` and no newline: the tail starts after the last of either.
  const from = Math.max(text.lastIndexOf('}', close - 1), text.lastIndexOf('\n', close - 1)) + 1;
  for (let brace = text.indexOf('{', from); brace !== -1 && brace < close; brace = text.indexOf('{', brace + 1)) {
    if (brace - 1 < from || text[brace - 1] !== ' ') continue;
    let index = brace - 1;
    while (index - 1 >= from && text[index - 1] === ' ') index--;
    const open = text[brace + 1] === ':' ? brace + 2 : brace + 1;
    return { index, inside: text.slice(Math.min(open, close), close) };
  }
  return undefined;
}
const ATTR_TOKEN = /(?:#([^\s"'=]+))|(?:\.([^\s"'=]+))|(?:([^\s"'=]+)=(?:"([^"]*)"|'([^']*)'|(\S*)))|([^\s"'=]+)/g;

function parseAttrList(inside: string): AttrList {
  const result: AttrList = { classes: [], attributes: {} };
  for (const match of inside.matchAll(ATTR_TOKEN)) {
    if (match[1] !== undefined) result.id = match[1];
    else if (match[2] !== undefined) result.classes.push(match[2]);
    else if (match[3] !== undefined) {
      const value = match[4] ?? match[5] ?? match[6] ?? '';
      if (match[3] === 'id') result.id = value;
      else result.attributes[match[3]] = value;
    } else if (match[7] !== undefined) result.attributes[match[7]] = '';
  }
  return result;
}

/** Strip attr_list tails off headings and mark headings Python-Markdown would not see. */
export function transformHeadings(tree: Root): void {
  eachNode(tree, (heading, parent) => {
    if (heading.type !== 'heading') return;
    if (parent?.type === 'root' && (heading.position?.start.column ?? 1) > 1) {
      heading.data = { ...heading.data, mkdocsIgnored: true };
    }
    const last = heading.children[heading.children.length - 1];
    if (last?.type !== 'text') return;
    const tail = headingTail(last.value);
    if (!tail) return;
    const attrList = parseAttrList(tail.inside);
    const removed = last.value.length - tail.index;
    last.value = last.value.slice(0, tail.index);
    if (last.position) {
      last.position.end = {
        line: last.position.end.line,
        column: last.position.end.column - removed,
        offset: last.position.end.offset === undefined ? undefined : last.position.end.offset - removed,
      };
    }
    if (last.value === '') heading.children.pop();
    heading.data = { ...heading.data, attrList };
  });
}
