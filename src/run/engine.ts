/**
 * A lint run as named stages: resolve (session) → select (pages) → replay
 * (the last report, with a cache, when nothing changed) → load facts (model)
 * → external (network, on request) → check (rules) → finish (run-level
 * findings, cache). Each stage is a module in ./stages.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import { LocalizedError } from '../errors.js';
import type { ExternalRunOptions } from '../external/run.js';
import { type FileChanges, memoryFiles } from '../repository/file-source.js';
import type { Repository } from '../repository/repository.js';
import type { Preexisting } from './baseline.js';
import { type CacheStore, fileStore, keptMkdocs, LintCache } from './cache.js';
import type { ChangeSet, PendingChanges } from './changes.js';
import { fileAt } from './git.js';
import { notLinted, type Session, type SessionOptions } from './session.js';
import { checkPages } from './stages/check.js';
import { checkExternal } from './stages/external.js';
import { finishRun } from './stages/finish.js';
import { loadFacts } from './stages/load-facts.js';
import { replayLastRun } from './stages/replay.js';
import { resolveRun } from './stages/resolve.js';
import { narrowToChanges, readChangesSince, selectPages } from './stages/select.js';
import { applySuppressions, readSuppressions, SUPPRESSIONS_FILE, type SuppressionRun, type Suppressions } from './suppressions.js';
import type { TimedStage, Timings } from './timings.js';

export interface LintOptions extends SessionOptions {
  /** Files, folders or globs to lint; default: every page under the docs folder. */
  paths?: string[];
  /** Check external http(s) URLs of the selected pages (network). */
  external?: ExternalRunOptions | boolean;
  /** Lint only what changed since this git ref, plus the pages that point at it; report URN changes. */
  changedSince?: string;
  /** Read every page even when the cache vouches for it (`--fix` needs the text). */
  readSources?: boolean;
  /** Reuse facts and results of unchanged pages between runs (`--cache`): a folder or `.json` file, or a store. */
  cache?: true | { location?: string } | { store: CacheStore };
  /** File texts that take precedence over the disk (absolute or cwd-relative paths; new files allowed; `null`: gone). */
  overrides?: FileChanges;
  /** Where the time went (`--timing`): stages, parsing and rules are added here. */
  timings?: Timings;
  /** With `changedSince`: also the findings the base already had (by default only new ones, and those on changed lines). */
  allFindings?: boolean;
  /** The suppressions file: where it is (default `.algoritmekader-lint-suppressions.json` in the root), and whether to write it first. */
  suppressions?: { location?: string; write?: 'all' | 'prune' };
}

export interface LintResult {
  files: VFile[];
  repository: Repository;
  session: Session;
  /** With `changedSince`: what changed, and the commit compared with. */
  changes?: ChangeSet;
  /** Pages parsed, and pages whose messages came from the cache. */
  stats: { parsed: number; reused: number };
  /** With `changedSince`: the findings left out because the base already had them. */
  preexisting?: Preexisting;
  /** What the suppressions file left out, and whether it was written. */
  suppressions: SuppressionRun;
}

/** Run a stage, timed with `--timing`. */
type Timed = <T>(stage: TimedStage, work: () => T | Promise<T>) => T | Promise<T>;

export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const { timings } = options;
  const timed: Timed = (stage, work) => (timings ? timings.stage(stage, work) : work());
  let store: CacheStore | undefined;
  // With a cache, mkdocs.yml is parsed only when its text changed since the last run.
  const knownMkdocs = (root: string) => {
    store ??= cacheStore(options, root);
    return store && keptMkdocs(store);
  };
  const session = await timed('resolve', () => resolveRun(options.cache ? { ...options, knownMkdocs } : options));
  if (timings) session.run.timings = timings;
  try {
    return await runStages(session, options, store, timed);
  } catch (error) {
    // Said in the run's language, which the configuration may have set.
    if (error instanceof LocalizedError) error.lang ??= session.lang;
    throw error;
  }
}

