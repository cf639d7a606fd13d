/**
 * A pull request's changes are mapped to pages by path. A page that is a
 * symbolic link (or lies in a linked folder) to a file elsewhere in the
 * repository (`docs/…/7-mon-01.md -> ../../../content/7-mon-01.md`) changes
 * when only its target changes, and that change names no page: without this
 * mapping a later pull request could edit the target and nothing would be
 * linted.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Repository } from '../repository/repository.js';
import type { FileChange } from './git.js';

/**
 * The pages (absolute paths) whose file is, after following links, one of
 * the `changes` (paths relative to the git top folder `top`), and that are
 * not that path themselves. A page whose link leads nowhere is included when
 * the change deletes or renames a file (its target may be the one gone).
 */
export function pagesThroughLinks(repository: Repository, top: string, changes: readonly FileChange[]): string[] {
  if (changes.length === 0) return [];
  const real = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return undefined;
    }
  };
  const changed = new Set<string>();
  for (const change of changes) {
    const absolute = path.resolve(top, change.path);
    changed.add(absolute);
    const target = real(absolute);
    if (target) changed.add(target);
  }
  const somethingGone = changes.some((change) => change.status === 'deleted' || change.status === 'renamed');
  const pages: string[] = [];
  for (const page of repository.pagePaths()) {
    const target = real(page);
    if (target === page) continue; // no link on the way: mapped by its path already
    if (target === undefined ? somethingGone : changed.has(target)) pages.push(page);
  }
  return pages;
}
