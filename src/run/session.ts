/**
 * A session: one repository with its resolved and validated configuration,
 * its model, the rules that are on (with severity and options) and the data
 * of the current run. The CLI, remark-cli and the language server all check
 * a page through a session; this is the only place one is put together.
 */

import path from 'node:path';
import {
  CODE_CONFIG_FILE_NAMES,
  CONFIG_FILE_NAMES,
  type Config,
  configFor,
  findCodeConfigFile,
  loadCodeConfig,
  type PartialConfig,
  type RuleSetting,
  readConfigFile,
} from '../config/config.js';
import { type FilePolicy, filePolicy, IGNORE_FILE } from '../config/file-policy.js';
import { MKDOCS_FILE, type MkdocsRead } from '../config/mkdocs.js';
import { checkConfig } from '../config/validate-config.js';
import { ConfigError, ERRORS, hintFor, NOTICES, say, UsageError } from '../errors.js';
import { diskFiles, type FileSource } from '../repository/file-source.js';
import { isWithin } from '../repository/files.js';
import { findRoot, Repository } from '../repository/repository.js';
import type { RunData } from '../rule-kit/context.js';
import type { Rule } from '../rule-kit/define-rule.js';
import type { Lang, Localized } from '../rule-kit/i18n.js';
import { type ActiveRule, activeRules } from '../rule-kit/run-rules.js';
import { closest } from '../rule-kit/suggest.js';
import { SUPPRESSIONS_FILE, type Suppressions } from './suppressions.js';

export interface SessionOptions {
  /** Folder paths are shown relative to (default: process.cwd()). */
  cwd?: string;
  /** Repository root (with mkdocs.yml); found upward from `start` (or cwd) when absent. */
  root?: string;
  /** A file or folder inside the repository, to find its root from. */
  start?: string;
  /** A JSON/YAML configuration file instead of the repository's own. */
  configFile?: string;
  /** Configuration on top of the repository's file. */
  config?: PartialConfig;
  lang?: Lang;
  rules?: Record<string, RuleSetting>;
  /** Only these rules (`--rule`); the others are off. */
  only?: string[];
  /** Load `.algoritmekader-lint.mjs`/`.js` or a code `--config` (executes repository code: trusted trees only). */
  allowCodeConfig?: boolean;
  /** Told about configuration that was skipped. */
  onNotice?: (text: string) => void;
  /** Where files are read from (default: the disk). */
  files?: FileSource;
  /** mkdocs.yml as an earlier run read it, for the session's root: not parsed again while its text is the same. */
  knownMkdocs?: (root: string) => MkdocsRead | undefined;
}

export interface Session {
  root: string;
  cwd: string;
  config: Config;
  lang: Lang;
  repository: Repository;
  /** The rules that are on, with their severity and options; loaded on first need (`loadRules`): a run served from the cache never loads them. */
  active?: ActiveRule[];
  /** Only these rules (`--rule`). */
  only?: string[];
  /** Told about what the run skipped. */
  onNotice?: (text: string) => void;
  /** Which pages are ignored, and which have their own rule settings (`overrides`). */
  policy: FilePolicy;
  /** The rules the session may run (all, or those of `--rule`), once loaded. */
  ruleList?: Rule[];
  /** Active rules per distinct override combination. */
  overridden?: Map<string, ActiveRule[]>;
  /** Data of the current run (URN changes, external results). */
  run: RunData;
  /** The suppressions file, once read (`null`: there is none). */
  suppressions?: Suppressions | null;
}

function selectedRules(rules: Rule[], only: string[] | undefined) {
  if (!only) return rules;
  const known = new Set(rules.map((rule) => rule.meta.id));
  const unknown = only.find((id) => !known.has(id));
  if (!unknown) return rules.filter((rule) => only.includes(rule.meta.id));
  const [near] = closest(unknown, known);
  throw new UsageError(ERRORS.unknownRule, { id: unknown, hint: hintFor(near && `"${near}"`) });
}

/** The repository root for these options, or a usage error that says where we looked. */
function sessionRoot(options: SessionOptions): string {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  if (options.root) return path.resolve(cwd, options.root);
  const root = findRoot(path.resolve(cwd, options.start ?? '.'));
  if (!root) throw new UsageError(ERRORS.noRepository, { cwd });
  return root;
}

export async function createSession(options: SessionOptions): Promise<Session> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const root = sessionRoot(options);
  const files = options.files ?? diskFiles;
  const codeConfig = options.configFile && /\.[cm]?js$/i.test(options.configFile) ? path.resolve(cwd, options.configFile) : findCodeConfigFile(root, files);
  let extra: PartialConfig = {};
  if (codeConfig && options.allowCodeConfig) extra = await loadCodeConfig(codeConfig);
  else if (codeConfig && options.configFile) {
    throw new UsageError(ERRORS.codeConfigRefused, { file: options.configFile });
  }
  if (options.configFile && !codeConfig) {
    const file = path.resolve(cwd, options.configFile);
    // A file inside the repository is the repository's: it is not followed out of it.
    extra = readConfigFile(file, files, isWithin(root, file) ? root : undefined);
  }
  const session = sessionFor({ ...options, cwd, root, files }, extra);
  // Said once the session knows its language (the configuration may set it).
  if (codeConfig && !options.allowCodeConfig)
    options.onNotice?.(say(NOTICES.codeConfigIgnored, { file: path.relative(cwd, codeConfig) || codeConfig }, session.lang));
  return session;
}

