/**
 * The remark preset: `{"plugins": ["algoritmekader-lint"]}` in a `.remarkrc`
 * gives remark-cli and the language server exactly what our CLI checks.
 * Each file is checked by the session of the repository that holds it (its
 * own root and configuration, whatever folder remark runs from); the CLI
 * hands its session over in `file.data`.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { rules } from '../../rules/index.js';
import type { PartialConfig, RuleSetting } from '../config/config.js';
import { LocalizedError } from '../errors.js';
import { remarkMkdocs } from '../parsing/parser.js';
import type { FileSource } from '../repository/file-source.js';
import { isWithin } from '../repository/files.js';
import { loadMissingPages } from '../repository/page-facts.js';
import type { ModelRead } from '../repository/repository.js';
import { findRoot } from '../repository/repository.js';
import { setPageContext } from '../rule-kit/context.js';
import type { Lang } from '../rule-kit/i18n.js';
import { runRules } from '../rule-kit/run-rules.js';
import { activeFor, baseConfigurationStamp, configurationStamp, notLinted, type Session, sessionFor } from '../run/session.js';
import { type SuppressionDisplay, suppressFile, suppressionsOf } from '../run/suppressions.js';

export interface PresetOptions {
  /** Message language (default: the configuration's, else Dutch). */
  lang?: Lang;
  /** Rule severities and options: `{"urn-unique": "warn", "toelichting-max-words": ["warn", {"max": 60}]}`. */
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

declare module 'vfile' {
  interface DataMap {
    /** The questions the rules asked the model while checking this file (for the cache). */
    modelReads: ModelRead[];
    /** How suppressed findings show on this file (default: left out). */
    suppressionDisplay: SuppressionDisplay;
  }
}

const sessions = new Map<string, Session>();
/** A workspace whose files are not on the disk (VS Code for the Web): its root, its files and the options it needs. */
let virtualWorkspace: { root: string; files: FileSource; options: PresetOptions } | undefined;

/** Files under `root` come from `files`, with `options` (the web: rules that need Node off); every session is made anew. */
export function useWorkspace(root: string, files: FileSource, options: PresetOptions = {}): void {
  virtualWorkspace = { root, files, options };
  sessions.clear();
}

/** Each session's configuration stamp when it was built. */
const stamps = new WeakMap<Session, string>();

/** The session for the repository holding `file`, made once per process, root and options. */
export function sessionOf(file: string, options: PresetOptions = {}): Session | undefined {
  const virtual = virtualWorkspace && isWithin(virtualWorkspace.root, path.resolve(file)) ? virtualWorkspace : undefined;
  if (virtual) options = { ...virtual.options, ...options };
  const root = options.root ? path.resolve(options.root) : virtual ? virtual.root : findRoot(path.dirname(path.resolve(file)));
  if (!root) return undefined;
  const key = `${root}\0${JSON.stringify(options)}`;
  let session = sessions.get(key);
  // The configuration, mkdocs.yml or a schema changed on disk since: a new session, never a stale one.
  if (session && stamps.get(session) !== configurationStamp(session)) session = undefined;
  if (!session) {
    const before = baseConfigurationStamp(root, virtual?.files);
    session = sessionFor({ root, lang: options.lang, rules: options.rules, config: options.config, files: virtual?.files, cwd: virtual?.root }, {}, rules);
    sessions.set(key, session);
    // A configuration file written while the session was built (it may hold the text before): the next page gets a new one.
    const stamp = configurationStamp(session);
    stamps.set(session, stamp.startsWith(`${before}|`) ? stamp : '');
    loadMissingPages(session.repository);
  } else {
    // A long-lived process (the language server): take in renamed, added,
    // removed and saved pages; open documents keep their unsaved text.
    loadMissingPages(session.repository, session.repository.refresh());
  }
  return session;
}

/** Forget sessions made by the preset (tests; the language server on a rename). */
export function clearSessions(): void {
  sessions.clear();
}

/** Check one file with its session's rules; what they asked the model is kept on the file. */
export function checkFile(tree: Root, file: VFile, options: PresetOptions = {}): void {
  if (!file.path) return;
  const session = file.data.algoritmekaderSession ?? sessionOf(path.resolve(file.cwd, file.path), options);
  if (!session) return;
  const absolute = path.resolve(file.cwd, file.path);
  // No page of the site (a README), ignored by the configuration, or not built by mkdocs (templates/): not content.
  if (notLinted(session, absolute)) return;
  const page = setPageContext(tree, file, session.repository, session.lang, session.run);
  if (!page) return;
  // The CLI loads the rules before its check stage; a session made here has them.
  const active = activeFor(session, absolute);
  file.data.modelReads = session.repository.recordReads(() => runRules(active, tree, file, page)).reads;
  const display = file.data.suppressionDisplay ?? 'omit';
  const suppressions = display === 'by-run' ? undefined : suppressionsOf(session);
  if (suppressions) suppressFile(file, suppressions, session.root, display, session.lang);
}

const remarkAlgoritmekader: Plugin<[PresetOptions?], Root> = function (this: Processor, options: PresetOptions = {}) {
  // Attached once per processor: the language server adds the preset to a
  // workspace's own configuration, which may list it already (that one wins).
  if (this.data('algoritmekaderLint')) return;
  this.data('algoritmekaderLint', true);
  // Never re-serialise a page: remark-stringify would turn admonitions into
  // code blocks. "Format document" and `remark --output` leave the text as is.
  this.compiler = (_tree, file) => String(file.value ?? '');
  this.use(remarkFrontmatter, ['yaml']).use(remarkMkdocs);
  this.use(function algoritmekaderCheck() {
    return (tree: Root, file: VFile) => {
      try {
        checkFile(tree, file, options);
      } catch (error) {
        // remark-cli and the editor show the error's message: say it in the preset's language.
        if (error instanceof LocalizedError) error.message = error.in(options.lang ?? 'nl');
        throw error;
      }
    };
  });
};

export default remarkAlgoritmekader;
