/**
 * Every word of a page's prose is in the Dutch or the English dictionary, or
 * in the repository's own words. Suggestions are offered, never applied:
 * `--fix` does not change a word.
 */
import { defineRule } from '../src/rule-kit/define-rule.js';
import { type Dictionary, WordSet } from '../src/spelling/dictionary.js';
import { isAbbreviation, proseWords } from '../src/spelling/prose.js';

interface Options {
  words: string[];
  glossaries: string[];
  suggestions: number;
}

/** A path inside the repository: relative, with no `..` step (the file is read through the model, never outside the root). */
const REPOSITORY_PATH = { type: 'string', minLength: 1, not: { pattern: '^[\\\\/]|^[A-Za-z]:|(^|[\\\\/])\\.\\.([\\\\/]|$)' } };

export default defineRule(
  {
    id: 'spelling',
    severity: 'warn',
    description: {
      nl: 'Elk woord van de tekst staat in het Nederlandse of Engelse woordenboek, of in de woordenlijst van de repository.',
      en: 'Every word of the prose is in the Dutch or English dictionary, or in the repository’s word list.',
    },
    options: {
      type: 'object',
      properties: {
        words: {
          type: 'array',
          items: REPOSITORY_PATH,
          description: 'More word files (one word a line, `#` comments), paths from the repository root; `.algoritmekader-lint-words.txt` is always read.',
        },
        glossaries: {
          type: 'array',
          items: REPOSITORY_PATH,
          description: 'Files whose `*[term]: …` lines define terms whose words are accepted.',
        },
        suggestions: { type: 'integer', minimum: 0, maximum: 10, description: 'How many suggestions a message names.' },
      },
      additionalProperties: false,
    },
    defaults: { words: [], glossaries: ['includes/begrippenlijst.md'], suggestions: 3 } as Options,
    messages: {
      unknown: {
        nl: '`{word}` staat niet in het woordenboek; bedoel je {suggestions}?',
        en: '`{word}` is not in the dictionary; did you mean {suggestions}?',
      },
      unknownNoSuggestion: {
        nl: '`{word}` staat niet in het woordenboek en niet in de woordenlijst van de repository. Is het goed gespeld, zet het dan in `.algoritmekader-lint-words.txt`.',
        en: '`{word}` is in neither the dictionary nor the repository’s word list. If it is spelt right, add it to `.algoritmekader-lint-words.txt`.',
      },
    },
  },
  ({ tree, source, frontmatter, repository, spelling, options, report, span, orList }) => {
    const found = proseWords(tree, source, frontmatter);
    if (found.length === 0) return;
    const words = [spelling.repositoryWords(repository, options), new WordSet(pageTerms(source))];
    const dictionary = spelling.dictionary();
    for (const { word, start, end } of found) {
      if (compoundPart(source, start, end) || accepted(word, source.charAt(end), words, dictionary)) continue;
      const suggestions = options.suggestions > 0 ? suggestionsFor(word, words, dictionary, options.suggestions).slice(0, options.suggestions) : [];
      const extra = { expected: suggestions, actual: word };
      if (suggestions.length) report('unknown', span(start, end), { word, suggestions: orList(suggestions) }, extra);
      else report('unknownNoSuggestion', span(start, end), { word }, extra);
    }
  },
);

/** Words of the abbreviations the page defines itself (`*[AVG]: …`). */
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
