/**
 * Every word of a page's prose is in the Dutch or the English dictionary, or
 * in the repository's own words. Suggestions are offered, never applied:
 * `--fix` does not change a word.
 */
import { defineRule } from '../src/rule-kit/define-rule.js';
import { acceptedWords, misspelling, wordsToJudge } from '../src/spelling/judge.js';

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
    const found = wordsToJudge(tree, source, frontmatter);
    if (found.length === 0) return;
    const words = acceptedWords(spelling, repository, options, source);
    const dictionary = spelling.dictionary();
    for (const { word, start, end, next } of found) {
      const suggestions = misspelling(word, next, words, dictionary, options.suggestions);
      if (!suggestions) continue;
      const extra = { expected: suggestions, actual: word };
      if (suggestions.length) report('unknown', span(start, end), { word, suggestions: orList(suggestions) }, extra);
      else report('unknownNoSuggestion', span(start, end), { word }, extra);
    }
  },
);
