/**
 * The parse-and-check half of a lint run: the parser, the page facts and
 * the rules. The engine loads it on first need, so a run answered from the
 * cache does not load micromark, YAML, ajv or the rules at all.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkAlgoritmekader from '../entries/preset.js';
import { parsePage } from '../parsing/parser.js';
import { recordFrontmatter, recordPage } from '../repository/page-facts.js';
import type { SourceProblem } from '../repository/source.js';

export { recordFrontmatter, recordPage };

/** The preset's processor; each file carries its session in `file.data`. */
export function createProcessor() {
  return unified().use(remarkParse).use(remarkAlgoritmekader).freeze();
}

/** A page near a parse budget is parsed in a worker that is ended after this long. */
const PAGE_PARSE_LIMIT_MS = Number(process.env.ALGORITMEKADER_LINT_PAGE_TIMEOUT_MS ?? 5000);

const parseWorker = [
  new URL('../parse-worker.mjs', import.meta.url),
  new URL('./parse-worker.mjs', import.meta.url),
  new URL('../entries/parse-worker.js', import.meta.url),
]
  .map((url) => fileURLToPath(url))
  .find(existsSync);

type ParseReply = { tree?: Root; error?: string } | undefined;

/**
 * One worker thread, kept between pages: pages near a budget are parsed
 * there one after another (a run with hundreds of them pays for one worker's
 * start, not one each). A page that runs out of time ends the worker; the
 * next page starts a new one. Idle, it does not keep the process alive.
 */
class ParseWorker {
  private worker?: Worker;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly script: string) {}

  /** The tree of `value`, or undefined after `limitMs` (counted from when this page's turn comes). */
  parse(value: string, limitMs: number): Promise<ParseReply> {
    const turn = this.queue.then(() => this.run(value, limitMs));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private run(value: string, limitMs: number): Promise<ParseReply> {
    this.worker ??= new Worker(this.script);
    const worker = this.worker;
    worker.ref();
    return new Promise<ParseReply>((resolve) => {
      const done = (reply: ParseReply) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        if (reply === undefined || reply.error !== undefined) this.end(worker);
        else worker.unref();
        resolve(reply);
      };
      const onMessage = (message: ParseReply) => done(message);
      const onError = (error: Error) => done({ error: error.message });
      const timer = setTimeout(() => done(undefined), limitMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(value);
    });
  }

  /** End a worker that ran out of time or failed: the next page gets a new one. */
  private end(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}

const pageWorker = parseWorker ? new ParseWorker(parseWorker) : undefined;

/**
 * Parse, or report why not, within a time limit: a page near a parse budget
 * (`nearBudget`, from reading it: where micromark may be super-linear in a
 * shape no budget knows) is parsed in the shared worker thread, which is
 * ended after PAGE_PARSE_LIMIT_MS; any other page here, at once. The run goes
 * on either way.
 */
export async function boundedParse(
  value: string,
  problem: SourceProblem | undefined,
  nearBudget: boolean | undefined,
): Promise<{ tree: Root; problem?: SourceProblem }> {
  if (problem || !pageWorker || !nearBudget) return safeParse(value, problem);
  const reply = await pageWorker.parse(value, PAGE_PARSE_LIMIT_MS);
  if (!reply) return { tree: parsePage(''), problem: { code: 'timed-out', seconds: PAGE_PARSE_LIMIT_MS / 1000 } };
  if (reply.error !== undefined || !reply.tree) return { tree: parsePage(''), problem: { code: 'unparsable', detail: reply.error ?? 'no tree' } };
  return { tree: reply.tree };
}

/** Parse, or report why not: a page must never stop the run. */
export function safeParse(value: string, problem: SourceProblem | undefined): { tree: Root; problem?: SourceProblem } {
  try {
    return { tree: parsePage(value), problem };
  } catch (error) {
    return { tree: parsePage(''), problem: { code: 'unparsable', detail: (error as Error)?.message ?? String(error) } };
  }
}
