/**
 * The language server's checker: requests go to a worker thread
 * (check-worker.ts) one at a time. A check that takes longer than the limit
 * ends that worker, so a hostile page never blocks the server; the page gets
 * a message saying so, and the next request starts a new worker.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckReply, CheckRequest } from './check-worker.js';

/** Bounded pages are checked within about two seconds; this leaves room for a busy machine. */
export const LIMIT_MS = Number(process.env.ALGORITMEKADER_LINT_CHECK_TIMEOUT_MS ?? 15_000);

const script = [new URL('./check-worker.mjs', import.meta.url), new URL('./check-worker.js', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find(existsSync);

type Pending = { request: CheckRequest; resolve: (reply: CheckReply | undefined) => void };

export class Checker {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** The worker's reply, or undefined when it took too long or crashed. */
  ask(request: Omit<CheckRequest, 'id'>): Promise<CheckReply | undefined> {
    const full: CheckRequest = { ...request, id: this.nextId++ };
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.abandon(full.id), LIMIT_MS);
      this.pending.set(full.id, {
        request: full,
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
      });
      this.start().postMessage(full);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(script!);
    worker.on('message', (reply: CheckReply) => {
      this.pending.get(reply.id)?.resolve(reply);
      this.pending.delete(reply.id);
    });
    // A crash ends the request in flight (the oldest: the worker answers one at a time), never in a loop.
    worker.on('error', () => {
      const [inFlight] = this.pending.keys();
      if (inFlight !== undefined && this.worker === worker) this.abandon(inFlight);
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Request `id` took too long: end the worker; the other waiting requests go to a new one. */
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
