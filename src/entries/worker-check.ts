/**
 * The language server's check step: the page goes to a worker thread
 * (check-worker.ts) and its messages come back. A check that takes longer
 * than the limit ends that worker, so a hostile page never blocks the server;
 * the page gets a message saying so, and the next check starts a new worker.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { configFor } from '../config/config.js';
import { findRoot } from '../repository/repository.js';
import { SOURCE } from '../rule-kit/constants.js';
import { format } from '../rule-kit/i18n.js';
import { restoreMessages, type StoredMessage } from '../run/cache.js';
import type { CheckRequest } from './check-worker.js';

/** Bounded pages are checked within about two seconds; this leaves room for a busy machine. */
const LIMIT_MS = Number(process.env.ALGORITMEKADER_LINT_CHECK_TIMEOUT_MS ?? 15_000);

const TIMED_OUT = {
  nl: 'Deze pagina kon niet binnen {seconds} s worden gecontroleerd en is overgeslagen; de andere pagina’s worden wel gecontroleerd.',
  en: 'This page could not be checked within {seconds} s and was skipped; the other pages are still checked.',
};

const script = [new URL('./check-worker.mjs', import.meta.url), new URL('./check-worker.js', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find(existsSync);

type Pending = { request: CheckRequest; resolve: (messages: StoredMessage[] | undefined) => void };

class Checker {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  check(file: VFile): Promise<StoredMessage[] | undefined> {
    const request: CheckRequest = { id: this.nextId++, path: file.path, cwd: file.cwd, text: String(file.value ?? '') };
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.abandon(request.id), LIMIT_MS);
      this.pending.set(request.id, {
        request,
        resolve: (messages) => {
          clearTimeout(timer);
          resolve(messages);
        },
      });
      this.start().postMessage(request);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(script!);
    worker.on('message', ({ id, messages }: { id: number; messages: StoredMessage[] }) => {
      this.pending.get(id)?.resolve(messages);
      this.pending.delete(id);
    });
    // A crash ends the check in flight (the oldest: the worker checks one at a time), never in a loop.
    worker.on('error', () => {
      const [inFlight] = this.pending.keys();
      if (inFlight !== undefined && this.worker === worker) this.abandon(inFlight);
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** The check `id` took too long: end the worker; the other waiting pages go to a new one. */
  private abandon(id: number): void {
    this.pending.get(id)?.resolve(undefined);
    this.pending.delete(id);
    if (this.worker) this.restart(this.worker);
  }

  private restart(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    void worker.terminate();
    for (const { request } of this.pending.values()) this.start().postMessage(request);
  }
}

const checker = new Checker();

/** The server's processor plugin: no parsing here (a page is parsed in the worker), never a re-serialised page. */
const workerCheck: Plugin<[], Root> = function (this: Processor) {
  this.parser = () => ({ type: 'root', children: [] });
  this.compiler = (_tree, file) => String(file.value ?? '');
  return async (_tree: Root, file: VFile) => {
    if (!file.path) return;
    const messages = await checker.check(file);
    if (messages) return restoreMessages(file, messages);
    const root = findRoot(path.dirname(path.resolve(file.cwd, file.path)));
    const lang = root ? configFor(root).lang : 'nl';
    const message = file.message(format(TIMED_OUT[lang], { seconds: LIMIT_MS / 1000 }), { source: SOURCE });
    message.fatal = false;
  };
};

export default workerCheck;
