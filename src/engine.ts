/**
 * The CLI's lint run: read and parse every page once, fill the repository
 * model from those trees, then run the preset's rules on the selected pages.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'glob';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { hashText, LintCache } from './cache.js';
import type { ChangeSet } from './changes.js';
import { ConfigError, configFor, findCodeConfigFile, loadCodeConfig, type PartialConfig, type RuleSetting, readConfigFile } from './config.js';
import { UsageError } from './errors.js';
import type { ExternalRunOptions } from './external/run.js';
import type { Lang } from './i18n.js';
import { findRoot, Repository } from './repository/repository.js';
import { readPageSource, type SourceProblem } from './repository/source.js';

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

  // One parse per page: the model takes its facts from the same trees the
  // rules check. With --cache, an unchanged page is not parsed at all.
  let parsed = new Map<string, ParsedPage>();
  for (const file of new Set([...repository.pagePaths(), ...selected])) {
    const override = overrides.get(file);
    const source = override === undefined ? readPageSource(file) : { value: override, mtimeMs: 0, problem: undefined, bom: false };
    const hash = cache ? hashText(`${source.problem?.code ?? ''}\0${source.value}`) : '';
    const cached = cache?.get(repository.docsPathOf(file));
    let page: ParsedPage;
    if (cached && cached.hash === hash) {
      repository.importRecord(file, cached.record);
      page = { value: source.value, problem: cached.problem ?? source.problem, bom: source.bom, hash };
    } else {
      const { safeParse, recordPage } = await machinery();
      const { tree, problem } = safeParse(source.value, source.problem);
      stats.parsed++;
      const record = recordPage(repository, file, tree, source.value, source.mtimeMs);
      cache?.setRecord(record.docsPath, hash, record, problem, source.bom);
      page = { tree, value: source.value, problem, bom: source.bom, hash };
    }
    if (keepAll || selected.has(file)) parsed.set(file, page);
  }

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
    const { checkExternalUrls, externalUrlsOf } = await import('./external/run.js');
    const external = options.external === true ? {} : options.external;
    const urls = [...parsed].flatMap(([file, { tree, value }]) =>
      externalUrlsOf(repository, { docsPath: repository.docsPathOf(file), tree: tree!, source: value }),
    );
    // In a pull request, only URLs the change brings in.
    const only = changes ? new Set(urls.filter((url) => !changes.previousUrls.has(url))) : external.only;
    await checkExternalUrls(repository, urls, { ...external, only });
  }

  let processor: ReturnType<typeof import('./linting.js').createProcessor> | undefined;

  const files: VFile[] = [];
  for (const [file, { tree, value, problem, bom, hash }] of [...parsed].sort(([a], [b]) => a.localeCompare(b))) {
    const vfile = new VFile({ path: path.relative(cwd, file) || file, cwd, value });
    vfile.data.algoritmekaderRepository = repository;
    if (problem) vfile.data.sourceProblem = problem;
    if (bom) vfile.data.bom = true;
    files.push(vfile);
    const record = repository.page(file)!;
    const fingerprint = cache?.fingerprint(repository, record, hash);
    const stored = cache?.get(record.docsPath)?.result;
    if (cache && stored && stored.fingerprint === fingerprint) {
      cache.restore(vfile, stored.messages);
      stats.reused++;
      continue;
    }
    const { safeParse, createProcessor } = await machinery();
    let pageTree = tree;
    if (!pageTree) {
      pageTree = safeParse(value, problem).tree;
      stats.parsed++;
    }
    processor ??= createProcessor({ root, config: extra, lang: config.lang, rules: config.rules });
    await processor.run(pageTree, vfile);
    if (cache && fingerprint) cache.setResult(record.docsPath, fingerprint, vfile);
  }
  if (changes) {
    const { removedUrnFiles } = await import('../rules/urn-change.js');
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

interface ParsedPage {
  /** Absent when the page's facts came from the cache (parsed only if its messages are needed). */
  tree?: Root;
  hash: string;
  value: string;
  problem?: SourceProblem;
  bom?: boolean;
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
