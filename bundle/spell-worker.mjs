import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  misspelling
} from "./chunks/shared-spelling-judge.mjs";
import {
  WordSet,
  dictionary
} from "./chunks/shared-spelling-dictionary.mjs";
import "./chunks/shared-parsing-tree-nodes.mjs";
import "./chunks/shared-runtime.mjs";

// dist/src/entries/spell-worker.js
import { parentPort } from "node:worker_threads";
var known = dictionary();
known.takeAnswers();
known.knows("de");
var wordSets = /* @__PURE__ */ new Map();
parentPort.on("message", (request) => {
  if (request.type === "words") {
    wordSets.set(request.id, new WordSet(request.words));
    return;
  }
  try {
    const words = [...request.sets.map((id) => wordSets.get(id) ?? new WordSet()), new WordSet(request.terms)];
    for (const [word, next] of request.words)
      misspelling(word, next, words, known, request.limit);
    parentPort.postMessage({ key: request.key, answers: known.takeAnswers() });
  } catch (error) {
    parentPort.postMessage({ key: request.key, error: error?.message ?? String(error) });
  }
});
