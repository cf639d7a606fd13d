/**
 * The spelling rule's judgement of one word, apart from the rule: the same
 * code answers in the rule and, ahead of it, in the spelling worker
 * (prefetch.ts), so the answers the worker remembers are the ones the rule
 * asks for.
 */
import type { Root } from 'mdast';
import type { Frontmatter } from '../parsing/frontmatter.js';
import type { Repository } from '../repository/repository.js';
import { type Dictionary, WordSet } from './dictionary.js';
import { isAbbreviation, type ProseWord, proseWords } from './prose.js';
import type { SpellingService, WordSources } from './service.js';

/** A prose word to judge, with the character after it (`bijv.`). */
export interface WordToJudge extends ProseWord {
  next: string;
}

const readAhead = new WeakMap<Root, { source: string; words: WordToJudge[] }>();

/** The page's prose words the dictionary judges: not the first part of a compound written out elsewhere. */
export function wordsToJudge(tree: Root, source: string, frontmatter: Frontmatter): WordToJudge[] {
  const ahead = readAhead.get(tree);
  if (ahead?.source === source) {
    readAhead.delete(tree);
    return ahead.words;
  }
  const words: WordToJudge[] = [];
  for (const { word, start, end } of proseWords(tree, source, frontmatter)) {
    if (!compoundPart(source, start, end)) words.push({ word, start, end, next: source.charAt(end) });
  }
  return words;
}

/**
 * The words of a page read ahead (for the spelling worker): kept for the
 * rule, which takes them once instead of reading the page again.
 */
export function wordsToJudgeAhead(tree: Root, source: string, frontmatter: Frontmatter): WordToJudge[] {
  const words = wordsToJudge(tree, source, frontmatter);
  readAhead.set(tree, { source, words });
  return words;
}

/** The words a page accepts besides the dictionaries: the repository's, and the abbreviations the page defines (`*[AVG]: …`). */
export function acceptedWords(spelling: SpellingService, repository: Repository, sources: WordSources, source: string): WordSet[] {
  return [spelling.repositoryWords(repository, sources), new WordSet(pageTerms(source))];
}

/** The suggestions for a misspelt word (perhaps none), or undefined for a word that is right. */
export function misspelling(word: string, next: string, words: WordSet[], dictionary: Dictionary, limit: number): string[] | undefined {
  if (accepted(word, next, words, dictionary)) return undefined;
  return limit > 0 ? suggestionsFor(word, words, dictionary, limit).slice(0, limit) : [];
}

function pageTerms(source: string): string[] {
  return [...source.matchAll(/^[ \t]*\*\[([^\]\n]+)\]:/gm)].flatMap((match) => match[1].split(/[\s/-]+/));
}

/**
 * The first part of a compound whose rest is written elsewhere: `persoons-
 * en bedrijfsgegevens`, `(persoons)gegevens`. A dictionary does not know
 * such a part on its own.
 */
function compoundPart(source: string, start: number, end: number): boolean {
  const after = source.slice(end, end + 2);
  return /^-(?![\p{L}])/u.test(after) || /^\)\p{L}/u.test(after) || /\p{L}\($/u.test(source.slice(start - 2, start));
}

function known(word: string, words: WordSet[], dictionary: Dictionary): boolean {
  if (words.some((set) => set.has(word)) || dictionary.knows(word)) return true;
  // Accents of emphasis (`níet`, `dát`) are the Woordenlijst's own rule: the word without them.
  return (
    /[áéíóú]/.test(word) &&
    dictionary.knows(
      word
        .normalize('NFD')
        .replace(/\u0301/g, '')
        .normalize('NFC'),
    )
  );
}

function partAccepted(part: string, words: WordSet[], dictionary: Dictionary): boolean {
  return part.length <= 1 || isAbbreviation(part) || /^.+\p{Lu}/u.test(part) || known(part, words, dictionary);
}

/** Suggestions for a word; in a word with hyphens, for its one unknown part (`AI-sytemen` → `AI-systemen`). */
function suggestionsFor(word: string, words: WordSet[], dictionary: Dictionary, limit: number): string[] {
  const alsoKnown = (candidate: string) => words.some((set) => set.has(candidate));
  const parts = word.split('-');
  const unknown = parts.flatMap((part, index) => (partAccepted(part, words, dictionary) ? [] : [index]));
  if (parts.length > 1 && unknown.length === 1) {
    const [index] = unknown;
    return dictionary.suggest(parts[index], alsoKnown, limit).map((fixed) => [...parts.slice(0, index), fixed, ...parts.slice(index + 1)].join('-'));
  }
  return dictionary.suggest(word, alsoKnown, limit);
}

function accepted(word: string, next: string, words: WordSet[], dictionary: Dictionary): boolean {
  if (known(word, words, dictionary)) return true;
  // An abbreviation with its period (`bijv.`, `o.a.`).
  if (next === '.' && dictionary.knows(`${word}.`)) return true;
  if (!/[-.]/.test(word)) return false;
  // Joined by hyphens (`AI-systeem`, `risico-indicator`) or periods: each part a word, an abbreviation or a name.
  return word.split(/[-.]/).every((part) => partAccepted(part, words, dictionary));
}
