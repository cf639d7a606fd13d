import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  WordSet,
  isAbbreviation,
  proseWords
} from "./shared-spelling-dictionary.mjs";

// dist/src/spelling/judge.js
var readAhead = /* @__PURE__ */ new WeakMap();
function wordsToJudge(tree, source, frontmatter) {
  const ahead = readAhead.get(tree);
  if (ahead?.source === source) {
    readAhead.delete(tree);
    return ahead.words;
  }
  const words = [];
  for (const { word, start, end } of proseWords(tree, source, frontmatter)) {
    if (!compoundPart(source, start, end))
      words.push({ word, start, end, next: source.charAt(end) });
  }
  return words;
}
function wordsToJudgeAhead(tree, source, frontmatter) {
  const words = wordsToJudge(tree, source, frontmatter);
  readAhead.set(tree, { source, words });
  return words;
}
function acceptedWords(spelling, repository, sources, source) {
  return [spelling.repositoryWords(repository, sources), new WordSet(pageTerms(source))];
}
function misspelling(word, next, words, dictionary, limit) {
  if (accepted(word, next, words, dictionary))
    return void 0;
  return limit > 0 ? suggestionsFor(word, words, dictionary, limit).slice(0, limit) : [];
}
function pageTerms(source) {
  return [...source.matchAll(/^[ \t]*\*\[([^\]\n]+)\]:/gm)].flatMap((match) => match[1].split(/[\s/-]+/));
}
function compoundPart(source, start, end) {
  const after = source.slice(end, end + 2);
  return /^-(?![\p{L}])/u.test(after) || new RegExp("^\\)\\p{L}", "u").test(after) || new RegExp("\\p{L}\\($", "u").test(source.slice(start - 2, start));
}
function known(word, words, dictionary) {
  if (words.some((set) => set.has(word)) || dictionary.knows(word))
    return true;
  return /[áéíóú]/.test(word) && dictionary.knows(word.normalize("NFD").replace(/\u0301/g, "").normalize("NFC"));
}
function partAccepted(part, words, dictionary) {
  return part.length <= 1 || isAbbreviation(part) || new RegExp("^.+\\p{Lu}", "u").test(part) || known(part, words, dictionary);
}
function suggestionsFor(word, words, dictionary, limit) {
  const alsoKnown = (candidate) => words.some((set) => set.has(candidate));
  const parts = word.split("-");
  const unknown = parts.flatMap((part, index) => partAccepted(part, words, dictionary) ? [] : [index]);
  if (parts.length > 1 && unknown.length === 1) {
    const [index] = unknown;
    return dictionary.suggest(parts[index], alsoKnown, limit).map((fixed) => [...parts.slice(0, index), fixed, ...parts.slice(index + 1)].join("-"));
  }
  return dictionary.suggest(word, alsoKnown, limit);
}
function accepted(word, next, words, dictionary) {
  if (known(word, words, dictionary))
    return true;
  if (next === "." && dictionary.knows(`${word}.`))
    return true;
  if (!/[-.]/.test(word))
    return false;
  return word.split(/[-.]/).every((part) => partAccepted(part, words, dictionary));
}

export {
  wordsToJudge,
  wordsToJudgeAhead,
  acceptedWords,
  misspelling
};
