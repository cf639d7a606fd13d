/**
 * The CLI's lint run, in three steps: (1) read every page, taking unchanged
 * pages' facts from the cache; (2) parse the others once each (shared with
 * worker threads on larger machines) and fill the repository model from
 * those trees; (3) check the selected pages with the preset's rules, reusing
 * cached results whose cross-file facts are unchanged.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'glob';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { hashText, LintCache, restoreMessages, storeMessages, storeRecord } from './cache.js';
import type { ChangeSet } from './changes.js';
import { ConfigError, configFor, findCodeConfigFile, loadCodeConfig, type PartialConfig, type RuleSetting, readConfigFile } from '../config/config.js';
import { UsageError } from '../errors.js';
import type { ExternalRunOptions } from '../external/run.js';
import type { Lang } from '../rule-kit/i18n.js';
import { ParseWorker, workerCount } from './parallel.js';
import { findRoot, Repository } from '../repository/repository.js';
import { readPageSource, type SourceProblem } from '../repository/source.js';

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
  /** Worker threads for parsing (default: one per spare core, when there is much to parse; 0: none). */
  threads?: number;
  /** Reuse facts and results of unchanged pages between runs (`--cache`); a folder or file for the cache. */
  cache?: true | { location?: string };
  /** Page texts that take precedence over the disk (absolute or cwd-relative paths; new pages allowed). */
  overrides?: Record<string, string>;
}

export interface LintResult {
  files: VFile[];
  repository: Repository;
  /** Pages parsed, and pages whose messages came from the cache. */
  stats: { parsed: number; reused: number };
}

export { UsageError };

