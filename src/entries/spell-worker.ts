/**
 * The spelling worker (see spelling/prefetch.ts): judges a page's words
 * with the rule's own code while the main thread parses and checks, and
 * hands back every answer its dictionary gave for them. It loads Hunspell
 * as it starts, before the first page arrives.
 */
import { parentPort } from 'node:worker_threads';
import { dictionary, WordSet } from '../spelling/dictionary.js';
import { misspelling } from '../spelling/judge.js';
import type { SpellRequest } from '../spelling/prefetch.js';

const known = dictionary();
known.takeAnswers();
known.knows('de');
const wordSets = new Map<number, WordSet>();

parentPort!.on('message', (request: SpellRequest) => {
  if (request.type === 'words') {
    wordSets.set(request.id, new WordSet(request.words));
    return;
  }
  try {
    const words = [...request.sets.map((id) => wordSets.get(id) ?? new WordSet()), new WordSet(request.terms)];
    for (const [word, next] of request.words) misspelling(word, next, words, known, request.limit);
    parentPort!.postMessage({ key: request.key, answers: known.takeAnswers() });
  } catch (error) {
    parentPort!.postMessage({ key: request.key, error: (error as Error)?.message ?? String(error) });
  }
});
