/**
 * A lint run as named stages: resolve (session) → select (pages) → load
 * facts (model) → external (network, on request) → check (rules) → finish
 * (run-level findings, cache). Each stage is a module in ./stages.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { PartialConfig, RuleSetting } from '../config/config.js';
import type { ExternalRunOptions } from '../external/run.js';
import type { FileChanges, FileSource } from '../repository/file-source.js';
import type { Repository } from '../repository/repository.js';
import type { Lang } from '../rule-kit/i18n.js';
import { type CacheStore, fileStore, LintCache } from './cache.js';
import type { Session } from './session.js';
import { checkPages } from './stages/check.js';
import { checkExternal } from './stages/external.js';
import { finishRun } from './stages/finish.js';
import { loadFacts } from './stages/load-facts.js';
import { resolveRun } from './stages/resolve.js';
import { narrowToChanges, selectPages } from './stages/select.js';

export interface LintOptions {
  /** Folder paths are shown relative to (default: process.cwd()). */
  cwd?: string;
  /** Repository root (with mkdocs.yml); found upward from the paths or cwd when absent. */
  root?: string;
  /** Files, folders or globs to lint; default: every page under the docs folder. */
  paths?: string[];
  /** A JSON/YAML configuration file instead of the repository's own. */
  configFile?: string;
  config?: PartialConfig;
  lang?: Lang;
  rules?: Record<string, RuleSetting>;
  /** Only these rules; the others are off. */
  only?: string[];
  /** Check external http(s) URLs of the selected pages (network). */
  external?: ExternalRunOptions | boolean;
  /** Lint only what changed since this git ref, plus the pages that point at it; report URN changes. */
  changedSince?: string;
  /** Load `.algoritmekader-lint.mjs`/`.js` or a code `--config` (executes repository code: trusted trees only). */
  allowCodeConfig?: boolean;
  /** Told about configuration that was skipped (e.g. code configuration without the opt-in). */
  onNotice?: (text: string) => void;
  /** Read every page even when the cache vouches for it (`--fix` needs the text). */
  readSources?: boolean;
  /** Reuse facts and results of unchanged pages between runs (`--cache`): a folder or `.json` file, or a store. */
  cache?: true | { location?: string } | { store: CacheStore };
  /** File texts that take precedence over the disk (absolute or cwd-relative paths; new files allowed; `null`: gone). */
  overrides?: FileChanges;
  /** Where files are read from (default: the disk). */
  files?: FileSource;
}

export interface LintResult {
  files: VFile[];
  repository: Repository;
  session: Session;
  /** Pages parsed, and pages whose messages came from the cache. */
  stats: { parsed: number; reused: number };
}

export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const session = await resolveRun(options);
  const explicit = await selectPages(session, options.paths);
  const cache = openCache(session, options);
  const all = session.repository.pagePaths();
  const loaded = await loadFacts(session, [...all, ...(explicit ?? [])], cache, options.readSources === true);
  let selected = explicit ?? all;
  let changes: Awaited<ReturnType<typeof narrowToChanges>>['changes'] | undefined;
  if (options.changedSince !== undefined) ({ changes, selected } = await narrowToChanges(session, options.changedSince, explicit));
  if (options.external) await checkExternal(session, loaded.pages, selected, options.external, changes);
  const checked = await checkPages(session, loaded.pages, selected, cache);
  const files = finishRun(session, checked.files, cache);
  return { files, repository: session.repository, session, stats: { parsed: loaded.parsed + checked.parsed, reused: checked.reused } };
}

/** The cache holds results that depend on the repository alone: not with network or git comparisons. */
function openCache(session: Session, options: LintOptions): LintCache | undefined {
  if (!options.cache || options.external || options.changedSince !== undefined) return undefined;
  const store =
    'store' in (options.cache as object)
      ? (options.cache as { store: CacheStore }).store
      : fileStore((options.cache as { location?: string }).location || path.join(session.root, 'node_modules/.cache/algoritmekader-lint'));
  return new LintCache(store, session.config);
}