/** The session's active rules, loaded and validated on first need (a bad setting throws `ConfigError`). */
export async function loadRules(session: Session): Promise<ActiveRule[]> {
  if (!session.active) {
    const { rules } = await import('../../rules/index.js');
    session.ruleList = selectedRules(rules, session.only);
    session.active = activeRules(session.ruleList, session.config.rules);
    for (const override of session.config.overrides ?? []) activeRules(session.ruleList, { ...session.config.rules, ...override.rules });
  }
  return session.active;
}

/** The active rules for one page: the session's, or those its `overrides` give it. Rules must be loaded. */
export function activeFor(session: Session, file: string): ActiveRule[] {
  const settings = session.policy.rulesFor(file, session.config.rules);
  if (!settings || !session.ruleList) return session.active ?? [];
  const key = JSON.stringify(settings);
  session.overridden ??= new Map();
  let active = session.overridden.get(key);
  if (!active) {
    active = activeRules(session.ruleList, settings);
    session.overridden.set(key, active);
  }
  return active;
}

/**
 * A session without code configuration: synchronous. Given `rules` (remark-cli,
 * the language server), its active rules are set and validated at once.
 */
export function sessionFor(options: SessionOptions & { root: string }, extra: PartialConfig = {}, rules?: Rule[]): Session {
  const files = options.files ?? diskFiles;
  if (options.config || options.rules)
    checkConfig({ ...options.config, ...(options.rules ? { rules: { ...options.config?.rules, ...options.rules } } : {}) }, { file: 'options' });
  const merged: PartialConfig = { ...extra, ...options.config, rules: { ...extra.rules, ...options.config?.rules, ...options.rules } };
  const config = configFor(options.root, merged, files);
  // The run's language is decided here, once: --lang, else the configuration's `lang`, else Dutch (the default configuration).
  if (options.lang) config.lang = options.lang;
  if (config.lang !== 'nl' && config.lang !== 'en') throw new ConfigError(ERRORS.langSetting, { value: JSON.stringify(config.lang) });
  const repository = new Repository(options.root, config, files, options.knownMkdocs?.(options.root));
  const ruleList = rules ? selectedRules(rules, options.only) : undefined;
  return {
    policy: filePolicy(repository.root, config, files),
    onNotice: options.onNotice,
    ruleList,
    root: repository.root,
    cwd: path.resolve(options.cwd ?? process.cwd()),
    config,
    lang: config.lang,
    repository,
    active: ruleList ? activeRules(ruleList, config.rules) : undefined,
    only: options.only,
    run: {},
  };
}

/** The files every session is built from, whatever its configuration says. */
const CONFIGURATION_FILES = [...CONFIG_FILE_NAMES, ...CODE_CONFIG_FILE_NAMES, IGNORE_FILE, MKDOCS_FILE, SUPPRESSIONS_FILE];

function stampOf(root: string, files: FileSource, names: Array<string | undefined>): string {
  return names
    .map((name) => {
      const stat = name === undefined ? undefined : files.stat(path.resolve(root, name));
      return stat ? `${stat.mtimeMs}:${stat.size}` : '-';
    })
    .join('|');
}

/**
 * What a session is built from besides the pages (configuration files, the
 * ignore file, mkdocs.yml, the audit codes, configured schemas), as their
 * sizes and times: a long-lived process (the language server) builds a new
 * session when it changes. It starts with `baseConfigurationStamp`.
 */
export function configurationStamp(session: Session): string {
  const { root, config, repository } = session;
  return `${stampOf(root, repository.files, CONFIGURATION_FILES)}|${stampOf(root, repository.files, [config.auditCodes, ...Object.values(config.schemas)])}`;
}

/** The part of the stamp known before the configuration is read: taken before a session is built, it shows a file written meanwhile. */
export function baseConfigurationStamp(root: string, files: FileSource = diskFiles): string {
  return stampOf(root, files, CONFIGURATION_FILES);
}

/**
 * Why `file` is not linted, or undefined for a page to lint: it is no page
 * of the site (not a `.md` file in the docs folder: a README, a template,
 * mkdocs.yml), the configuration ignores it, or mkdocs does not build it.
 * The CLI, remark-cli and the language server all ask this.
 */
export function notLinted(session: Session, file: string): Localized | undefined {
  const { repository, policy } = session;
  const docsPath = repository.docsPathOf(file);
  if (docsPath.startsWith('..') || !docsPath.endsWith('.md')) return NOTICES.notAPage;
  if (policy.isIgnored(file)) return NOTICES.pageIgnored;
  if (repository.isNotBuilt(docsPath)) return NOTICES.pageNotBuilt;
  return undefined;
}
