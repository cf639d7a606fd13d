/**
 * A lint run as named stages: resolve (session), then the list STAGES in
 * order: select (pages) → replay (the last report, with a cache, when
 * nothing changed) → load facts (model) → narrow (a pull request's pages) →
 * external (network, on request) → check (rules) → finish (run-level
 * findings, cache) → baseline (a pull request: what the base had) →
 * suppress (only what the base had, in a pull request) → narrow to new.
 * Each stage's work is a module in ./stages; a new stage is a row in
 * STAGES. A pull request that changes the configuration is run twice, with
 * its own and the base's (`lint`).
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { ConfigError, ERRORS, LocalizedError, NOTICES, say } from '../errors.js';
import type { ExternalRunOptions } from '../external/run.js';
import { type FileChanges, memoryFiles } from '../repository/file-source.js';
import type { Repository } from '../repository/repository.js';
import type { Preexisting } from './baseline.js';
import { type CacheStore, fileStore, keptMkdocs, LintCache } from './cache.js';
import type { ChangeSet, PendingChanges } from './changes.js';
import { fileAt } from './git.js';
import type { Session, SessionOptions } from './session.js';
import { postSpelling, warmSpelling } from './spelling-ahead.js';
import { checkPages } from './stages/check.js';
import { checkExternal } from './stages/external.js';
import { finishRun } from './stages/finish.js';
import { loadFacts, type PageState } from './stages/load-facts.js';
import { replayLastRun } from './stages/replay.js';
import { resolveRun } from './stages/resolve.js';
import { lintable, narrowToChanges, readChangesSince, selectPages } from './stages/select.js';
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
  /** With `changedSince`: the change is what is staged (the index), not the work tree; `overrides` give the index's texts. */
  staged?: boolean;
  /** With `changedSince`: judge by the change's own configuration alone, even where it lowers the bar (by default the base's applies too). */
  acceptConfigChange?: boolean;
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
  const result = await lintOnce(options);
  const { changes, session } = result;
  if (!changes || options.acceptConfigChange) return result;
  // A pull request never lowers its own bar: where it changes the configuration, the base's judges too.
  const { changedConfiguration, configurationNotices, strictestOf } = await import('./config-change.js');
  const changed = changedConfiguration(session, changes, options.configFile);
  if (!changed) return result;
  let byBase: LintResult;
  try {
    byBase = await lintOnce({
      ...options,
      overrides: { ...options.overrides, ...changed },
      suppressions: { location: options.suppressions?.location },
      timings: undefined,
      onNotice: undefined,
      // The network is asked once, by the run with the change's own configuration.
      external: undefined,
      acceptConfigChange: true,
    });
  } catch (error) {
    // The base's configuration cannot judge this change (a docs_dir moved): say so, never pass on the change's alone.
    if (!(error instanceof LocalizedError)) throw error;
    throw new ConfigError(ERRORS.baseConfigurationUnusable, { detail: error.in(session.lang) });
  }
  const notices = configurationNotices(session, changes, Object.keys(changed));
  return { ...result, files: [...strictestOf(result.files, byBase.files, session.lang), ...notices] };
}

async function lintOnce(options: LintOptions): Promise<LintResult> {
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
    const cache = openCache(session, options, store ?? cacheStore(options, session.root));
    const run: RunState = { session, options, cache, all: session.repository.pagePaths(), selected: [], files: [], replayed: false, parsed: 0, reused: 0 };
    for (const stage of STAGES) {
      if ((run.replayed && !stage.afterReplay) || (stage.when && !stage.when(run))) continue;
      await timed(stage.name, () => stage.run(run));
    }
    const { files, changes, preexisting } = run;
    const parsed = run.parsed + session.repository.parsedOnDemand;
    return { files, repository: session.repository, session, changes, preexisting, suppressions: run.suppressions!, stats: { parsed, reused: run.reused } };
  } catch (error) {
    // Said in the run's language, which the configuration may have set.
    if (error instanceof LocalizedError) error.lang ??= session.lang;
    throw error;
  }
}

/** What the stages hand on to each other. */
interface RunState {
  session: Session;
  options: LintOptions;
  cache: LintCache | undefined;
  /** Every page of the repository. */
  all: string[];
  /** The pages the caller named. */
  explicit?: string[];
  /** The pages to check. */
  selected: string[];
  /** `--changed-since`: what git says changed, before the facts are loaded. */
  pending?: PendingChanges;
  changes?: ChangeSet;
  pages?: Map<string, PageState>;
  files: VFile[];
  /** The files are the last run's report: the stages that make them are skipped. */
  replayed: boolean;
  parsed: number;
  reused: number;
  suppressions?: SuppressionRun;
  /** A pull request: the findings the base already had. */
  old?: Set<VFileMessage>;
  preexisting?: Preexisting;
}

interface Stage {
  name: TimedStage;
  /** The stage runs only when this holds. */
  when?: (run: RunState) => unknown;
  /** It also runs on the last run's report. */
  afterReplay?: boolean;
  run: (run: RunState) => unknown;
}

