/**
 * The language server's checker: requests go to worker threads
 * (check-worker.ts), each worker answering one at a time. One hostile page
 * never holds up the others:
 *
 * - a request that runs longer than STALL_MS while others wait is left alone
 *   on its worker, and the waiting requests move to the spare worker (kept
 *   warm beside the main one, by the same refreshes); a new spare starts;
 * - a request that runs longer than LIMIT_MS ends its worker; the page gets a
 *   message saying so (the server then leaves it until it is saved);
 * - an isolated request (such a page, checked again) gets a worker of its own;
 * - background work (the whole-repository check) has a worker of its own,
 *   so typing never waits behind it nor moves to a worker still starting.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckReply, CheckRequest } from './check-handler.js';
import { type CheckerLike, LIMIT_MS } from './lsp/host.js';

export { LIMIT_MS } from './lsp/host.js';

/** A request running this long with others waiting behind it: those move to another worker. */
const STALL_MS = Number(process.env.ALGORITMEKADER_LINT_STALL_MS ?? 150);

const script = [new URL('./check-worker.mjs', import.meta.url), new URL('./check-worker.js', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find(existsSync);

type Pending = { request: CheckRequest; resolve: (reply: CheckReply | undefined) => void };

/** A worker and its queue; the first pending request is the one it is working on, since `headSince`. */
interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  headSince: number;
  /** It has answered once (its warm-up included): it holds the repository's facts. */
  ready: boolean;
}

export class Checker implements CheckerLike {
  private primary?: Slot;
  private spare?: Slot;
  /** The worker for background work (pages as on disk): never the one typing is checked on. */
  private background?: Slot;
  /** Workers left alone with one slow request, ended when it is answered or runs out of time. */
  private readonly aside = new Set<Slot>();
  private nextId = 1;
  private watchdog?: NodeJS.Timeout;
  /** The newest refresh and page check, replayed to a new spare: it has the repository's facts and a compiled checker when needed. */
  private warmUp?: CheckRequest;
  private lastCheck?: CheckRequest;
  /**
   * The newest check of each open page, with its unsaved text: a worker that
   * takes the queue over is told them first, so that it judges other pages
   * against what the editor shows, as the worker before it did.
   */
  private readonly openTexts = new Map<string, CheckRequest>();

  /**
   * The worker's reply, or undefined when it took too long or crashed. `isolated`: on a worker of its own;
   * `background`: on the background worker.
   */
  ask(request: Omit<CheckRequest, 'id'>, { isolated = false, background = false } = {}): Promise<CheckReply | undefined> {
    const full: CheckRequest = { ...request, id: this.nextId++ };
    if (request.type === 'refresh') this.warmUp = full;
    if (request.type === 'check' && !isolated && !background) this.openTexts.set(request.path, full);
    if (request.type === 'close') this.openTexts.delete(request.path);
    // The spare and the background worker follow what changes the model (files on disk, a page closed), without an answer.
    if (!isolated && !background && (request.type === 'refresh' || request.type === 'close')) {
      for (const slot of [this.spare, this.background]) slot?.worker.postMessage({ ...full, id: 0 });
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.abandon(full.id), LIMIT_MS);
      const pending: Pending = {
        request: full,
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
      };
      if (isolated) {
        const slot = this.startSlot();
        this.aside.add(slot);
        this.post(slot, pending);
      } else if (background) {
        this.background ??= this.startSlot();
        this.post(this.background, pending);
      } else this.post(this.main([pending]), pending);
    });
  }

  async close(): Promise<void> {
    clearInterval(this.watchdog);
    const slots = [this.primary, this.spare, this.background, ...this.aside].filter((slot): slot is Slot => slot !== undefined);
    this.primary = this.spare = this.background = undefined;
    this.aside.clear();
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private main(moving: Pending[] = []): Slot {
    if (!this.primary) {
      this.primary = this.spare ?? this.startSlot();
      this.spare = undefined;
      this.tellOpenTexts(this.primary, moving);
      if (this.primary.ready) this.startSpare();
    }
    return this.primary;
  }

  /**
   * The open pages' newest texts to a worker taking the queue over. Not a
   * request still to be answered (`moving` to it, or in flight on a worker
   * set aside): told ahead, its page would seem unchanged when its turn
   * came, and the pages pointing at it would not be checked again.
   */
  private tellOpenTexts(slot: Slot, moving: Pending[]): void {
    const unanswered = new Set([...moving, ...[...this.aside].flatMap((aside) => [...aside.pending.values()])].map((pending) => pending.request));
    for (const request of this.openTexts.values()) if (!unanswered.has(request)) slot.worker.postMessage({ ...request, id: 0 });
  }

  /** The spare starts once the main worker is ready, so that two cold starts never compete for the cores. */
  private startSpare(): void {
    if (this.spare) return;
    this.spare = this.startSlot();
    const warmUp = [this.warmUp, this.lastCheck, this.lastCheck].filter((request) => request !== undefined);
    for (const request of warmUp) this.spare.worker.postMessage({ ...request, id: 0 });
  }

  private post(slot: Slot, pending: Pending): void {
    if (slot.pending.size === 0) slot.headSince = Date.now();
    slot.pending.set(pending.request.id, pending);
    slot.worker.postMessage(pending.request);
    this.watch();
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: new Worker(script!), pending: new Map(), headSince: Date.now(), ready: false };
    slot.worker.on('message', (reply: CheckReply) => {
      slot.ready = true;
      if (slot === this.primary) this.startSpare();
      const pending = slot.pending.get(reply.id);
      if (!pending) return; // the spare's warm-up, or a request that moved on
      slot.pending.delete(reply.id);
      // A quick page check is what a spare warms up on (never a page that stalls).
      if (pending.request.type === 'check' && Date.now() - slot.headSince < STALL_MS) this.lastCheck = pending.request;
      slot.headSince = Date.now();
      // A page that stalled is done after all: the worker that took over learns its text before the pages
      // pointing at it are checked again (the server does that on this reply).
      const { request } = pending;
      if (this.aside.has(slot) && this.openTexts.get(request.path) === request) this.primary?.worker.postMessage({ ...request, id: 0 });
      pending.resolve(reply);
      if (slot.pending.size === 0 && this.aside.delete(slot)) void slot.worker.terminate();
    });
    // A crash ends the request in flight (the oldest: the worker answers one at a time), never in a loop.
    slot.worker.on('error', () => {
      const [inFlight] = slot.pending.keys();
      if (inFlight !== undefined) this.abandon(inFlight);
      else this.drop(slot);
    });
    slot.worker.unref();
    return slot;
  }

  /** While the main worker has a queue: a head that stalls is set aside, and the queue moves on. */
  private watch(): void {
    if (this.watchdog) return;
    this.watchdog = setInterval(
      () => {
        const primary = this.primary;
        if (!primary || primary.pending.size === 0) {
          clearInterval(this.watchdog);
          this.watchdog = undefined;
          return;
        }
        // Only a warm worker's page check or feature counts as stalled: a cold start is slow for every
        // request, and moving its queue would only start another cold worker.
        const [head] = primary.pending.values();
        const stalled = primary.ready && (head.request.type === 'check' || head.request.type === 'feature');
        if (stalled && primary.pending.size > 1 && Date.now() - primary.headSince > STALL_MS) this.setAside(primary);
      },
      Math.max(10, Math.min(100, STALL_MS / 3)),
    );
    this.watchdog.unref();
  }

  private setAside(slot: Slot): void {
    const [head, ...waiting] = slot.pending.values();
    slot.pending = new Map([[head.request.id, head]]);
    this.aside.add(slot);
    this.primary = undefined;
    const next = this.main(waiting);
    for (const pending of waiting) this.post(next, pending);
  }

  /** Request `id` took too long, or its worker crashed: end that worker; its other requests go on elsewhere. */
  private abandon(id: number): void {
    const slot = [this.primary, this.background, ...this.aside].find((candidate) => candidate?.pending.has(id));
    if (!slot) return;
    const request = slot.pending.get(id)?.request;
    // A page that ended its worker is never replayed to the next one.
    if (request && this.openTexts.get(request.path) === request) this.openTexts.delete(request.path);
    slot.pending.get(id)?.resolve(undefined);
    slot.pending.delete(id);
    this.drop(slot);
  }

  private drop(slot: Slot): void {
    void slot.worker.terminate();
    this.aside.delete(slot);
    if (this.spare === slot) this.spare = undefined;
    if (this.background === slot) {
      this.background = undefined;
      // What waited behind the request that ended it gets an answer: none.
      for (const pending of slot.pending.values()) pending.resolve(undefined);
      slot.pending.clear();
    }
    if (this.primary !== slot) return;
    this.primary = undefined;
    const waiting = [...slot.pending.values()];
    slot.pending.clear();
    for (const pending of waiting) this.post(this.main(waiting), pending);
  }
}
