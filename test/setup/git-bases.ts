/**
 * Vitest global setup: before and after the run, the committed copies that
 * test/helpers/git-repo.ts made (one per source and test file) are removed,
 * those of processes that have ended (a worker may outlive the teardown: its
 * copies go at the next run). A vitest run inside a test (see
 * corpus-source.test.ts) leaves the copies of the outer run's workers alone.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { GIT_BASES } from '../helpers/git-repo.js';

function ended(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function removeEnded(): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(GIT_BASES);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(/^base-(\d+)-/.exec(entry)?.[1]);
    if (pid && ended(pid)) rmSync(path.join(GIT_BASES, entry), { recursive: true, force: true });
  }
}

export default function gitBases(): () => void {
  removeEnded();
  return removeEnded;
}
