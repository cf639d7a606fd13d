/**
 * Pull-request mode judges the change, not the repository's past. The merge
 * base is linted too, from git's objects in memory, with the same
 * configuration and rules, and each finding gets a fingerprint that survives
 * line shifts and renames (page after `git diff -M`, rule, message id, the
 * text of its line; the message itself first, then only its subject, its
 * first `code`, so a changed did-you-mean does not make an old finding new,
 * and one missing key is not taken for another). Kept are the findings on
 * the lines the change added or changed, and every finding the base did not
 * have, wherever it is (a renamed heading breaks links on pages the change
 * never opened). The others were already there: left out and counted. Only
 * those old ones can be suppressed: a new finding is reported whatever the
 * suppressions file counts.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { filePolicy } from '../config/file-policy.js';
import { LocalizedError } from '../errors.js';
import { Repository } from '../repository/repository.js';
import type { ChangeSet } from './changes.js';
import type { Session } from './session.js';
import { checkPages } from './stages/check.js';
import { loadFacts } from './stages/load-facts.js';

/** What pull-request mode left out. */
export interface Preexisting {
  /** Findings the base already had, not on a changed line. */
  count: number;
  /** Of those, on the pages the change added, modified or renamed. */
  onChangedPages: number;
}

/** A fingerprint of each message of `file` (shown as `as`): exact (with the message) and loose (without). */
function fingerprints(file: VFile, as: string): Array<[exact: string, loose: string]> {
  const lines = String(file.value ?? '').split('\n');
  return file.messages.map((message) => {
    // The line's text, trimmed, runs of white space as one: it moves with the line.
    const text = message.line ? (lines[message.line - 1] ?? '').trim().replace(/\s+/g, ' ') : '';
    const exact = JSON.stringify([as, message.ruleId, message.messageId ?? '', text, message.reason]);
    // Loose: the message's subject (its first `code`: the key, the name, the URN) stays; a did-you-mean after it may change.
    const subject = /`([^`]*)`/.exec(message.reason)?.[1] ?? message.reason;
    const loose = JSON.stringify([as, message.ruleId, message.messageId ?? '', text, subject]);
    return [exact, loose];
  });
}

class Multiset {
  private readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  /** Take one `key` out; false when there is none left. */
  take(key: string): boolean {
    const count = this.counts.get(key) ?? 0;
    if (count === 0) return false;
    this.counts.set(key, count - 1);
    return true;
  }
}

/** The base's findings on the base versions of the pages checked now, from git's objects. */
async function baseFindings(session: Session, changes: ChangeSet, headPages: string[]): Promise<VFile[] | undefined> {
  const files = changes.baseFiles();
  let repository: Repository;
  try {
    repository = new Repository(session.root, session.config, files);
  } catch (error) {
    // No docs folder at the base (the change adds the site): everything is new.
    if (error instanceof LocalizedError) return undefined;
    throw error;
  }
  const base: Session = { ...session, repository, policy: filePolicy(session.root, session.config, files), run: {}, overridden: undefined };
  // Only a page the base built and checked can have had a finding: one it left out (exclude_docs, ignores) had none there.
  const pages = headPages
    .map((file) => changes.renamedFrom.get(file) ?? file)
    .filter((file) => {
      const docsPath = repository.docsPathOf(file);
      return !docsPath.startsWith('..') && repository.hasFile(docsPath) && !repository.isNotBuilt(docsPath) && !base.policy.isIgnored(file);
    });
  const loaded = await loadFacts(base, repository.pagePaths(), undefined, false, new Set(pages));
  return (await checkPages(base, loaded.pages, pages, undefined)).files;
}

/** The findings of `files` that the base already had (not on a changed line); none when the base has no site yet (everything is new). */
export async function oldFindings(session: Session, files: VFile[], changes: ChangeSet): Promise<Set<VFileMessage>> {
  const old = new Set<VFileMessage>();
  const absolute = (file: VFile) => path.resolve(file.cwd, file.path);
  const headOf = new Map([...changes.renamedFrom].map(([now, before]) => [before, now]));
  const headPages = files.map(absolute).filter((file) => session.repository.page(file));
  const before = await baseFindings(session, changes, headPages);
  if (!before) return old;
  const exact = new Multiset();
  const loose = new Multiset();
  for (const file of before) {
    const at = absolute(file);
    const head = headOf.get(at) ?? at;
    for (const [strict, relaxed] of fingerprints(file, head)) {
      exact.add(strict);
      loose.add(relaxed);
    }
  }
  const changed = changes.changedLines();
  const onChangedLine = (file: string, line: number | undefined | null) =>
    changed.get(file)?.some(([first, last]) => (line ?? 1) >= first && (line ?? 1) <= last) ?? false;
  // Exact matches first, so that a loose match never takes the fingerprint an exact one needs.
  const fingerprinted = files.map((file) => ({
    file,
    at: absolute(file),
    prints: fingerprints(file, absolute(file)),
  }));
  for (const { file, at, prints } of fingerprinted)
    file.messages.forEach((message, index) => {
      if (!onChangedLine(at, message.line) && exact.take(prints[index][0])) {
        old.add(message);
        loose.take(prints[index][1]);
      }
    });
  for (const { file, at, prints } of fingerprinted)
    file.messages.forEach((message, index) => {
      if (!old.has(message) && !onChangedLine(at, message.line) && loose.take(prints[index][1])) old.add(message);
    });
  return old;
}

/** Leave out of `files` (in place) the `old` findings; what was left out. */
export function dropOldFindings(files: VFile[], old: Set<VFileMessage>, changes: ChangeSet): Preexisting {
  const outcome: Preexisting = { count: 0, onChangedPages: 0 };
  for (const file of files) {
    const kept = file.messages.filter((message) => !old.has(message));
    const dropped = file.messages.length - kept.length;
    outcome.count += dropped;
    if (changes.changed.has(path.resolve(file.cwd, file.path))) outcome.onChangedPages += dropped;
    file.messages = kept;
  }
  return outcome;
}
