/**
 * The words a reader reads on a page, with their offsets in the page's
 * text: the text of paragraphs, headings, list items, table cells, links,
 * admonition titles and bodies, and the frontmatter's `title` and
 * `toelichting`. Never code, URLs, link targets, HTML, other frontmatter,
 * `{{ }}` templates, attribute lists, comments (site markers) or the
 * abbreviation definitions `*[AVG]: …`; and of the words, never
 * abbreviations in capitals, words with digits, single letters or names
 * with a capital inside (`GitHub`).
 */
import type { Root } from 'mdast';
import type { Frontmatter } from '../parsing/frontmatter.js';
import { eachNode } from '../parsing/tree-nodes.js';

export interface ProseWord {
  word: string;
  start: number;
  end: number;
}

/**
 * What is not prose even inside a text: replaced by spaces (offsets kept)
 * before words are read. A pattern that starts with a run of word
 * characters starts only where such a run starts (`(?<!…)`): tried at
 * every letter of a long word, it would read the word again each time.
 */
const NOT_PROSE = [
  /\b(?:https?|ftp|mailto):[^\s<>)\]]*/gi,
  /\bwww\.[^\s<>)\]]+/gi,
  // Domain names in the text (`data.overheid.nl`).
  /(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|eu|net|io|gov|int|edu|be|de|uk|ai)\b(?:\/[^\s<>)\]]*)?/gi,
  // HTML tags the parser left in the text (unquoted attributes).
  /<\/?[A-Za-z][^<>\n]*>/g,
  // pymdownx blocks: `/// html | div[style='…']`.
  /^[ \t]*\/\/\/.*$/gm,
  /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g,
  /\{[^{}\n]*\}/g,
  /&(?:#\d+|#x[\da-f]+|\w+);/gi,
  // File names and paths: `index.md`, `docs/rollen/jurist.md`.
  /(?<![\w./-])[\w./-]*\.(?:md|pdf|html?|png|jpe?g|svg|gif|csv|xlsx?|docx?|pptx?|odt|ya?ml|json|txt|zip|py|js|ts|xml)\b/gi,
  // Abbreviation definitions (mkdocs `abbr`), a line each.
  /^[ \t]*\*\[[^\]\n]*\]:.*$/gm,
];

/**
 * A word: letters (with marks and digits, sorted out below), joined by an
 * apostrophe, a hyphen or a period; with its leading apostrophe in a name
 * such as `'s-Gravenhage`.
 */
const WORD = /(?:(?<![\p{L}\p{N}])['’](?=[stk]-))?[\p{L}\p{M}\p{N}_]+(?:['’.-][\p{L}\p{M}\p{N}_]+)*/gu;

/** The page's text with everything that is not prose blanked out. */
export function maskedText(source: string): string {
  let masked = source;
  for (const pattern of NOT_PROSE) masked = masked.replace(pattern, (found) => found.replace(/[^\n]/g, ' '));
  return masked;
}

/** The terms a page or glossary defines with `*[term]: …`. */
export function definedTerms(text: string): string[] {
  return [...text.matchAll(/^[ \t]*\*\[([^\]\n]+)\]:/gm)].map((match) => match[1]);
}

/** The words of `text` (a slice of the masked page starting at `offset`) that a dictionary should judge. */
export function wordsIn(text: string, offset: number): ProseWord[] {
  const words: ProseWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!isCheckable(word)) continue;
    words.push({ word, start: offset + match.index, end: offset + match.index + word.length });
  }
  return words;
}

/** Every letter of the word (an `'s` ending aside) a capital: an abbreviation (`AVG`, `DPIA's`). */
export function isAbbreviation(part: string): boolean {
  const letters = part.replace(/['’]s$/, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A capital after the first letter (`GitHub`, `DigiD`, `eIDAS`) and not all capitals: a name. */
function isNameLike(part: string): boolean {
  return /^.+\p{Lu}/u.test(part) && !isAbbreviation(part);
}

function isCheckable(word: string): boolean {
  // Most words: lower-case letters only, neither an abbreviation nor a name.
  if (/^\p{Ll}+$/u.test(word)) return word.length > 1;
  if (/[\p{N}_]/u.test(word)) return false;
  const parts = word.replace(/^['’]/, '').split(/[-.]/);
  // Abbreviations and names alone; in a compound (`AI-systeem`) the other parts are still read.
  return parts.some((part) => part.length > 1 && !isAbbreviation(part) && !isNameLike(part));
}

/** The prose words of a page: every text node, admonition titles, and the frontmatter's `title` and `toelichting`. */
export function proseWords(tree: Root, source: string, frontmatter: Frontmatter): ProseWord[] {
  const masked = maskedText(source);
  const words: ProseWord[] = [];
  for (const key of ['title', 'toelichting']) {
    if (typeof frontmatter.data[key] !== 'string') continue;
    const place = frontmatter.positionOf([key]);
    const start = place?.start.offset;
    const end = place?.end.offset;
    if (start !== undefined && end !== undefined) words.push(...wordsIn(masked.slice(start, end), start));
  }
  eachNode(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'text') words.push(...wordsIn(masked.slice(start, end), start));
    else if (node.type === 'admonition' && node.title) {
      const lineEnd = source.indexOf('\n', start);
      const headerEnd = lineEnd === -1 ? end : lineEnd;
      const at = source.slice(start, headerEnd).indexOf(`"${node.title}"`);
      if (at !== -1) words.push(...wordsIn(masked.slice(start + at + 1, start + at + 1 + node.title.length), start + at + 1));
    }
  });
  return words;
}
