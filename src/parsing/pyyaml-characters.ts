/**
 * Characters the site's YAML reader (PyYAML, in mkdocs) reads otherwise than
 * ours: lone carriage returns, NEL, U+2028 and U+2029 are line breaks to it
 * (so `# note<U+2028>vereiste: …` is a key to the site and a comment to us),
 * and control characters, DEL, C1 controls, surrogates and U+FFFE/U+FFFF make
 * it refuse the whole text (mkdocs then drops a page's frontmatter in
 * silence). Found, they are reported; never read differently.
 */

export interface PyyamlCharacter {
  /** Offset in the text. */
  offset: number;
  /** The character as U+XXXX. */
  code: string;
  /** A line break to PyYAML, or a character it refuses. */
  kind: 'break' | 'refused';
}

/** Refused by PyYAML's reader: NON_PRINTABLE = [^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]. */
function refused(code: number, text: string, index: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  if (code >= 0x7f && code <= 0x9f) return code !== 0x85;
  if (code === 0xfffe || code === 0xffff) return true;
  // A surrogate is refused unless it is half of a pair.
  if (code >= 0xd800 && code <= 0xdbff) return !(text.charCodeAt(index + 1) >= 0xdc00 && text.charCodeAt(index + 1) <= 0xdfff);
  if (code >= 0xdc00 && code <= 0xdfff) return !(text.charCodeAt(index - 1) >= 0xd800 && text.charCodeAt(index - 1) <= 0xdbff);
  return false;
}

/** A line break to PyYAML and not to a YAML 1.2 reader: a lone CR, NEL, U+2028, U+2029. */
const lineBreak = (code: number, text: string, index: number) =>
  (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a) || code === 0x85 || code === 0x2028 || code === 0x2029;

/** The first character of `text` PyYAML reads otherwise than a YAML 1.2 reader, if any (one pass). */
export function pyyamlCharacter(text: string): PyyamlCharacter | undefined {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Printable ASCII, the common case, is neither.
    if (code >= 0x20 && code < 0x7f) continue;
    const kind = lineBreak(code, text, index) ? 'break' : refused(code, text, index) ? 'refused' : undefined;
    if (kind) return { offset: index, code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, kind };
  }
  return undefined;
}
