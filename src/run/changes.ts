/**
 * `--changed-since <ref>`: what a pull request changed. The pages to lint are
 * the changed pages plus every page that points at a changed, renamed or
 * deleted page; cross-file facts still come from the whole repository. It
 * also gives the URN baseline (for rule urn-change), the URLs that were
 * already there (so `--external` checks only new ones), and what the
 * baseline comparison needs (renames, changed lines).
 *
 * Two steps, so that only what is needed is parsed: `readChanges` asks git
 * before the model's facts are loaded and names the pages that may point at
 * a changed one (their text names it); `completeChanges` keeps those that
 * really do, once their facts are known.
 */
import path from 'node:path';
import { CODE_CONFIG_FILE_NAMES, CONFIG_FILE_NAMES, isItemKind } from '../config/config.js';
import { IGNORE_FILE } from '../config/file-policy.js';
import { MKDOCS_FILE } from '../config/mkdocs.js';
import { frontmatterOnly, readFrontmatter } from '../parsing/frontmatter.js';
import { collectLinks } from '../parsing/links.js';
import { parsePage } from '../parsing/parser.js';
import type { FileSource } from '../repository/file-source.js';
import type { Repository } from '../repository/repository.js';
import { wordFiles } from '../spelling/service.js';
import { changedFiles, changedLines, comparisonBase, type FileChange, gitTopLevel } from './git.js';
import { gitTreeFiles } from './git-tree.js';
import { pagesThroughLinks } from './linked-pages.js';

export interface UrnBaseline {
  /** For each changed item page (absolute path): its URN and docs path at the base, if it existed. */
  previous: Map<string, { urn?: string; docsPath: string } | undefined>;
  /** URN → docs path at the base, for every changed, renamed or deleted item page. */
  baseline: Map<string, string>;
  /** URNs of deleted or renamed-away pages that no page carries any more. */
  removed: Array<{ urn: string; docsPath: string }>;
}

export interface ChangeSet {
  ref: string;
  /** The change is what is staged for the next commit (`--staged`), not the work tree. */
  staged?: boolean;
  /** The commit compared with: the merge base of `ref` and HEAD. */
  base: string;
  /** The git work tree's top folder. */
  top: string;
  /** Absolute paths of the pages to lint: the changed pages, and (once complete) the pages that point at what changed. */
  pages: Set<string>;
  /** Absolute paths of the pages the change added, modified or renamed. */
  changed: Set<string>;
  /** Absolute path now → absolute path at the base, for renamed files. */
  renamedFrom: Map<string, string>;
  urns: UrnBaseline;
  /** URLs the changed pages already had at the base (`--external` asks; their base texts are parsed then). */
  previousUrls(): Set<string>;
  /** The base commit's files, read from git's objects once (the baseline and the configuration check share them). */
  baseFiles(): FileSource;
  /** The line ranges the change added or changed, by absolute path, from one diff (the baseline, the reporters and the configuration check ask). */
  changedLines(): Map<string, Array<[number, number]>>;
}

/** What `readChanges` found, before the model knows the pages' facts. */
export interface PendingChanges extends ChangeSet {
  /** Docs paths that were changed, renamed or deleted. */
  touched: Set<string>;
  /** Pages whose text names a touched page: they may point at it. */
  mayDependOn: Set<string>;
  gone: Array<{ urn?: string; docsPath: string }>;
}

export function readChanges(repository: Repository, ref: string, staged = false): PendingChanges {
  const top = gitTopLevel(repository.root);
  const base = comparisonBase(top, ref);
  const inDocs = (file: string) => {
    const absolute = path.join(top, file);
    const docsPath = repository.docsPathOf(absolute);
    return docsPath.startsWith('..') || !docsPath.endsWith('.md') ? undefined : { absolute, docsPath };
  };
  const isItem = (docsPath: string) => isItemKind(repository.kindOf(path.join(repository.docsDir, docsPath)));
  const oldTexts: string[] = [];
  let baseTree: FileSource | undefined;
  let lines: Map<string, Array<[number, number]>> | undefined;
  const changes: PendingChanges = {
    ref,
    staged,
    base,
    top,
    pages: new Set(),
    changed: new Set(),
    renamedFrom: new Map(),
    urns: { previous: new Map(), baseline: new Map(), removed: [] },
    baseFiles: () => {
      baseTree ??= gitTreeFiles(top, base);
      return baseTree;
    },
    changedLines: () => {
      lines ??= changedLines(top, base, staged);
      return lines;
    },
    previousUrls: () => {
      const urls = new Set<string>();
      for (const text of oldTexts) for (const link of collectLinks(parsePage(text), text)) urls.add(link.url.trim());
      return urls;
    },
    touched: new Set(),
    mayDependOn: new Set(),
    gone: [],
  };
  // A changed page at the base: its URN from the frontmatter alone (the baseline comparison parses it in full, if needed).
  const fileChanges = changedFiles(top, base, staged);
  const readOld = (file: string) => {
    // From the base's tree, read once for the run (the baseline reads the same).
    const text = changes.baseFiles().readText(path.join(top, file));
    if (text === undefined) return undefined;
    oldTexts.push(text);
    const id = readFrontmatter(frontmatterOnly(text), text).data.id;
    return { urn: typeof id === 'string' ? id : undefined };
  };
  for (const change of fileChanges) {
    if (change.status === 'renamed' && change.oldPath) changes.renamedFrom.set(path.join(top, change.path), path.join(top, change.oldPath));
    noteTouched(repository, top, change, changes.touched);
    const now = inDocs(change.path);
    const before = inDocs(change.oldPath ?? change.path);
    if (change.status !== 'deleted' && now) {
      changes.pages.add(now.absolute);
      changes.changed.add(now.absolute);
    }
    if (!before || change.status === 'added') {
      if (now && isItem(now.docsPath)) changes.urns.previous.set(now.absolute, undefined);
      continue;
    }
    const old = readOld(change.oldPath ?? change.path);
    if (!isItem(before.docsPath)) continue;
    if (old?.urn) changes.urns.baseline.set(old.urn, before.docsPath);
    if (change.status === 'deleted') changes.gone.push({ urn: old?.urn, docsPath: before.docsPath });
    else if (now) {
      changes.urns.previous.set(now.absolute, old ? { urn: old.urn, docsPath: before.docsPath } : undefined);
      if (change.status === 'renamed') changes.gone.push({ docsPath: before.docsPath });
    }
  }
  addWhatItBreaks(repository, top, fileChanges, changes);
  return changes;
}

