/**
 * `--changed-since <ref>`: what a pull request changed. The pages to lint are
 * the changed pages plus every page that points at a changed, renamed or
 * deleted page; cross-file facts still come from the whole repository. It
 * also gives the URN baseline (for rule urn-change) and the URLs that were
 * already there (so `--external` checks only new ones).
 */
import path from 'node:path';
import { isItemKind } from '../config/config.js';
import { readFrontmatter } from '../parsing/frontmatter.js';
import { collectLinks } from '../parsing/links.js';
import { parsePage } from '../parsing/parser.js';
import type { Repository } from '../repository/repository.js';
import { changedFiles, comparisonBase, fileAt, gitTopLevel } from './git.js';

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
  /** The commit compared with: the merge base of `ref` and HEAD. */
  base: string;
  /** Absolute paths of the pages to lint. */
  pages: Set<string>;
  urns: UrnBaseline;
  /** URLs the changed pages already had at the base. */
  previousUrls: Set<string>;
}

export function changesSince(repository: Repository, ref: string): ChangeSet {
  const top = gitTopLevel(repository.root);
  const base = comparisonBase(top, ref);
  const inDocs = (file: string) => {
    const absolute = path.join(top, file);
    const docsPath = repository.docsPathOf(absolute);
    return docsPath.startsWith('..') || !docsPath.endsWith('.md') ? undefined : { absolute, docsPath };
  };
  const isItem = (docsPath: string) => isItemKind(repository.kindOf(path.join(repository.docsDir, docsPath)));

  const pages = new Set<string>();
  const touched = new Set<string>();
  const urns: UrnBaseline = { previous: new Map(), baseline: new Map(), removed: [] };
  const previousUrls = new Set<string>();
  const gone: Array<{ urn?: string; docsPath: string }> = [];

  const readOld = (file: string) => {
    const text = fileAt(top, base, file);
    if (text === undefined) return undefined;
    const tree = parsePage(text);
    const id = readFrontmatter(tree, text).data.id;
    for (const link of collectLinks(tree, text)) previousUrls.add(link.url.trim());
    return { urn: typeof id === 'string' ? id : undefined };
  };

  for (const change of changedFiles(top, base)) {
    const now = inDocs(change.path);
    const before = inDocs(change.oldPath ?? change.path);
    if (change.status !== 'deleted' && now) {
      pages.add(now.absolute);
      touched.add(now.docsPath);
    }
    if (before && (change.status === 'deleted' || change.status === 'renamed')) touched.add(before.docsPath);
    if (!before || change.status === 'added') {
      if (now && isItem(now.docsPath)) urns.previous.set(now.absolute, undefined);
      continue;
    }
    const old = readOld(change.oldPath ?? change.path);
    if (!isItem(before.docsPath)) continue;
    if (old?.urn) urns.baseline.set(old.urn, before.docsPath);
    if (change.status === 'deleted') gone.push({ urn: old?.urn, docsPath: before.docsPath });
    else if (now) {
      urns.previous.set(now.absolute, old ? { urn: old.urn, docsPath: before.docsPath } : undefined);
      if (change.status === 'renamed') gone.push({ docsPath: before.docsPath });
    }
  }

  for (const { urn, docsPath } of gone) {
    if (urn && repository.pagesWithUrn(urn).length === 0) urns.removed.push({ urn, docsPath });
  }
  for (const record of repository.pagesDependingOn(touched)) pages.add(record.path);
  return { ref, base, pages, urns, previousUrls };
}
