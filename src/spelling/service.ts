/**
 * What the spelling rule asks: the process's dictionaries, and the words a
 * repository accepts: the Algoritmekader's own (algoritmekader-words.ts), and
 * those read through its model (so the cache and the language
 * server see a changed word list): the word files, the terms its glossary
 * defines (`*[term]: …`), and the names of its vocabulary pages. Never the
 * pages' prose: a typo copied three times is still a typo.
 */
import type { Repository } from '../repository/repository.js';
import { ALGORITMEKADER_WORDS } from './algoritmekader-words.js';
import { type Dictionary, dictionary, parseWordList, WordSet } from './dictionary.js';
import { definedTerms, wordsIn } from './prose.js';

/** The word list every repository may have in its root. */
export const WORDS_FILE = '.algoritmekader-lint-words.txt';

export interface WordSources {
  /** More word files (paths from the repository root), besides `WORDS_FILE`. */
  words: string[];
  /** Files whose `*[term]: …` lines define terms (the site's abbreviation list). */
  glossaries: string[];
}

export interface SpellingService {
  dictionary(): Dictionary;
  repositoryWords(repository: Repository, sources: WordSources): WordSet;
}

/** The word files of a configuration (the repository's list and those the spelling rule's options name): configuration too. */
export function wordFiles(rules: Record<string, unknown>): string[] {
  const setting = rules.spelling;
  const options = Array.isArray(setting) ? (setting[1] as { words?: unknown } | undefined) : undefined;
  const named = Array.isArray(options?.words) ? options.words.filter((file): file is string => typeof file === 'string') : [];
  return [WORDS_FILE, ...named];
}

const remembered = new WeakMap<Repository, { inputs: unknown[]; words: WordSet }>();

/** The words of a term or a file name (`AI-systeem voor algemene doeleinden`, `bias-en-non-discriminatie`). */
export function wordsOfTerm(term: string): string[] {
  return wordsIn(term.replace(/-/g, ' '), 0)
    .map(({ word }) => word)
    .concat(wordsIn(term, 0).map(({ word }) => word));
}

function repositoryWords(repository: Repository, sources: WordSources): WordSet {
  const wordTexts = [WORDS_FILE, ...sources.words].map((file) => repository.textFile(file) ?? '');
  const glossaryTexts = sources.glossaries.map((file) => repository.textFile(file) ?? '');
  // The model keeps a vocabulary's names in one set until they change.
  const vocabularies = Object.keys(repository.config.vocabularies).map((key) => repository.vocabulary(key));
  // Asked for every page: the same texts and sets give the same words.
  const inputs = [...wordTexts, '\0', ...glossaryTexts, '\0', ...vocabularies];
  const known = remembered.get(repository);
  if (known && known.inputs.length === inputs.length && known.inputs.every((input, index) => input === inputs[index])) return known.words;
  const names = vocabularies.flatMap((names) => [...(names ?? [])]);
  const words = new WordSet([...ALGORITMEKADER_WORDS, ...wordTexts.flatMap(parseWordList)]);
  for (const text of glossaryTexts) for (const term of definedTerms(text)) for (const word of wordsOfTerm(term)) words.add(word);
  for (const name of names) for (const word of wordsOfTerm(name)) words.add(word);
  remembered.set(repository, { inputs, words });
  return words;
}

export const spellingService: SpellingService = { dictionary, repositoryWords };
