/**
 * YAML frontmatter with positions. Parsed once per page with the `yaml`
 * package in YAML 1.1 mode (what the site's PyYAML reads), keeping the
 * document so rules can point at the exact key or value.
 */
import type { Root, Yaml } from 'mdast';
import type { Point, Position } from 'unist';
import { location } from 'vfile-location';
import { type Document, isMap, isScalar, isSeq, type Pair, parseDocument, type Node as YamlNode } from 'yaml';
import { pyyamlCharacter } from './pyyaml-characters.js';
import { oncePerTree } from './tree-nodes.js';

interface FrontmatterProblem {
  code: string;
  message: string;
  position: Position;
}

export interface Frontmatter {
  /** The mdast `yaml` node; undefined when the page has no frontmatter. */
  node?: Yaml;
  document?: Document.Parsed;
  /** Plain value (`{}` when absent or unreadable). */
  data: Record<string, unknown>;
  /** YAML syntax errors and readability problems (duplicate keys, alias bombs). */
  problems: FrontmatterProblem[];
  /** Map a YAML-text offset to a point in the page. */
  pointAt(yamlOffset: number): Point;
  /** Position of a key (`which: 'key'`) or value at a path such as `['vereiste', 2]`. */
  positionOf(pathParts: ReadonlyArray<string | number>, which?: 'key' | 'value' | 'pair'): Position | undefined;
  /** The whole frontmatter block (for problems that have no better place). */
  blockPosition: Position;
}

/** Alias expansion beyond this is an alias bomb: the site's reader would blow up too. */
const MAX_ALIAS_COUNT = 100;

const emptyPosition: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/** The page's frontmatter, parsed once per tree. */
export const readFrontmatter = oncePerTree(parseFrontmatter);

function parseFrontmatter(tree: Root, source: string): Frontmatter {
  const first = tree.children[0];
  const node = first?.type === 'yaml' ? first : undefined;
  const place = location(source);
  const blockPosition = node?.position ?? emptyPosition;
  if (!node?.position) {
    return { data: {}, problems: [], pointAt: () => blockPosition.start, positionOf: () => undefined, blockPosition };
  }

  const fenceStart = node.position.start.offset ?? 0;
  const lineEnd = source.indexOf('\n', fenceStart);
  const valueOffset = lineEnd === -1 ? fenceStart : lineEnd + 1;
  const text = node.value;

  const pointAt = (yamlOffset: number): Point => {
    const offset = Math.min(valueOffset + Math.max(0, yamlOffset), source.length);
    const point = place.toPoint(offset);
    return point ? { line: point.line, column: point.column, offset } : blockPosition.start;
  };
  const span = (range: readonly number[] | undefined | null): Position | undefined =>
    range ? { start: pointAt(range[0]), end: pointAt(range[1]) } : undefined;

  const document = parseDocument(text, {
    version: '1.1',
    uniqueKeys: false, // duplicates are reported by rule frontmatter-yaml; the last one wins, as on the site
    prettyErrors: false,
    keepSourceTokens: false,
  });

  const problems: FrontmatterProblem[] = [];
  // A character the site's reader reads otherwise (a line break to PyYAML) or refuses: the site sees another frontmatter.
  const character = pyyamlCharacter(text);
  if (character) {
    problems.push({
      code: character.kind === 'break' ? 'PYYAML_BREAK' : 'PYYAML_REFUSED',
      message: character.code,
      position: span([character.offset, character.offset + 1]) ?? blockPosition,
    });
  }
  const syntax = syntaxProblem(document, text, span, blockPosition);
  if (syntax) problems.push(syntax);
  const data = document.errors.length === 0 ? toData(document, span, blockPosition, problems) : {};

  const positionOf = (pathParts: ReadonlyArray<string | number>, which: 'key' | 'value' | 'pair' = 'value') => positionIn(document, pathParts, which, span);

  return { node, document, data, problems, pointAt, positionOf, blockPosition };
}

type Span = (range: readonly number[] | undefined | null) => Position | undefined;

