/**
 * Reading a file of the repository, which a pull request may have made
 * anything: a symbolic link to /proc/self/environ or /dev/zero, a FIFO, a
 * file of gigabytes. The path is resolved (realpath) and must stay inside
 * the repository, be a regular file and stay under a size limit; otherwise
 * the file is not opened at all, and the reason (never its content) is said.
 */
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ERRORS, LocalizedError, type TextParams } from '../errors.js';
import type { Localized } from '../rule-kit/i18n.js';
import { isWithin } from './files.js';

/** Configuration, mkdocs.yml, the audit codes, a schema, the ignore file: real ones are a few KB. */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;

type Refusal = { reason: 'outside' } | { reason: 'not-a-file' } | { reason: 'too-large'; bytes: number; limit: number };

const REFUSALS: Record<Refusal['reason'], Localized> = {
  outside: { nl: 'een symbolische link die buiten de repository leidt', en: 'a symbolic link that leads outside the repository' },
  'not-a-file': { nl: 'geen gewoon bestand (een map, FIFO of apparaat)', en: 'not a regular file (a folder, FIFO or device)' },
  'too-large': { nl: 'groter dan {limit} bytes ({bytes})', en: 'larger than {limit} bytes ({bytes})' },
};

/** A file that is refused: a configuration error that names the file and why, never its content. */
export class RefusedFileError extends LocalizedError {
  constructor(
    readonly file: string,
    readonly refusal: Refusal,
  ) {
    const reason = REFUSALS[refusal.reason];
    const params: TextParams = refusal.reason === 'too-large' ? { bytes: refusal.bytes, limit: refusal.limit } : {};
    const filled: Localized = {
      nl: reason.nl.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name])),
      en: reason.en.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name])),
    };
    super(ERRORS.refusedFile, { file, reason: filled });
  }
}

/** Why `file` must not be read (followed to its real path, within `boundary` when given), or undefined. Absent: undefined too. */
export function refusalOf(file: string, boundary: string | undefined, limit: number): Refusal | undefined {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return undefined; // absent (or a dangling link): the reader finds nothing
  }
  if (boundary !== undefined && !isWithin(realBoundary(boundary), real)) return { reason: 'outside' };
  const stat = statSync(real, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (!stat.isFile()) return { reason: 'not-a-file' };
  if (stat.size > limit) return { reason: 'too-large', bytes: stat.size, limit };
  return undefined;
}

function realBoundary(boundary: string): string {
  try {
    return realpathSync(boundary);
  } catch {
    return path.resolve(boundary);
  }
}

/**
 * The bytes of `file`, or undefined when it is absent or unreadable. Throws
 * RefusedFileError (with `shown`, the name to show) for a file outside
 * `boundary`, not regular, or over `limit`. The check is repeated on the
 * opened file, so a swap between the check and the read gains nothing.
 */
export function readInside(file: string, boundary: string | undefined, limit: number, shown = file): Buffer | undefined {
  const refusal = refusalOf(file, boundary, limit);
  if (refusal) throw new RefusedFileError(shown, refusal);
  let real: string;
  let descriptor: number;
  try {
    real = realpathSync(file);
    descriptor = openSync(real, 'r');
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(descriptor);
    if (!stat.isFile()) throw new RefusedFileError(shown, { reason: 'not-a-file' });
    if (boundary !== undefined && !isWithin(realBoundary(boundary), realpathSync(real))) throw new RefusedFileError(shown, { reason: 'outside' });
    // Never more than the limit, whatever the size said.
    const buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(descriptor, buffer, length, buffer.length - length, null);
    if (length > limit) throw new RefusedFileError(shown, { reason: 'too-large', bytes: Math.max(stat.size, length), limit });
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof RefusedFileError) throw error;
    return undefined;
  } finally {
    closeSync(descriptor);
  }
}