export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = options.paths ?? [];
  const root = options.root ? path.resolve(cwd, options.root) : findRoot(paths.length ? path.resolve(cwd, firstFolder(paths[0])) : cwd);
  if (!root) throw new UsageError(`no mkdocs.yml found in ${cwd} or above; pass --root <folder with mkdocs.yml>`);

  let extra: PartialConfig = options.config ?? {};
  const codeConfig = options.configFile && /\.[cm]?js$/i.test(options.configFile) ? path.resolve(cwd, options.configFile) : findCodeConfigFile(root);
  if (codeConfig && options.allowCodeConfig) {
    extra = { ...(await loadCodeConfig(codeConfig)), ...extra };
  } else if (codeConfig && options.configFile) {
    throw new UsageError(`${options.configFile} is code; it is only loaded with --allow-code-config (use a .json or .yaml configuration otherwise)`);
  } else if (codeConfig) {
    options.onNotice?.(`ignored ${path.relative(cwd, codeConfig) || codeConfig}: configuration as code is only loaded with --allow-code-config`);
  }
  if (options.configFile && !codeConfig) extra = { ...readConfigFile(path.resolve(cwd, options.configFile)), ...extra };
  if (options.rules) extra = { ...extra, rules: { ...extra.rules, ...options.rules } };
  const config = configFor(root, extra);
  if (options.lang) config.lang = options.lang;
  const repository = new Repository(root, config);
  for (const loop of repository.listing.loops) {
    options.onNotice?.(`skipped ${path.relative(cwd, path.join(repository.docsDir, loop))}: a symbolic link that leads back into a folder above it`);
  }
  const overrides = new Map(Object.entries(options.overrides ?? {}).map(([file, text]) => [path.resolve(cwd, file), text]));
  for (const file of overrides.keys()) repository.listing.files.add(repository.docsPathOf(file));

  const explicit = paths.length ? await expand(paths, cwd, repository) : undefined;
  // Without a change set the selection is known now; with one, only after the model is filled.
  const keepAll = options.changedSince !== undefined;
  const selected = new Set(explicit ?? (keepAll ? [] : repository.pagePaths()));

  // The cache holds results that depend on this run's state only without network or git comparisons.
  const useCache = options.cache && !options.external && options.changedSince === undefined;
  const cache = useCache ? new LintCache(cacheLocation(options.cache!, root), config, config.lang) : undefined;
  const stats = { parsed: 0, reused: 0 };
  let linting: typeof import('./linting.js') | undefined;
  const machinery = async () => (linting ??= await import('./linting.js'));

  // 1. Read every page; an unchanged page's facts come from the cache.
  const pages = new Map<string, PageState>();
  const toParse: string[] = [];
  for (const file of new Set([...repository.pagePaths(), ...selected])) {
    const override = overrides.get(file);
    const cached = cache?.get(repository.docsPathOf(file));
    if (cached && override === undefined && !options.readSources) {
      // ESLint's default cache strategy: same mtime and size, same page; not even read.
      const stat = statSync(file, { throwIfNoEntry: false });
      if (stat && stat.mtimeMs === cached.mtimeMs && stat.size === cached.size) {
        repository.importRecord(file, cached.record);
        pages.set(file, { problem: cached.problem, bom: cached.bom, hash: cached.hash, mtimeMs: stat.mtimeMs, size: stat.size });
        continue;
      }
    }
    const source = override === undefined ? readPageSource(file) : { value: override, mtimeMs: 0, problem: undefined, bom: false, size: undefined };
    const hash = cache ? hashText(`${source.problem?.code ?? ''}\0${source.value}`) : '';
    const state: PageState = { value: source.value, problem: source.problem, bom: source.bom, hash, mtimeMs: source.mtimeMs, size: source.size };
    if (cached && cached.hash === hash) {
      repository.importRecord(file, cached.record);
      state.problem = cached.problem ?? source.problem;
    } else {
      toParse.push(file);
    }
    pages.set(file, state);
  }

  // 2. Parse, once per page: the model takes its facts from the same trees
  // the rules check. Much to parse: share it with worker threads.
  const threads = options.changedSince !== undefined || options.external ? 0 : workerCount(toParse.length, options.threads);
  const shares = share(toParse, threads + 1, (file) => pages.get(file)!.value?.length ?? 0);
  const workers = shares.slice(1).map((files) => {
    const worker = new ParseWorker({
      root,
      cwd,
      lang: config.lang,
      extra,
      extraFiles: [...overrides.keys()].map((file) => repository.docsPathOf(file)),
      pages: files.map((file) => ({ file, value: pages.get(file)!.value ?? '', problem: pages.get(file)!.problem, mtimeMs: pages.get(file)!.mtimeMs })),
    });
    for (const file of files) pages.get(file)!.worker = worker;
    return worker;
  });
  for (const file of shares[0]) {
    const state = pages.get(file)!;
    const { safeParse, recordPage } = await machinery();
    const { tree, problem } = safeParse(state.value ?? '', state.problem);
    const record = recordPage(repository, file, tree, state.value ?? '', state.mtimeMs);
    Object.assign(state, { tree, problem });
    cache?.setRecord(record.docsPath, state, record);
  }
  for (const worker of workers) {
    for (const { record, problem } of await worker.records) {
      const state = pages.get(record.path)!;
      state.problem = problem;
      repository.importRecord(record.path, record);
      cache?.setRecord(record.docsPath, state, record);
    }
  }
  stats.parsed += toParse.length;
  let parsed = new Map([...pages].filter(([file]) => keepAll || selected.has(file)));

  let changes: ChangeSet | undefined;
  if (options.changedSince !== undefined) {
    const { changesSince } = await import('./changes.js');
    changes = changesSince(repository, options.changedSince);
    repository.urnChanges = { ...changes.urns, ref: options.changedSince };
    for (const file of changes.pages) selected.add(file);
    parsed = new Map([...parsed].filter(([file]) => selected.has(file)));
  }

  if (options.external) {
    // The network client loads only when asked for.
    const { checkExternalUrls, externalUrlsOf } = await import('../external/run.js');
    const external = options.external === true ? {} : options.external;
    const urls = [...parsed].flatMap(([file, { tree, value }]) =>
      externalUrlsOf(repository, { docsPath: repository.docsPathOf(file), tree: tree!, source: value ?? '' }),
    );
    // In a pull request, only URLs the change brings in.
    const only = changes ? new Set(urls.filter((url) => !changes.previousUrls.has(url))) : external.only;
    await checkExternalUrls(repository, urls, { ...external, only });
  }

  // 3. Check: cached results where the facts they used are unchanged; pages
  // parsed by a worker are checked there, against the complete model.
  const files: VFile[] = [];
  const jobs = new Map<ParseWorker, Array<{ file: string; vfile: VFile; fingerprint?: string }>>(workers.map((worker) => [worker, []]));
  const local: Array<{ file: string; vfile: VFile; fingerprint?: string }> = [];
  for (const [file, { value, problem, bom, hash, worker }] of [...parsed].sort(([a], [b]) => a.localeCompare(b))) {
    // A page taken unchanged from the cache was not read: its text is not needed.
    const vfile = new VFile({ path: path.relative(cwd, file) || file, cwd, value: value ?? '' });
    vfile.data.algoritmekaderRepository = repository;
    if (problem) vfile.data.sourceProblem = problem;
    if (bom) vfile.data.bom = true;
    files.push(vfile);
    const record = repository.page(file)!;
    const fingerprint = cache?.fingerprint(repository, record, hash);
    const stored = cache?.get(record.docsPath)?.result;
    if (cache && stored && stored.fingerprint === fingerprint) {
      restoreMessages(vfile, stored.messages);
      stats.reused++;
    } else (worker ? jobs.get(worker)! : local).push({ file, vfile, fingerprint });
  }
  const remote = [...jobs].map(async ([worker, list]) => {
    const others = repository
      .allPages()
      .filter((page) => pages.get(page.path)?.worker !== worker)
      .map(storeRecord);
    const results = await worker.check(
      others,
      list.map((job) => job.file),
    );
    results.forEach(({ messages }, index) => {
      restoreMessages(list[index].vfile, messages);
      if (cache && list[index].fingerprint) cache.setResult(repository.docsPathOf(list[index].file), list[index].fingerprint!, messages);
    });
  });
  let processor: ReturnType<typeof import('./linting.js').createProcessor> | undefined;
  for (const { file, vfile, fingerprint } of local) {
    const state = pages.get(file)!;
    const { safeParse, createProcessor } = await machinery();
    if (!state.tree) {
      if (state.value === undefined) {
        state.value = readPageSource(file).value;
        vfile.value = state.value;
      }
      state.tree = safeParse(state.value, state.problem).tree;
      stats.parsed++;
    }
    processor ??= createProcessor({ root, config: extra, lang: config.lang, rules: config.rules });
    await processor.run(state.tree, vfile);
    if (cache && fingerprint) cache.setResult(repository.docsPathOf(file), fingerprint, storeMessages(vfile));
  }
  await Promise.all(remote);
  if (changes) {
    const { removedUrnFiles } = await import('../../rules/urn-change.js');
    files.push(...removedUrnFiles(repository, cwd, config.lang));
  }
  if (cache) {
    cache.keepOnly(new Set(repository.allPages().map((page) => page.docsPath)));
    cache.save();
  }
  return { files, repository, stats };
}

