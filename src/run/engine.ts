/**
 * A lint run as named stages: resolve (session) → select (pages) → load
 * facts (model) → external (network, on request) → check (rules) → finish
 * (run-level findings, cache). Each stage is a module in ./stages.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { ExternalRunOptions } from '../external/run.js';
import type { FileChanges } from '../repository/file-source.js';
import type { Repository } from '../repository/repository.js';
import { type CacheStore, fileStore, LintCache } from './cache.js';
import type { ChangeSet } from './changes.js';
import type { Session, SessionOptions } from './session.js';
import { checkPages } from './stages/check.js';
import { checkExternal } from './stages/external.js';
import { finishRun } from './stages/finish.js';
import { loadFacts } from './stages/load-facts.js';
import { resolveRun } from './stages/resolve.js';
import { narrowToChanges, selectPages } from './stages/select.js';

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
}

export interface LintResult {
  files: VFile[];
  repository: Repository;
  session: Session;
  /** With `changedSince`: what changed, and the commit compared with. */
  changes?: ChangeSet;
  /** Pages parsed, and pages whose messages came from the cache. */
  stats: { parsed: number; reused: number };
}

export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const session = await resolveRun(options);
  const explicit = await selectPages(session, options.paths);
  const cache = openCache(session, options);
  const all = session.repository.pagePaths();
  // Named pages are parsed now; the others on first need (a one-page run does not parse the repository).
  const parseNow = explicit && options.changedSince === undefined ? new Set(explicit) : undefined;
  const loaded = await loadFacts(session, [...all, ...(explicit ?? [])], cache, options.readSources === true, parseNow);
  let selected = explicit ?? all.filter((file) => !session.policy.isIgnored(file));
  let changes: ChangeSet | undefined;
  if (options.changedSince !== undefined) {
    ({ changes, selected } = await narrowToChanges(session, options.changedSince, explicit));
    selected = selected.filter((file) => !session.policy.isIgnored(file));
  }
  if (options.external) await checkExternal(session, loaded.pages, selected, options.external, changes);
  const checked = await checkPages(session, loaded.pages, selected, cache);
  const files = await finishRun(session, checked.files, cache, options.onNotice);
  return {
    files,
    repository: session.repository,
    session,
    changes,
    stats: { parsed: loaded.parsed + checked.parsed + session.repository.parsedOnDemand, reused: checked.reused },
  };
}

/** The cache holds results that depend on the repository alone: not with network or git comparisons. */
function openCache(session: Session, { cache, external, changedSince }: LintOptions): LintCache | undefined {
  if (!cache || external || changedSince !== undefined) return undefined;
  // Results depend on the rules that ran: a `--rule` run must not answer for a run of all.
  const settings = { config: session.config, mkdocs: session.repository.mkdocs, only: session.only ?? null };
  if (cache !== true && 'store' in cache) return new LintCache(cache.store, settings);
  const location = (cache !== true && cache.location) || path.join(session.root, 'node_modules/.cache/algoritmekader-lint');
  return new LintCache(fileStore(location), settings);
}