/** The stages after the session, in the order they run. */
const STAGES: Stage[] = [
  { name: 'select', run: select },
  { name: 'replay', when: (run) => run.cache && !run.options.readSources, run: replay },
  { name: 'loadFacts', run: load },
  { name: 'narrow', when: (run) => run.pending, run: narrow },
  { name: 'external', when: (run) => run.options.external, run: external },
  { name: 'check', run: check },
  { name: 'finish', run: finish },
  { name: 'baseline', when: (run) => run.changes, run: baseline },
  { name: 'suppress', afterReplay: true, run: suppress },
  { name: 'narrowToNew', when: (run) => run.changes && !run.options.allFindings, run: narrowToNew },
];

/** The named pages, or every page; a pull request's pages are known after the facts (`narrow`). */
async function select(run: RunState): Promise<void> {
  const { session, options } = run;
  run.explicit = await selectPages(session, options.paths);
  // A pull request: git says what changed, and which pages' text names it (only they can point at it).
  if (options.changedSince !== undefined) run.pending = await readChangesSince(session, options.changedSince, options.staged);
  else run.selected = run.explicit ?? lintable(session, run.all);
}

function replay(run: RunState): void {
  const files = replayLastRun(run.session, run.cache!, run.all, run.selected);
  if (!files) return;
  Object.assign(run, { files, replayed: true, reused: files.length });
}

async function load(run: RunState): Promise<void> {
  const { session, options, explicit, pending } = run;
  // Named pages are parsed now; the others on first need (a one-page run does not parse the repository).
  const parseNow = pending ? new Set([...(explicit ?? []), ...pending.pages, ...pending.mayDependOn]) : explicit && new Set(explicit);
  // The pages whose words the spelling worker may judge ahead: those that may be checked.
  const toCheck = new Set(parseNow ?? run.selected);
  const onParsed = (file: string, tree: Root, source: string) => (toCheck.has(file) ? postSpelling(session, file, tree, source) : Promise.resolve());
  // With a cache, the pages may need no check: the worker then starts with the first page posted.
  if (!run.cache) await warmSpelling(session, toCheck.values().next().value);
  const loaded = await loadFacts(session, [...run.all, ...(explicit ?? [])], run.cache, options.readSources === true, parseNow, onParsed);
  run.pages = loaded.pages;
  run.parsed += loaded.parsed;
}

async function narrow(run: RunState): Promise<void> {
  Object.assign(run, await narrowToChanges(run.session, run.pending!, run.explicit));
}

async function external(run: RunState): Promise<void> {
  await checkExternal(run.session, run.pages!, run.selected, run.options.external as ExternalRunOptions | true, run.changes);
}

async function check(run: RunState): Promise<void> {
  const checked = await checkPages(run.session, run.pages!, run.selected, run.cache);
  run.files = checked.files;
  run.parsed += checked.parsed;
  run.reused += checked.reused;
}

async function finish(run: RunState): Promise<void> {
  run.files = await finishRun(run.session, run.files, run.cache, { onNotice: run.options.onNotice, pages: run.all, selected: run.selected });
}

/** A pull request: which findings the base already had (only those can be suppressed or left out). */
async function baseline(run: RunState): Promise<void> {
  const { oldFindings } = await import('./baseline.js');
  run.old = await oldFindings(run.session, run.files, run.changes!);
}

/** A pull request reports what it brought: the base's findings are left out and counted. */
async function narrowToNew(run: RunState): Promise<void> {
  const { dropOldFindings } = await import('./baseline.js');
  run.preexisting = dropOldFindings(run.files, run.old ?? new Set(), run.changes!);
}

/** The suppressions file on the run's findings (written first with `--suppress-all` or `--prune-suppressions`). */
function suppress(run: RunState): void {
  const { session, changes, options } = run;
  const { suppressions = {} } = options;
  const rules = session.only && new Set(session.only);
  // A pull request is judged by the base's suppressions (it may only lower them).
  const base = changes && baseSuppressions(session, changes, suppressions.location, options.onNotice);
  // A pull request's new findings are never suppressed: only what the base already had.
  const applied = applySuppressions(session, run.files, { ...suppressions, rules, base, onlyOld: run.old });
  run.files = applied.files;
  run.suppressions = applied.run;
}

/** The base's suppressions (null: none); undefined when the base's file is broken, so that a pull request can repair it. */
function baseSuppressions(
  session: Session,
  changes: ChangeSet,
  location: string | undefined,
  onNotice?: (text: string) => void,
): Suppressions | null | undefined {
  const file = path.resolve(session.root, location ?? SUPPRESSIONS_FILE);
  const text = fileAt(changes.top, changes.base, path.relative(changes.top, file));
  if (text === undefined) return null;
  try {
    return readSuppressions(session.root, memoryFiles(session.root, { [file]: text }), location) ?? null;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    onNotice?.(say(NOTICES.baseSuppressionsBroken, { file: path.relative(session.cwd, file) || file, detail: error.in(session.lang) }, session.lang));
    return undefined;
  }
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