/** `--cache-location`: a folder or a `.json` file; default under the repository's node_modules/.cache. */
function cacheLocation(cache: true | { location?: string }, root: string): string {
  return (cache !== true && cache.location) || path.join(root, 'node_modules/.cache/algoritmekader-lint');
}

interface PageState {
  /** Absent when the cache vouched for the page by its mtime and size (read only if needed). */
  value?: string;
  size?: number;
  problem?: SourceProblem;
  bom?: boolean;
  hash: string;
  mtimeMs: number;
  /** Absent when the facts came from the cache or a worker (parsed here only if its messages are needed). */
  tree?: Root;
  /** The worker thread that parsed the page (and checks it). */
  worker?: ParseWorker;
}

/** Split `items` into `count` shares of about equal total `size`. */
function share<T>(items: T[], count: number, size: (item: T) => number): T[][] {
  const shares: Array<{ items: T[]; total: number }> = Array.from({ length: count }, () => ({ items: [], total: 0 }));
  for (const item of [...items].sort((a, b) => size(b) - size(a))) {
    const lightest = shares.reduce((best, candidate) => (candidate.total < best.total ? candidate : best));
    lightest.items.push(item);
    lightest.total += size(item);
  }
  return shares.map((entry) => entry.items);
}

function firstFolder(entry: string): string {
  return /[*?[{]/.test(entry) ? entry.split(/[*?[{]/)[0] || '.' : path.extname(entry) ? path.dirname(entry) : entry;
}

/** Files, folders (their `.md` files) and globs to absolute page paths. */
async function expand(entries: string[], cwd: string, repository: Repository): Promise<string[]> {
  const result: string[] = [];
  for (const entry of entries) {
    const absolute = path.resolve(cwd, entry);
    if (/[*?[{]/.test(entry)) {
      const matches = await glob(entry, { cwd, absolute: true, nodir: true, ignore: ['**/node_modules/**'] });
      result.push(...matches.filter((file) => file.endsWith('.md')));
      continue;
    }
    const inDocs = repository.docsPathOf(absolute);
    if (repository.hasFile(inDocs)) {
      result.push(absolute);
      continue;
    }
    if (repository.hasFolder(inDocs) || (inDocs.startsWith('..') && absolute === repository.root)) {
      const prefix = inDocs && !inDocs.startsWith('..') ? `${inDocs}/` : '';
      result.push(...repository.pagePaths().filter((file) => repository.docsPathOf(file).startsWith(prefix)));
      continue;
    }
    const stat = statSync(absolute, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`no such file or folder: ${entry}`);
    if (stat.isDirectory()) {
      const matches = await glob('**/*.md', { cwd: absolute, absolute: true, nodir: true, ignore: ['**/node_modules/**'] });
      result.push(...matches);
    } else {
      result.push(absolute);
    }
  }
  return result.map((file) => path.resolve(file));
}

export { ConfigError };
