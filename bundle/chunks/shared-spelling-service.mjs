import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  WordSet,
  definedTerms,
  dictionary,
  parseWordList,
  wordsIn
} from "./shared-spelling-dictionary.mjs";

// dist/src/spelling/service.js
var WORDS_FILE = ".algoritmekader-lint-words.txt";
function wordFiles(rules) {
  const setting = rules.spelling;
  const options = Array.isArray(setting) ? setting[1] : void 0;
  const named = Array.isArray(options?.words) ? options.words.filter((file) => typeof file === "string") : [];
  return [WORDS_FILE, ...named];
}
var remembered = /* @__PURE__ */ new WeakMap();
function wordsOfTerm(term) {
  return wordsIn(term.replace(/-/g, " "), 0).map(({ word }) => word).concat(wordsIn(term, 0).map(({ word }) => word));
}
function repositoryWords(repository, sources) {
  const wordTexts = [WORDS_FILE, ...sources.words].map((file) => repository.textFile(file) ?? "");
  const glossaryTexts = sources.glossaries.map((file) => repository.textFile(file) ?? "");
  const names = Object.keys(repository.config.vocabularies).flatMap((key) => [...repository.vocabulary(key) ?? []]);
  const inputs = [...wordTexts, "\0", ...glossaryTexts, "\0", ...names];
  const known = remembered.get(repository);
  if (known && known.inputs.length === inputs.length && known.inputs.every((input, index) => input === inputs[index]))
    return known.words;
  const words = new WordSet(wordTexts.flatMap(parseWordList));
  for (const text of glossaryTexts)
    for (const term of definedTerms(text))
      for (const word of wordsOfTerm(term))
        words.add(word);
  for (const name of names)
    for (const word of wordsOfTerm(name))
      words.add(word);
  remembered.set(repository, { inputs, words });
  return words;
}
var spellingService = { dictionary, repositoryWords };

export {
  wordFiles,
  spellingService
};
