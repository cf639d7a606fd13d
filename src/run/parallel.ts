/**
 * Parsing is most of a cold run, so it is shared with worker threads: each
 * parses a share of the pages and later checks them against the complete
 * model (see parse-worker.ts). Results are the same as in one thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { StoredMessage, StoredRecord } from './cache.js';
import type { PartialConfig } from '../config/config.js';
import type { Lang } from '../rule-kit/i18n.js';
import { PACKAGE_ROOT } from '../package-info.js';
import type { SourceProblem } from '../repository/source.js';

export interface WorkerInput {
  root: string;
  cwd: string;
  lang: Lang;
  extra: PartialConfig;
  /** Docs paths of pages that exist only in memory (overrides). */
  extraFiles: string[];
  pages: Array<{ file: string; value: string; problem?: SourceProblem; mtimeMs: number }>;
}

export interface WorkerCheck {
  records: StoredRecord[];
  check: string[];
}

/** Fewer pages than this are parsed faster than a worker starts. */
export const MIN_PAGES_FOR_WORKERS = 64;

/** The worker script: the bundle's when built, else tsc's output. */
function workerScript(): string | undefined {
  return [path.join(PACKAGE_ROOT, 'dist/bundle/parse-worker.mjs'), path.join(PACKAGE_ROOT, 'dist/src/run/parse-worker.js')].find((file) => existsSync(file));
}

/**
 * How many worker threads to start for `pages` pages to parse (0: parse in
 * this thread). V8's garbage collector already keeps a second core busy
 * during a parse, so workers pay off from four cores on (measured: on two
 * cores one worker gains nothing).
 */
export function workerCount(pages: number, requested?: number): number {
  if (requested !== undefined) return workerScript() ? Math.max(0, requested) : 0;
  if (pages < MIN_PAGES_FOR_WORKERS || !workerScript()) return 0;
  return Math.max(0, Math.min(availableParallelism() - 2, 3));
}

export class ParseWorker {
  private readonly worker: Worker;
  readonly records: Promise<Array<{ record: StoredRecord; problem?: SourceProblem }>>;
  private results?: Promise<Array<{ file: string; messages: StoredMessage[] }>>;

  constructor(input: WorkerInput) {
    const script = workerScript();
    if (!script) throw new Error('the parse worker is not built (npm run build)');
    this.worker = new Worker(script, { workerData: input });
    this.records = this.next('records');
  }

  private next<T>(type: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: { type: string; records?: unknown; results?: unknown }) => {
        if (message.type !== type) return;
        this.worker.off('message', onMessage);
        resolve((message.records ?? message.results) as T);
      };
      this.worker.on('message', onMessage);
      this.worker.once('error', reject);
    });
  }

  /** Check these of the worker's pages against the complete model (the facts of all other pages). */
  check(records: StoredRecord[], files: string[]): Promise<Array<{ file: string; messages: StoredMessage[] }>> {
    this.results ??= this.next('results');
    this.worker.postMessage({ records, check: files } satisfies WorkerCheck);
    return this.results.finally(() => this.worker.terminate());
  }
}
