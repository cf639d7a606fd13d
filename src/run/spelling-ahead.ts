/**
 * The run's side of spelling ahead (spelling/prefetch.ts): each page to be
 * checked is posted to the spelling worker as soon as it is parsed, with
 * the spelling options it will be checked with; the check stage waits for
 * its answers before running the rules on it.
 */
import type { Root } from 'mdast';
import { type SpellingOptions, spellAhead, startSpelling } from '../spelling/prefetch.js';
import { endEarlyWorker } from '../spelling/worker-start.js';
import { activeFor, loadRules, type Session } from './session.js';

const posted = new WeakMap<Session, Map<string, Promise<void>>>();

async function spellingFor(session: Session, file: string) {
  await loadRules(session);
  return activeFor(session, file).find((active) => active.rule.meta.id === 'spelling');
}

/**
 * A run that will parse and check `file` (no cache vouches for it): the
 * worker starts before the pages are read, if the rule is on for it.
 */
export async function warmSpelling(session: Session, file: string | undefined): Promise<void> {
  if (file && (await spellingFor(session, file))) startSpelling();
  // The rule is off for the first page to check: a worker started on speculation (the CLI's first line) ends.
  else if (file) endEarlyWorker();
}

/** Post `file`'s words, if the spelling rule is on for it. */
export async function postSpelling(session: Session, file: string, tree: Root, source: string): Promise<void> {
  const spelling = await spellingFor(session, file);
  if (!spelling) return;
  const ready = spellAhead(session.repository, spelling.options as SpellingOptions, tree, source);
  if (!ready) return;
  const files = posted.get(session) ?? new Map<string, Promise<void>>();
  posted.set(session, files.set(file, ready));
}

/** Resolves when the rule can judge `file`'s words from memory (at once for a page not posted). */
export function spellingReady(session: Session, file: string): Promise<void> | undefined {
  return posted.get(session)?.get(file);
}
