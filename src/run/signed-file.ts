/**
 * Caches are files a pull request could have committed (or a link it
 * committed could point at): a forged cache would hide findings. So a cache
 * is only read when it is a regular file that git does not track, and when
 * it carries an HMAC made with a key kept outside the repository (in the
 * user's cache folder, created on first use, readable by the user alone).
 * Anything else is ignored, and the run says why.
 */
import { execFileSync } from 'node:child_process';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AtomicWriteOptions, writeFileAtomically } from './atomic-write.js';

/** Why a cache file was not used. */
export type CacheRefusal = 'link' | 'tracked' | 'unverified' | 'no-key';

/** Where the key lives: `ALGORITMEKADER_LINT_CACHE_KEY_FILE`, else `$XDG_CACHE_HOME` or `~/.cache`, never the repository. */
function cacheKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ALGORITMEKADER_LINT_CACHE_KEY_FILE) return path.resolve(env.ALGORITMEKADER_LINT_CACHE_KEY_FILE);
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'algoritmekader-lint', 'cache-key');
}

let keys: Map<string, Buffer | undefined> | undefined;

/** The key (made on first use, mode 0600); undefined when it can be neither read nor made. */
function cacheKey(): Buffer | undefined {
  const file = cacheKeyFile();
  keys ??= new Map();
  if (keys.has(file)) return keys.get(file);
  let key: Buffer | undefined;
  try {
    key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch {
    try {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
    } catch {
      // Made by a concurrent run (EEXIST), or not possible: read what is there.
    }
    try {
      key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    } catch {
      key = undefined;
    }
  }
  if (key && key.length < 16) key = undefined;
  keys.set(file, key);
  return key;
}

const mac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('hex');

/** Does git track this file (it came with the checkout, so with a pull request)? */
function trackedByGit(file: string): boolean {
  try {
    execFileSync('git', ['ls-files', '--error-unmatch', '--', path.basename(file)], { cwd: path.dirname(file), stdio: 'ignore' });
    return true;
  } catch {
    return false; // untracked, or no git, or not in a repository
  }
}

/** The data of a signed JSON file, or why it is refused; undefined when there is none. Throws nothing. */
export function readSignedJson(file: string): { data: unknown } | { refused: CacheRefusal } | undefined {
  const stat = lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (stat.isSymbolicLink() || !stat.isFile()) return { refused: 'link' };
  if (trackedByGit(file)) return { refused: 'tracked' };
  const key = cacheKey();
  if (!key) return { refused: 'no-key' };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  const given = Buffer.from(newline === -1 ? '' : text.slice(0, newline), 'utf8');
  const body = text.slice(newline + 1);
  const expected = Buffer.from(mac(key, body), 'utf8');
  if (newline === -1 || given.length !== expected.length || !timingSafeEqual(given, expected)) return { refused: 'unverified' };
  try {
    return { data: JSON.parse(body) };
  } catch {
    return { refused: 'unverified' };
  }
}

/** Write `data` as JSON with its HMAC on the first line (atomically, never through a link). Throws when there is no key. */
export function writeSignedJson(file: string, data: unknown, options: AtomicWriteOptions = {}): void {
  const key = cacheKey();
  if (!key) throw Object.assign(new Error('no cache key'), { code: 'ENOKEY' });
  const body = JSON.stringify(data);
  writeFileAtomically(file, `${mac(key, body)}\n${body}`, { makeFolder: true, ...options });
}
