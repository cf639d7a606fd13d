/**
 * Offsets in the file of indices in an HTML node's value. Inside a container
 * (admonition, list, block quote) the value's lines lack the container's
 * prefix, so each value line is mapped onto the end of its source line.
 */
import type { Html } from 'mdast';

type ValueOffset = (index: number) => number;

export function htmlOffsets(source: string): (node: Html) => ValueOffset {
  const lineStarts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (node) => {
    const start = node.position?.start.offset ?? 0;
    const startLine = node.position?.start.line ?? 1;
    const valueLines = node.value.split('\n');
    return (index) => {
      let line = 0;
      let column = index;
      while (line < valueLines.length - 1 && column > valueLines[line].length) {
        column -= valueLines[line].length + 1;
        line++;
      }
      if (line === 0) return start + column;
      const lineStart = lineStarts[startLine - 1 + line] ?? source.length;
      const nextBreak = source.indexOf('\n', lineStart);
      const lineEnd = nextBreak === -1 ? source.length : source[nextBreak - 1] === '\r' ? nextBreak - 1 : nextBreak;
      return lineEnd - valueLines[line].length + column;
    };
  };
}
