/**
 * Spelling ahead, off the main thread: a run posts each page's words to a
 * worker thread as soon as the page is parsed; the worker judges them with
 * the rule's own code (judge.ts) and sends back its dictionary's answers,
 * which the process's dictionary remembers. When the rule runs on the page,
 * every question it asks is answered from memory, and the main thread never
 * loads Hunspell. Any question the worker did not answer (it failed, or the
 * page was not posted) is answered here as before: the same words, the
 * same findings, only slower.
 */
import type { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import { readFrontmatter } from '../parsing/frontmatter.js';
import type { Repository } from '../repository/repository.js';
import { type Answers, dictionary, type WordSet } from './dictionary.js';
import { acceptedWords, wordsToJudgeAhead } from './judge.js';
import { spellingService, type WordSources } from './service.js';
import { newSpellWorker, SPELL_WORKER, takeEarlyWorker } from './worker-start.js';

export type SpellRequest =
  | { type: 'words'; id: number; words: string[] }
  | { type: 'page'; key: number; sets: number[]; terms: string[]; words: Array<[string, string]>; limit: number };

type SpellReply = { key: number; answers?: Answers; error?: string };

export interface SpellingOptions extends WordSources {
  suggestions: number;
}

/** One worker for the process, started by the first page posted; idle, it does not keep the process alive. */
export class SpellingWorker {
  private worker?: Worker;
  private readonly waiting = new Map<number, () => void>();
  /** The word sets this worker was sent (a new worker knows none). */
  private setIds = new WeakMap<WordSet, number>();
  /** The words this worker was asked about, by the word set and limit they were judged with. */
  private asked = new Map<string, Set<string>>();
  private nextKey = 0;

  constructor(private readonly script: string) {}

  /**
   * The page's words to the worker; resolves when its answers are remembered
   * (or the worker failed). A word it was asked about on an earlier page is
   * not sent again: its answers come first, the worker answering in order.
   * Not so for a page that defines terms of its own (they change which
   * questions a word raises).
   */
  post(words: Array<[string, string]>, repositoryWords: WordSet, pageTerms: WordSet, limit: number): Promise<void> {
    const worker = this.start();
    const key = this.nextKey++;
    const done = new Promise<void>((resolve) => this.waiting.set(key, resolve));
    const set = this.idOf(worker, repositoryWords);
    const toAsk = pageTerms.size > 0 ? words : this.notAsked(words, `${set}\0${limit}`);
    worker.ref();
    worker.postMessage({ type: 'page', key, sets: [set], terms: pageTerms.values(), words: toAsk, limit } satisfies SpellRequest);
    return done;
  }

  private notAsked(words: Array<[string, string]>, context: string): Array<[string, string]> {
    let asked = this.asked.get(context);
    if (!asked) this.asked.set(context, (asked = new Set()));
    const toAsk: Array<[string, string]> = [];
    for (const [word, next] of words) {
      // Only a period after a word changes its judgement (`bijv.`).
      const period = next === '.' ? '.' : '';
      const key = period ? `${word}\0.` : word;
      if (asked.has(key)) continue;
      asked.add(key);
      toAsk.push([word, period]);
    }
    return toAsk;
  }

  /** Start the worker (it loads Hunspell at once), if it is not running. */
  start(): Worker {
    if (this.worker) return this.worker;
    const worker = takeEarlyWorker() ?? newSpellWorker(this.script);
    this.setIds = new WeakMap();
    this.asked = new Map();
    worker.on('message', (reply: SpellReply) => {
      if (reply.answers) dictionary().remember(reply.answers);
      this.settle(reply.key);
    });
    // A failed worker answers nothing more: what is left is answered on this thread.
    worker.on('error', () => this.stop(worker));
    worker.on('exit', () => this.stop(worker));
    this.worker = worker;
    return worker;
  }

  private idOf(worker: Worker, words: WordSet): number {
    let id = this.setIds.get(words);
    if (id === undefined) {
      id = this.nextKey++;
      this.setIds.set(words, id);
      worker.postMessage({ type: 'words', id, words: words.values() } satisfies SpellRequest);
    }
    return id;
  }

  private settle(key: number): void {
    this.waiting.get(key)?.();
    this.waiting.delete(key);
    if (this.waiting.size === 0) this.worker?.unref();
  }

  private stop(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    for (const key of [...this.waiting.keys()]) this.settle(key);
  }
}

const shared = SPELL_WORKER ? new SpellingWorker(SPELL_WORKER) : undefined;

/** Start the spelling worker now, so that Hunspell loads while this thread reads the pages. */
export function startSpelling(): void {
  shared?.start().unref();
}

/**
 * Ask the worker about a page's words now; the promise resolves when the
 * rule can judge the page from memory. Undefined when there is nothing to ask.
 */
export function spellAhead(repository: Repository, options: SpellingOptions, tree: Root, source: string): Promise<void> | undefined {
  const words = wordsToJudgeAhead(tree, source, readFrontmatter(tree, source));
  if (!shared || words.length === 0) return undefined;
  const sets = acceptedWords(spellingService, repository, options, source);
  const unknown = words.filter(({ word }) => !sets.some((set) => set.has(word)));
  const [repositoryWords, pageTerms] = sets;
  return shared.post(
    unknown.map(({ word, next }) => [word, next]),
    repositoryWords,
    pageTerms,
    options.suggestions,
  );
}
