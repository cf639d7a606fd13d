/**
 * Every file we write (fixed pages, `--reporter name=file` outputs, caches)
 * goes through here. A pull request may have committed a symbolic link at
 * the destination, or at any name a temporary file could get: so the
 * temporary file gets an unpredictable name in the destination's folder and
 * is created exclusively (`wx`: O_CREAT|O_EXCL, which also refuses an
 * existing link), and is then renamed over the destination, which replaces
 * a link there instead of following it. A reader sees the old or the new
 * file, never half of one; Ctrl-C leaves no temporary file behind.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { isWithin } from '../repository/files.js';

export interface AtomicWriteOptions {
  /** Mode of the new file (default 0o666 less the umask). */
  mode?: number;
  /** Create the destination's folder when it is missing (with `inside`: folder by folder, never through a link). */
  makeFolder?: boolean;
  /** The destination's real folder must be inside this one (a committed link to a folder elsewhere is refused). */
  inside?: string;
  /** Last look at the temporary file before the rename (keep an owner); false: do not rename, the destination stays. */
  beforeRename?: (temporary: string) => boolean;
}

/** A folder on the way that leads outside where the file belongs. */
export class OutsideFolderError extends Error {
  readonly code = 'EOUTSIDE';
  constructor(readonly folder: string) {
    super(`${folder} leads outside the folder it belongs in`);
  }
}

/** Write `data` to `file` whole or not at all, replacing (never following) a link there. False when `beforeRename` said no. */
export function writeFileAtomically(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): boolean {
  const folder = path.dirname(path.resolve(file));
  if (options.inside !== undefined) checkInside(folder, options.inside); // before any folder is made there
  if (options.makeFolder && options.inside !== undefined) makeFolders(folder, options.inside);
  else if (options.makeFolder) mkdirSync(folder, { recursive: true });
  if (options.inside !== undefined) checkInside(folder, options.inside);
  const temporary = path.join(folder, `.${path.basename(file)}.${randomBytes(8).toString('hex')}.algoritmekader-lint.tmp`);
  track(temporary);
  try {
    const descriptor = openSync(temporary, 'wx', options.mode ?? 0o666);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      for (let written = 0; written < bytes.length; ) written += writeSync(descriptor, bytes, written, bytes.length - written);
    } finally {
      closeSync(descriptor);
    }
    if (options.mode !== undefined) chmodSync(temporary, options.mode); // the umask does not decide a kept mode
    if (options.beforeRename && !options.beforeRename(temporary)) return false;
    renameSync(temporary, file);
    return true;
  } finally {
    rmSync(temporary, { force: true });
    temporaries.delete(temporary);
  }
}

/** The nearest existing entry on the way to `folder` (itself, or an ancestor; a link counts, even one that leads nowhere). */
function nearestExisting(folder: string): string {
  let existing = folder;
  while (!lstatSync(existing, { throwIfNoEntry: false }) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return existing;
}

/** The nearest existing entry of `folder` (itself, or an ancestor) really is inside `inside`; else OutsideFolderError. */
function checkInside(folder: string, inside: string): void {
  let real: string;
  try {
    real = realpathSync(nearestExisting(folder));
  } catch {
    throw new OutsideFolderError(folder); // a link that leads nowhere (or in a circle): never made real by us
  }
  if (!isWithin(realpathSync(inside), real)) throw new OutsideFolderError(folder);
}

/** The missing folders of `folder`, one by one below its nearest existing one (inside `inside`): `mkdir` never follows a link. */
function makeFolders(folder: string, inside: string): void {
  const missing: string[] = [];
  const existing = nearestExisting(folder);
  for (let at = folder; at !== existing; at = path.dirname(at)) missing.unshift(at);
  for (const at of missing) {
    try {
      mkdirSync(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new OutsideFolderError(at); // appeared meanwhile, maybe as a link
      throw error;
    }
    checkInside(at, inside);
  }
}

const temporaries = new Set<string>();
let cleanupInstalled = false;

/** Remember a temporary file; the first time, make sure an exit or Ctrl-C removes whatever is left. */
function track(temporary: string): void {
  if (!cleanupInstalled) installCleanup();
  temporaries.add(temporary);
}

function installCleanup(): void {
  cleanupInstalled = true;
  const cleanup = () => {
    for (const temporary of temporaries) rmSync(temporary, { force: true });
    temporaries.clear();
  };
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      cleanup();
      process.kill(process.pid, signal); // then end as the signal would have
    });
  }
}
