/**
 * attr_list: `## Kop { #eigen-id .klasse data-search-exclude }`. The braces
 * are not part of the heading text; `#id` replaces the generated anchor.
 */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface AttrList {
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

/** Python-Markdown's header form: at least one space, then `{…}` at the end of the line. */
const HEADING_TAIL = /[ ]+\{:?([^}\n]*)\}[ ]*$/;
const ATTR_TOKEN = /(?:#([^\s"'=]+))|(?:\.([^\s"'=]+))|(?:([^\s"'=]+)=(?:"([^"]*)"|'([^']*)'|(\S*)))|([^\s"'=]+)/g;

export function parseAttrList(inside: string): AttrList {
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
  visit(tree, 'heading', (heading: Heading, _index, parent) => {
    if (parent?.type === 'root' && (heading.position?.start.column ?? 1) > 1) {
      heading.data = { ...heading.data, mkdocsIgnored: true };
    }
    const last = heading.children[heading.children.length - 1];
    if (last?.type !== 'text') return;
    const match = HEADING_TAIL.exec(last.value);
    if (!match) return;
    const attrList = parseAttrList(match[1]);
    last.value = last.value.slice(0, match.index);
    if (last.position) {
      const removed = match[0].length;
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
