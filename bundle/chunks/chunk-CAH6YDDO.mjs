import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  visit
} from "./chunk-DAKWOVG6.mjs";

// dist/src/parsing/html-offsets.js
function htmlOffsets(source) {
  const lineStarts = [0];
  for (let index = source.indexOf("\n"); index !== -1; index = source.indexOf("\n", index + 1))
    lineStarts.push(index + 1);
  return (node) => {
    const start = node.position?.start.offset ?? 0;
    const startLine = node.position?.start.line ?? 1;
    const valueLines = node.value.split("\n");
    return (index) => {
      let line = 0;
      let column = index;
      while (line < valueLines.length - 1 && column > valueLines[line].length) {
        column -= valueLines[line].length + 1;
        line++;
      }
      if (line === 0)
        return start + column;
      const lineStart = lineStarts[startLine - 1 + line] ?? source.length;
      const nextBreak = source.indexOf("\n", lineStart);
      const lineEnd = nextBreak === -1 ? source.length : source[nextBreak - 1] === "\r" ? nextBreak - 1 : nextBreak;
      return lineEnd - valueLines[line].length + column;
    };
  };
}

// dist/src/parsing/links.js
function urlPlace(link, span) {
  return link.urlStart !== void 0 && link.urlEnd !== void 0 ? span(link.urlStart, link.urlEnd) : void 0;
}
var HTML_LINK = /<(?:a|img|source|iframe|embed|link)\b[^<>]*?\s(?:href|src)\s*=\s*(?:"([^"]{0,2048})"|'([^']{0,2048})')/gi;
var SPACED_LINK = /(!?)\[([^[\]\n]*)\]\(([^()\n]*)\)/g;
var collected = /* @__PURE__ */ new WeakMap();
function collectLinks(tree, source) {
  let links = collected.get(tree);
  if (!links) {
    links = gatherLinks(tree, source);
    collected.set(tree, links);
  }
  return links;
}
function gatherLinks(tree, source) {
  const links = [];
  const offsets = htmlOffsets(source);
  const covered = [];
  const blocks = [];
  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === void 0 || end === void 0)
      return;
    switch (node.type) {
      case "link":
      case "image": {
        covered.push([start, end]);
        const at = destinationOffset(source, start, end, node.url, "](");
        links.push({ url: node.url, origin: "markdown", start, end, ...at });
        return;
      }
      case "definition": {
        const at = destinationOffset(source, start, end, node.url, "]:");
        links.push({ url: node.url, origin: "markdown", start, end, ...at });
        return;
      }
      case "html": {
        const toOffset = offsets(node);
        for (const match of node.value.matchAll(HTML_LINK)) {
          const url = match[1] ?? match[2];
          const urlIndex = (match.index ?? 0) + match[0].length - 1 - url.length;
          const urlStart = toOffset(urlIndex);
          links.push({
            url,
            origin: "html",
            start: toOffset(match.index ?? 0),
            end: toOffset((match.index ?? 0) + match[0].length + 1),
            urlStart,
            urlEnd: urlStart + url.length
          });
        }
        return;
      }
      case "paragraph":
      case "tableCell":
        if (source.slice(start, end).includes("]("))
          blocks.push([start, end]);
        return;
      default:
        return;
    }
  });
  for (const [start, end] of blocks) {
    for (const match of source.slice(start, end).matchAll(SPACED_LINK)) {
      if (!/\s/.test(match[3]))
        continue;
      const linkStart = start + (match.index ?? 0);
      if (covered.some(([from, to]) => linkStart >= from && linkStart < to))
        continue;
      const urlStart = linkStart + match[1].length + match[2].length + 3;
      const destination = match[3].trim().replace(/\s+"[^"]*"$/, "");
      links.push({ url: destination, origin: "markdown", start: linkStart, end: linkStart + match[0].length, urlStart, urlEnd: urlStart + destination.length });
    }
  }
  return links.sort((a, b) => a.start - b.start);
}
function destinationOffset(source, start, end, url, opener) {
  if (!url)
    return {};
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

export {
  htmlOffsets,
  urlPlace,
  collectLinks
};
