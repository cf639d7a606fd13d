/**
 * The spelling worker's thread (spell-worker.ts), and its early start: a
 * command line that may check pages starts it before the linter's own
 * modules load, so that Hunspell loads (0.3 s) while they and the pages do.
 * The spelling service (prefetch.ts) takes it over; a run that turns out not
 * to need it leaves it idle (it never keeps the process alive).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The worker's script: beside a bundled chunk or entry, or in dist/src/entries/. */
export const SPELL_WORKER = [
  new URL('../spell-worker.mjs', import.meta.url),
  new URL('./spell-worker.mjs', import.meta.url),
  new URL('../entries/spell-worker.js', import.meta.url),
]
  .map((url) => fileURLToPath(url))
  .find(existsSync);

export function newSpellWorker(script: string): Worker {
  return new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
}

let early: { worker: Worker; ended: boolean } | undefined;

/** Flags after which the CLI checks no page, or checks only what a cache may answer. */
const NO_CHECK = new Set(['-h', '--help', '-v', '--version', '--init', '--print-config', '--list-rules', '--cache']);

/** Start the worker now, if the command line (`argv` without node and the script) may check pages with the spelling rule. */
export function startSpellingEarly(argv: string[]): void {
  if (!SPELL_WORKER || early || argv.some((arg) => NO_CHECK.has(arg.split('=')[0]))) return;
  // `--rule x` checks only the rules named.
  if (argv.some((arg) => arg.startsWith('--rule')) && !argv.some((arg) => /\bspelling\b/.test(arg))) return;
  const started = { worker: newSpellWorker(SPELL_WORKER), ended: false };
  // A worker that fails before it is taken over is simply not used.
  started.worker.on('error', () => {});
  started.worker.on('exit', () => {
    started.ended = true;
  });
  started.worker.unref();
  early = started;
}

/** The worker started early, if it is still running: taken once. */
export function takeEarlyWorker(): Worker | undefined {
  const taken = early && !early.ended ? early.worker : undefined;
  early = undefined;
  return taken;
}

/** The run needs no spelling after all (the configuration turns the rule off): the early worker ends. */
export function endEarlyWorker(): void {
  void takeEarlyWorker()?.terminate();
}