/** The stages after the session: select, replay, load facts, external, check, finish. */
async function runStages(session: Session, options: LintOptions, store: CacheStore | undefined, timed: Timed): Promise<LintResult> {
  const explicit = await timed('select', () => selectPages(session, options.paths));
  const cache = openCache(session, options, store ?? cacheStore(options, session.root));
  const all = session.repository.pagePaths();
  let selected = explicit ?? all.filter((file) => !notLinted(session, file));
  const replayed = cache && !options.readSources ? await timed('replay', () => replayLastRun(session, cache, all, selected)) : undefined;
  if (replayed) {
    const files = await timed('suppress', () => suppress(session, replayed, options));
    return { ...files, repository: session.repository, session, stats: { parsed: 0, reused: replayed.length } };
  }
  // A pull request: git says what changed, and which pages' text names it (only they can point at it).
  const { changedSince } = options;
  const pending: PendingChanges | undefined = changedSince === undefined ? undefined : await timed('select', () => readChangesSince(session, changedSince));
  // Named pages are parsed now; the others on first need (a one-page run does not parse the repository).
  const parseNow = pending ? new Set([...(explicit ?? []), ...pending.pages, ...pending.mayDependOn]) : explicit && new Set(explicit);
  const loaded = await timed('loadFacts', () => loadFacts(session, [...all, ...(explicit ?? [])], cache, options.readSources === true, parseNow));
  let changes: ChangeSet | undefined;
  if (pending) {
    ({ changes, selected } = await timed('select', () => narrowToChanges(session, pending, explicit)));
    selected = selected.filter((file) => !notLinted(session, file));
  }
  const external = options.external;
  if (external) await timed('external', () => checkExternal(session, loaded.pages, selected, external, changes));
  const checked = await timed('check', () => checkPages(session, loaded.pages, selected, cache));
  const finished = await timed('finish', () => finishRun(session, checked.files, cache, { onNotice: options.onNotice, pages: all, selected }));
  const { files, suppressions } = await timed('suppress', () => suppress(session, finished, options, changes));
  let preexisting: Preexisting | undefined;
  if (changes && !options.allFindings) {
    const { keepNewFindings } = await import('./baseline.js');
    const compared = changes;
    preexisting = await timed('baseline', () => keepNewFindings(session, files, compared));
  }
  return {
    files,
    repository: session.repository,
    session,
    changes,
    preexisting,
    suppressions,
    stats: { parsed: loaded.parsed + checked.parsed + session.repository.parsedOnDemand, reused: checked.reused },
  };
}

/** The suppressions file on the run's findings (written first with `--suppress-all` or `--prune-suppressions`). */
function suppress(session: Session, files: VFile[], { suppressions = {} }: LintOptions, changes?: ChangeSet): { files: VFile[]; suppressions: SuppressionRun } {
  const rules = session.only && new Set(session.only);
  // A pull request is judged by the base's suppressions (it may only lower them).
  const base = changes && baseSuppressions(session, changes, suppressions.location);
  const applied = applySuppressions(session, files, { ...suppressions, rules, base });
  return { files: applied.files, suppressions: applied.run };
}

function baseSuppressions(session: Session, changes: ChangeSet, location: string | undefined): Suppressions | null {
  const file = path.resolve(session.root, location ?? SUPPRESSIONS_FILE);
  const text = fileAt(changes.top, changes.base, path.relative(changes.top, file));
  if (text === undefined) return null;
  return readSuppressions(session.root, memoryFiles(session.root, { [file]: text }), location) ?? null;
}

/** Where the cache of the repository at `root` is kept (none without `cache`). */
function cacheStore({ cache }: LintOptions, root: string): CacheStore | undefined {
  if (!cache) return undefined;
  if (cache !== true && 'store' in cache) return cache.store;
  // The default place is in the repository: a committed link there must not carry the cache elsewhere.
  if (cache !== true && cache.location) return fileStore(cache.location);
  return fileStore(path.join(root, 'node_modules/.cache/algoritmekader-lint'), root);
}

/** The cache holds results that depend on the repository alone: not with network or git comparisons. */
function openCache(session: Session, { external, changedSince }: LintOptions, store: CacheStore | undefined): LintCache | undefined {
  if (!store || external || changedSince !== undefined) return undefined;
  // Results depend on the rules that ran: a `--rule` run must not answer for a run of all.
  const settings = { config: session.config, mkdocs: session.repository.mkdocs, only: session.only ?? null };
  return new LintCache(store, settings);
}