/**
 * The pages the change may break besides the changed ones: a page that is a
 * link to a changed file; every page, when what each page is read against
 * changed (mkdocs.yml, the configuration, the audit codes, a schema, a word
 * list); else the pages whose text names a changed one.
 */
function addWhatItBreaks(repository: Repository, top: string, fileChanges: FileChange[], changes: PendingChanges): void {
  for (const page of pagesThroughLinks(repository, top, fileChanges)) {
    changes.pages.add(page);
    changes.changed.add(page);
    changes.touched.add(repository.docsPathOf(page));
  }
  const inputs = repositoryInputs(repository);
  const touchesInputs = fileChanges.some((change) => [change.path, change.oldPath].some((file) => file && inputs.has(path.join(top, file))));
  changes.mayDependOn = touchesInputs ? new Set(repository.pagePaths()) : pagesNaming(repository, changes.touched);
  if (touchesInputs) for (const page of repository.pagePaths()) changes.pages.add(page);
}

/** The files every page is checked against, by absolute path: a change of one can break pages the change never opened. */
function repositoryInputs(repository: Repository): Set<string> {
  const { root, config } = repository;
  const names = [
    MKDOCS_FILE,
    ...CONFIG_FILE_NAMES,
    ...CODE_CONFIG_FILE_NAMES,
    IGNORE_FILE,
    config.auditCodes,
    ...Object.values(config.schemas),
    ...wordFiles(config.rules),
  ];
  return new Set(names.filter((name): name is string => typeof name === 'string').map((name) => path.resolve(root, name)));
}

/** Any file in the docs folder that was added, changed, renamed or deleted: a page or file others may point at. */
function noteTouched(repository: Repository, top: string, change: FileChange, touched: Set<string>): void {
  for (const file of change.status === 'renamed' ? [change.path, change.oldPath!] : [change.path]) {
    const docsPath = repository.docsPathOf(path.join(top, file));
    // Another file's content cannot break a link to it; a page's can (its anchors, its URN).
    if (!docsPath.startsWith('..') && (docsPath.endsWith('.md') || change.status !== 'modified')) touched.add(docsPath);
  }
}

/** Past this many names, every page is taken as one that may point at the change. */
const MAX_NAMES_SEARCHED = 512;

/**
 * Pages whose text names one of `docsPaths` (its file name, or its folder's
 * for an index page): only they can link to it or list it under `vereiste:`
 * or `maatregel:`, so only they need parsing to know.
 */
function pagesNaming(repository: Repository, docsPaths: Set<string>): Set<string> {
  const needles = new Set<string>();
  for (const docsPath of docsPaths) {
    const extension = path.posix.extname(docsPath);
    const name = extension === '.md' ? path.posix.basename(docsPath, '.md') : path.posix.basename(docsPath);
    const word = name === 'index' ? path.posix.basename(path.posix.dirname(docsPath)) : name;
    if (!word || word === '.') return new Set(repository.pagePaths());
    needles.add(word);
    needles.add(encodeURIComponent(word));
  }
  const found = new Set<string>();
  if (needles.size === 0) return found;
  // A change of hundreds of pages: every page is read anyway, and searching each for each name would be quadratic.
  if (needles.size > MAX_NAMES_SEARCHED) return new Set(repository.pagePaths());
  for (const file of repository.pagePaths()) {
    const { value } = repository.readPage(file);
    for (const needle of needles) {
      if (value.includes(needle)) {
        found.add(file);
        break;
      }
    }
  }
  return found;
}

/** The pages that really point at what changed, and the URNs no page carries any more; needs the facts of `mayDependOn`. */
export function completeChanges(repository: Repository, pending: PendingChanges): ChangeSet {
  const { touched, mayDependOn, gone, ...changes } = pending;
  for (const { urn, docsPath } of gone) {
    if (urn && repository.pagesWithUrn(urn).length === 0) changes.urns.removed.push({ urn, docsPath });
  }
  for (const file of mayDependOn) {
    if (repository.page(file)?.dependsOn.some((target) => touched.has(target))) changes.pages.add(file);
  }
  return changes;
}
