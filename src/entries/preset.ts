/**
 * The remark preset: `{"plugins": ["algoritmekader-lint"]}` in a `.remarkrc`
 * gives remark-cli and the language server exactly what our CLI checks.
 * It adds the parser extensions, finds the repository model for each file
 * (or takes the one the CLI filled), and runs every rule at its severity.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { rules } from '../../rules/index.js';
import { configFor, type PartialConfig, type RuleSetting } from '../config/config.js';
import { setPageContext } from '../rule-kit/context.js';
import type { Lang } from '../rule-kit/i18n.js';
import { remarkMkdocs } from '../parsing/parser.js';
import { loadMissingPages } from '../repository/page-facts.js';
import { findRoot, Repository } from '../repository/repository.js';

export interface PresetOptions {
  /** Message language (default: the configuration's, else Dutch). */
  lang?: Lang;
  /** Rule severities and options: `{"urn-unique": "warn", "toelichting-max-words": "off"}`. */
  rules?: Record<string, RuleSetting>;
  /** Repository root (folder with mkdocs.yml); found upward from each file when absent. */
  root?: string;
  /** Configuration on top of the repository's configuration file. */
  config?: PartialConfig;
}

declare module 'unified' {
  interface Data {
    algoritmekaderLint?: boolean;
  }
}

const repositories = new Map<string, Repository>();

/** The model for the repository holding `file`, built once per process and root. */
export function repositoryFor(file: string, options: PresetOptions = {}): Repository | undefined {
  const root = options.root ? path.resolve(options.root) : findRoot(path.dirname(path.resolve(file)));
  if (!root) return undefined;
  let repository = repositories.get(root);
  if (!repository) {
    repository = new Repository(root, configFor(root, options.config));
    repositories.set(root, repository);
    loadMissingPages(repository);
  } else {
    // A long-lived process (the language server): take in renamed, added,
    // removed and saved pages; open documents keep their unsaved text.
    loadMissingPages(repository, repository.refresh());
  }
  return repository;
}

/** Forget models built by the preset (tests; the language server on a rename). */
export function clearRepositoryCache(): void {
  repositories.clear();
}

const remarkAlgoritmekader: Plugin<[PresetOptions?], Root> = function (this: Processor, options: PresetOptions = {}) {
  // Attached once per processor: the language server adds the preset to a
  // workspace's own configuration, which may list it already (that one wins).
  if (this.data('algoritmekaderLint')) return;
  this.data('algoritmekaderLint', true);
  // Never re-serialise a page: remark-stringify would turn admonitions into
  // code blocks. "Format document" and `remark --output` leave the text as is.
  this.compiler = (_tree, file) => String(file.value ?? '');

  const cwdRoot = options.root ?? findRoot(process.cwd());
  const config = configFor(cwdRoot, options.config);
  const lang: Lang = options.lang ?? config.lang;
  const settings: Record<string, RuleSetting> = { ...config.rules, ...options.rules };

  this.use(remarkFrontmatter, ['yaml']).use(remarkMkdocs);
  this.use(function attachContext() {
    return (tree: Root, file: VFile) => {
      if (!file.path) return;
      const repository = file.data.algoritmekaderRepository ?? repositoryFor(path.resolve(file.cwd, file.path), options);
      if (repository) setPageContext(tree, file, repository, lang);
    };
  });
  for (const rule of rules) {
    const setting = settings[rule.meta.id] ?? rule.meta.severity;
    this.use(rule, Array.isArray(setting) ? setting : [setting]);
  }
  this.use(function finishMessages() {
    return (_tree: Root, file: VFile) => {
      for (const message of file.messages) if (message.info) message.fatal = undefined;
      file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)));
    };
  });
};

export default remarkAlgoritmekader;
export { configFor };