/** The first syntax error only (the ones after it are mostly its echo), placed where an author must look. */
function syntaxProblem(document: Document, text: string, span: Span, blockPosition: Position): FrontmatterProblem | undefined {
  const error = document.errors[0];
  if (!error) return undefined;
  const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  let [start, end] = error.pos;
  if (/quote/.test(message)) start = openingQuote(text, start);
  if (/compact mappings/.test(message)) {
    // `title: Let op: tekst`: point at the second `: `, where the value breaks.
    const colon = text.slice(start).search(/:[ \t]/);
    const lineEnd = text.indexOf('\n', start);
    if (colon !== -1 && (lineEnd === -1 || start + colon < lineEnd)) [start, end] = [start + colon, start + colon + 1];
  }
  return { code: error.code, message, position: span([start, Math.max(start + 1, end)]) ?? blockPosition };
}

/** The frontmatter as data; a list or scalar, or an alias bomb, is a problem instead. */
function toData(document: Document, span: Span, blockPosition: Position, problems: FrontmatterProblem[]): Record<string, unknown> {
  try {
    const value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    if (value !== null && value !== undefined) {
      problems.push({ code: 'NOT_A_MAPPING', message: 'frontmatter is not a mapping', position: span(document.contents?.range) ?? blockPosition });
    }
  } catch (error) {
    problems.push({ code: 'ALIAS_COUNT', message: (error as Error).message, position: blockPosition });
  }
  return {};
}

/** Where a key, a value or a whole pair is, by its path in the frontmatter. */
function positionIn(document: Document, pathParts: ReadonlyArray<string | number>, which: 'key' | 'value' | 'pair', span: Span): Position | undefined {
  let current: unknown = document.contents;
  let pair: Pair | undefined;
  for (const part of pathParts) {
    pair = undefined;
    if (isMap(current)) {
      pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
      current = pair?.value;
    } else if (isSeq(current) && typeof part === 'number') {
      current = current.items[part];
    } else {
      return undefined;
    }
    if (current === undefined && !pair) return undefined;
  }
  if (which === 'key') return span((pair?.key as YamlNode | undefined)?.range ?? undefined);
  if (which === 'pair' && pair) {
    const keyRange = (pair.key as YamlNode | undefined)?.range;
    const valueRange = (pair.value as YamlNode | undefined)?.range;
    if (keyRange) return span([keyRange[0], valueRange?.[1] ?? keyRange[1]]);
  }
  const valueNode = current as YamlNode | null | undefined;
  if (valueNode?.range) return span(valueNode.range);
  // A key with no value (`sources:`): point at the key.
  return span((pair?.key as YamlNode | undefined)?.range ?? undefined);
}

/** Where an unclosed quoted value starts: the last quote that opens a value before `end`. */
function openingQuote(text: string, end: number): number {
  const opener = /(?:^|:[ \t]+|-[ \t]+)(["'])/gm;
  let found = end;
  for (const match of text.slice(0, end).matchAll(opener)) found = (match.index ?? 0) + match[0].length - 1;
  return found;
}

/** Does the frontmatter list anything under `key` (`vereiste:` with at least one entry)? */
export function hasEntries(data: Record<string, unknown>, key: string): boolean {
  const value = data[key];
  return Array.isArray(value) && value.length > 0;
}

/**
 * The page's frontmatter alone, found as the full parse finds it
 * (micromark-extension-frontmatter): a `---` line at the very start, up to
 * the next `---` line; no frontmatter without that closing line. The facts
 * other pages need of most pages (URN, kind, references, labels) come from
 * here, without parsing the Markdown (test/fast-facts.test.ts proves them
 * equal on every corpus page and on generated pages).
 */
export function frontmatterOnly(source: string): Root {
  const open = /^---[ \t]*(\r\n|\r|\n)/.exec(source);
  if (!open) return { type: 'root', children: [] };
  let lineStart = open[0].length;
  let line = 2;
  for (;;) {
    const match = /\r\n|\r|\n/g;
    match.lastIndex = lineStart;
    const eol = match.exec(source);
    const lineEnd = eol ? eol.index : source.length;
    if (/^---[ \t]*$/.test(source.slice(lineStart, lineEnd))) {
      const value = lineStart === open[0].length ? '' : source.slice(open[0].length, lineStart).replace(/(\r\n|\r|\n)$/, '');
      const end = { line, column: lineEnd - lineStart + 1, offset: lineEnd };
      return { type: 'root', children: [{ type: 'yaml', value, position: { start: { line: 1, column: 1, offset: 0 }, end } }] };
    }
    if (!eol) return { type: 'root', children: [] };
    lineStart = eol.index + eol[0].length;
    line++;
  }
}
