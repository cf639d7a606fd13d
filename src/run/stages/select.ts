/**
 * Stage 2, select: which pages this run checks. Paths, folders and globs
 * given by the caller; every page otherwise; with `--changed-since`, the
 * changed pages and the pages that point at them (known once facts are loaded).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'glob';
import { UsageError } from '../../errors.js';
import type { ChangeSet } from '../changes.js';
import type { Session } from '../session.js';

/** The folder a path or glob starts in: where to look for the repository root. */
export function firstFolder(entry: string): string {
  return /[*?[{]/.test(entry) ? entry.split(/[*?[{]/)[0] || '.' : path.extname(entry) ? path.dirname(entry) : entry;
}

/** Files, folders (their `.md` files) and globs to absolute page paths; undefined when none were given. */
export async function selectPages(session: Session, entries: string[] | undefined): Promise<string[] | undefined> {
  if (!entries?.length) return undefined;
  const { repository, cwd } = session;
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
    result.push(...(await outsideDocs(entry, absolute)));
  }
  return result.map((file) => path.resolve(file));
}

async function outsideDocs(entry: string, absolute: string): Promise<string[]> {
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`no such file or folder: ${entry}`);
  if (!stat.isDirectory()) return [absolute];
  return glob('**/*.md', { cwd: absolute, absolute: true, nodir: true, ignore: ['**/node_modules/**'] });
}

/** `--changed-since`: the run's URN baseline, and the pages to check besides the explicit ones. */
export async function narrowToChanges(session: Session, ref: string, explicit: string[] | undefined): Promise<{ changes: ChangeSet; selected: string[] }> {
  const { changesSince } = await import('../changes.js');
  const changes = changesSince(session.repository, ref);
  session.run.urnChanges = { ...changes.urns, ref };
  return { changes, selected: [...new Set([...(explicit ?? []), ...changes.pages])] };
}
