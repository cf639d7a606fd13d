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

/**
 * Parse, or report why not, within a time limit: a page near a parse budget
 * (`nearBudget`, from reading it: where micromark may be super-linear in a
 * shape no budget knows) is parsed
 * in a worker thread that is ended after PAGE_PARSE_LIMIT_MS; any other page
 * here, at once. The run goes on either way.
 */
export async function boundedParse(
  value: string,
  problem: SourceProblem | undefined,
  nearBudget: boolean | undefined,
): Promise<{ tree: Root; problem?: SourceProblem }> {
  if (problem || !parseWorker || !nearBudget) return safeParse(value, problem);
  const worker = new Worker(parseWorker);
  try {
    const reply = await new Promise<{ tree?: Root; error?: string } | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), PAGE_PARSE_LIMIT_MS);
      worker.once('message', (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        resolve({ error: error.message });
      });
      worker.postMessage(value);
    });
    if (!reply) return { tree: parsePage(''), problem: { code: 'timed-out', seconds: PAGE_PARSE_LIMIT_MS / 1000 } };
    if (reply.error !== undefined || !reply.tree) return { tree: parsePage(''), problem: { code: 'unparsable', detail: reply.error ?? 'no tree' } };
    return { tree: reply.tree };
  } finally {
    void worker.terminate();
  }
}

/** Parse, or report why not: a page must never stop the run. */
export function safeParse(value: string, problem: SourceProblem | undefined): { tree: Root; problem?: SourceProblem } {
  try {
    return { tree: parsePage(value), problem };
  } catch (error) {
    return { tree: parsePage(''), problem: { code: 'unparsable', detail: (error as Error)?.message ?? String(error) } };
  }
}
