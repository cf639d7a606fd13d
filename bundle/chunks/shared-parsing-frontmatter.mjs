import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  location,
  pyyamlCharacter
} from "./shared-config-config.mjs";
import {
  require_dist
} from "./shared-config-glob-match.mjs";
import {
  oncePerTree
} from "./shared-parsing-tree-nodes.mjs";
import {
  __toESM
} from "./shared-runtime.mjs";

// dist/src/parsing/frontmatter.js
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 100;
var emptyPosition = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
var readFrontmatter = oncePerTree(parseFrontmatter);
function parseFrontmatter(tree, source) {
  const first = tree.children[0];
  const node = first?.type === "yaml" ? first : void 0;
  const place = location(source);
  const blockPosition = node?.position ?? emptyPosition;
  if (!node?.position) {
    return { data: {}, problems: [], pointAt: () => blockPosition.start, positionOf: () => void 0, blockPosition };
  }
  const fenceStart = node.position.start.offset ?? 0;
  const lineEnd = source.indexOf("\n", fenceStart);
  const valueOffset = lineEnd === -1 ? fenceStart : lineEnd + 1;
  const text = node.value;
  const pointAt = (yamlOffset) => {
    const offset = Math.min(valueOffset + Math.max(0, yamlOffset), source.length);
    const point = place.toPoint(offset);
    return point ? { line: point.line, column: point.column, offset } : blockPosition.start;
  };
  const span = (range) => range ? { start: pointAt(range[0]), end: pointAt(range[1]) } : void 0;
  const document = (0, import_yaml.parseDocument)(text, {
    version: "1.1",
    uniqueKeys: false,
    // duplicates are reported by rule frontmatter-yaml; the last one wins, as on the site
    prettyErrors: false,
    keepSourceTokens: false
  });
  const problems = [];
  const character = pyyamlCharacter(text);
  if (character) {
    problems.push({
      code: character.kind === "break" ? "PYYAML_BREAK" : "PYYAML_REFUSED",
      message: character.code,
      position: span([character.offset, character.offset + 1]) ?? blockPosition
    });
  }
  const syntax = syntaxProblem(document, text, span, blockPosition);
  if (syntax)
    problems.push(syntax);
  const data = document.errors.length === 0 ? toData(document, span, blockPosition, problems) : {};
  const positionOf = (pathParts, which = "value") => positionIn(document, pathParts, which, span);
  return { node, document, data, problems, pointAt, positionOf, blockPosition };
}
function syntaxProblem(document, text, span, blockPosition) {
  const error = document.errors[0];
  if (!error)
    return void 0;
  const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  let [start, end] = error.pos;
  if (/quote/.test(message))
    start = openingQuote(text, start);
  if (/compact mappings/.test(message)) {
    const colon = text.slice(start).search(/:[ \t]/);
    const lineEnd = text.indexOf("\n", start);
    if (colon !== -1 && (lineEnd === -1 || start + colon < lineEnd))
      [start, end] = [start + colon, start + colon + 1];
  }
  return { code: error.code, message, position: span([start, Math.max(start + 1, end)]) ?? blockPosition };
}
function toData(document, span, blockPosition, problems) {
  try {
    const value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      return value;
    if (value !== null && value !== void 0) {
      problems.push({ code: "NOT_A_MAPPING", message: "frontmatter is not a mapping", position: span(document.contents?.range) ?? blockPosition });
    }
  } catch (error) {
    problems.push({ code: "ALIAS_COUNT", message: error.message, position: blockPosition });
  }
  return {};
}
function positionIn(document, pathParts, which, span) {
  let current = document.contents;
  let pair;
  for (const part of pathParts) {
    pair = void 0;
    if ((0, import_yaml.isMap)(current)) {
      pair = current.items.find((item) => (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(part));
      current = pair?.value;
    } else if ((0, import_yaml.isSeq)(current) && typeof part === "number") {
      current = current.items[part];
    } else {
      return void 0;
    }
    if (current === void 0 && !pair)
      return void 0;
  }
  if (which === "key")
    return span(pair?.key?.range ?? void 0);
  if (which === "pair" && pair) {
    const keyRange = pair.key?.range;
    const valueRange = pair.value?.range;
    if (keyRange)
      return span([keyRange[0], valueRange?.[1] ?? keyRange[1]]);
  }
  const valueNode = current;
  if (valueNode?.range)
    return span(valueNode.range);
  return span(pair?.key?.range ?? void 0);
}
function openingQuote(text, end) {
  const opener = /(?:^|:[ \t]+|-[ \t]+)(["'])/gm;
  let found = end;
  for (const match of text.slice(0, end).matchAll(opener))
    found = (match.index ?? 0) + match[0].length - 1;
  return found;
}
function hasEntries(data, key) {
  const value = data[key];
  return Array.isArray(value) && value.length > 0;
}
function frontmatterOnly(source) {
  const open = /^---[ \t]*(\r\n|\r|\n)/.exec(source);
  if (!open)
    return { type: "root", children: [] };
  let lineStart = open[0].length;
  let line = 2;
  for (; ; ) {
    const match = /\r\n|\r|\n/g;
    match.lastIndex = lineStart;
    const eol = match.exec(source);
    const lineEnd = eol ? eol.index : source.length;
    if (/^---[ \t]*$/.test(source.slice(lineStart, lineEnd))) {
      const value = lineStart === open[0].length ? "" : source.slice(open[0].length, lineStart).replace(/(\r\n|\r|\n)$/, "");
      const end = { line, column: lineEnd - lineStart + 1, offset: lineEnd };
      return { type: "root", children: [{ type: "yaml", value, position: { start: { line: 1, column: 1, offset: 0 }, end } }] };
    }
    if (!eol)
      return { type: "root", children: [] };
    lineStart = eol.index + eol[0].length;
    line++;
  }
}

export {
  readFrontmatter,
  hasEntries,
  frontmatterOnly
};
