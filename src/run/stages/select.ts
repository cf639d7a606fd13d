/**
 * Stage 2, select: which pages this run checks. Paths, folders and globs
 * given by the caller; every page otherwise; with `--changed-since`, the
 * changed pages and the pages that point at them (known once facts are loaded).
 */
import { type Dirent, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { GlobError, globTest } from '../../config/glob-match.js';
import { ERRORS, hintFor, PHRASES, say, UsageError } from '../../errors.js';
import { nearestPaths } from '../../rule-kit/suggest.js';
import type { ChangeSet, PendingChanges } from '../changes.js';
import { notLinted, type Session } from '../session.js';

/** The folder a path or glob starts in: where to look for the repository root. */
export function firstFolder(entry: string): string {
  return /[*?[{]/.test(entry) ? entry.split(/[*?[{]/)[0] || '.' : path.extname(entry) ? path.dirname(entry) : entry;
}

/** Files, folders (their `.md` files) and globs to absolute page paths; undefined when none were given. */
export async function selectPages(session: Session, entries: string[] | undefined): Promise<string[] | undefined> {
  if (!entries?.length) return undefined;
  const result: string[] = [];
  for (const entry of entries) {
    const pages = await pagesOf(session, entry);
    if (pages.length === 0) throw new UsageError(ERRORS.noPageMatches, { entry });
    const kept = pages.filter((file) => !skipped(session, file, pages.length === 1 && !/[*?[{]/.test(entry)));
    result.push(...kept);
  }
  return result.map((file) => path.resolve(file));
}

/** The pages that are not left out of linting (`notLinted`); named pages are sifted by `selectPages`. */
export function lintable(session: Session, files: Iterable<string>): string[] {
  return [...files].filter((file) => !notLinted(session, file));
}

/** A file not to lint (see `notLinted`); said when the user named it. */
function skipped(session: Session, file: string, named: boolean): boolean {
  const { repository, cwd } = session;
  const why = notLinted(session, file);
  if (why && named) {
    const docs = path.relative(cwd, repository.docsDir) || '.';
    session.onNotice?.(say(why, { file: path.relative(cwd, file) || file, docs }, session.lang));
  }
  return why !== undefined;
}

/** The pages an entry names: a page, a folder's pages or a glob's `.md` matches. */
async function pagesOf(session: Session, entry: string): Promise<string[]> {
  const { repository, cwd } = session;
  const absolute = path.resolve(cwd, entry);
  if (/[*?[{]/.test(entry)) return globPages(session, entry);
  const inDocs = repository.docsPathOf(absolute);
  if (repository.hasFile(inDocs)) return [absolute];
  if (repository.hasFolder(inDocs) || (inDocs.startsWith('..') && absolute === repository.root)) {
    const prefix = inDocs && !inDocs.startsWith('..') ? `${inDocs}/` : '';
    return repository.pagePaths().filter((file) => repository.docsPathOf(file).startsWith(prefix));
  }
  return outsideDocs(session, entry, absolute);
}

/** Files listed at most for a glob that matches no page (a walk that stops there). */
const MAX_WALKED = 20_000;

/**
 * The files a glob matches (relative to the current folder, or absolute),
 * matched in linear time, never walked on the disk with the glob itself: a
 * glob from a pull request (the Action's `paths`) cannot stall the run.
 * Against the repository's pages, and the special files (FIFOs, devices)
 * under the docs folder that the listing leaves out, so the run reports
 * them unread; when none match, against the files under the glob's first
 * folder, which are no pages and are passed over.
 */
function globPages(session: Session, entry: string): string[] {
  const { repository, cwd } = session;
  const absolute = path.isAbsolute(entry);
  const pattern = absolute ? entry : entry.replace(/^(?:\.\/+)+/, '');
  let test: (file: string) => boolean;
  try {
    test = globTest(pattern);
  } catch (error) {
    if (!(error instanceof GlobError)) throw error;
    throw new UsageError(ERRORS.globPattern, { path: PHRASES.pageGlob, pattern: error.pattern, reason: error.reason });
  }
  const matches = (file: string) => {
    const shown = (absolute ? file : path.relative(cwd, file)).split(path.sep).join('/');
    return file.endsWith('.md') && !/(^|\/)node_modules\//.test(shown) && test(shown);
  };
  const pages = [...repository.pagePaths(), ...walk(repository.docsDir).special].filter(matches);
  return pages.length ? pages : walk(path.resolve(cwd, firstFolder(entry))).files.filter(matches);
}

/**
 * Files under `folder` (absolute), and special files (FIFOs, sockets,
 * devices), without node_modules and .git, no links followed, at most
 * MAX_WALKED entries.
 */
function walk(folder: string): { files: string[]; special: string[] } {
  const files: string[] = [];
  const special: string[] = [];
  const pending = [folder];
  let seen = 0;
  while (pending.length && seen < MAX_WALKED) {
    let entries: Dirent[];
    try {
      entries = readdirSync(pending.pop()!, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (++seen > MAX_WALKED) break;
      const file = path.join(entry.parentPath, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '.git') pending.push(file);
      } else if (entry.isFile()) files.push(file);
      else if (!entry.isSymbolicLink()) special.push(file);
    }
  }
  return { files, special };
}

async function outsideDocs(session: Session, entry: string, absolute: string): Promise<string[]> {
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(ERRORS.noSuchPath, { entry, hint: hintFor(nearestPage(session, absolute)) });
  if (!stat.isDirectory()) return [absolute];
  const { glob } = await import('glob');
  return glob('**/*.md', { cwd: absolute, absolute: true, nodir: true, ignore: ['**/node_modules/**'] });
}

/**
 * `--changed-since`, before the facts: what git says changed, and the pages that may point at it (to parse); with
 * the pages whose file is a changed file through a link (their own path did not change).
 */
export async function readChangesSince(session: Session, ref: string, staged?: boolean): Promise<PendingChanges> {
  const { readChanges } = await import('../changes.js');
  return readChanges(session.repository, ref, staged);
}

/** `--changed-since`, once the facts are loaded: the run's URN baseline, and the pages to check besides the explicit ones. */
export async function narrowToChanges(
  session: Session,
  pending: PendingChanges,
  explicit: string[] | undefined,
): Promise<{ changes: ChangeSet; selected: string[] }> {
  const { completeChanges } = await import('../changes.js');
  const changes = completeChanges(session.repository, pending);
  session.run.urnChanges = { ...changes.urns, ref: changes.ref };
  return { changes, selected: [...new Set([...(explicit ?? []), ...lintable(session, changes.pages)])] };
}

/** A typo of a page's path: the nearest page, as the user would type it (from the current folder). */
function nearestPage(session: Session, absolute: string): string | undefined {
  const { repository, cwd } = session;
  const [nearest] = nearestPaths(repository.filePaths(), repository.docsPathOf(absolute), 1);
  return nearest && path.relative(cwd, path.join(repository.docsDir, nearest));
}
