/**
 * The real corpus (../shared/corpus/algoritmekader, or $ALGORITMEKADER_CORPUS)
 * and mutations of it. A mutation is an overlay of changed texts on the
 * corpus as it is: nothing is copied or written, and the facts of unchanged
 * pages come from one in-memory cache shared by every test of a file.
 */
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileChanges } from '../../src/repository/file-source.js';
import { memoryStore } from '../../src/run/cache.js';
import { lint } from '../../src/run/engine.js';
import { ROOT } from './rule-docs.js';

/** Where the corpus comes from and where it is kept (`npm run corpus` fetches it). */
export const CORPUS_SOURCE = JSON.parse(readFileSync(path.join(ROOT, 'scripts/corpus-source.json'), 'utf8')) as {
  repository: string;
  commit: string;
  folder: string;
};
export const CORPUS = path.resolve(ROOT, process.env.ALGORITMEKADER_CORPUS ?? CORPUS_SOURCE.folder);
export const HAS_CORPUS = existsSync(path.join(CORPUS, 'mkdocs.yml'));

// In CI the corpus must be there: a missing corpus fails instead of skipping (test/setup/corpus.ts says so once).
if (!HAS_CORPUS && process.env.CI) throw new Error(`the real corpus is missing at ${CORPUS}: npm run corpus fetches it`);

const store = memoryStore();

/** One mutation of the corpus: edits and removals recorded as an overlay. */
export function mutateCorpus() {
  const changes: FileChanges = {};
  const at = (file: string) => path.join(CORPUS, file);
  return {
    root: CORPUS,
    edit(file: string, change: (text: string) => string) {
      const before = (changes[at(file)] as string | undefined) ?? readFileSync(at(file), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`mutation of ${file} changed nothing`);
      changes[at(file)] = after;
    },
    remove(file: string) {
      changes[at(file)] = null;
    },
    /**
     * The findings on one page of the mutated corpus, but for spelling: the
     * mutations plant other defects, and the corpus's own misspellings are
     * judged in corpus.test.ts (test/spelling.test.ts plants typos).
     */
    findingsOn: async (file: string) => (await findingsOn(CORPUS, file, changes)).filter((finding) => finding.rule !== 'spelling'),
  };
}

/** The findings on one page of a repository, as `line:column`, end, rule and the rest. */
export async function findingsOn(root: string, file: string, overrides?: FileChanges) {
  const { files } = await lint({ cwd: root, paths: [file], overrides, cache: root === CORPUS ? { store } : undefined });
  return files[0].messages.map((message) => ({
    at: `${message.line}:${message.column}`,
    end: message.place && 'end' in message.place ? `${message.place.end.line}:${message.place.end.column}` : '',
    rule: message.ruleId,
    source: message.source,
    url: message.url,
    reason: message.reason,
    expected: message.expected,
  }));
}

/** A copy of the corpus on disk, for tests that write files (`--fix`); `cleanup()` removes it. */
export function copyCorpus() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ak-corpus-'));
  cpSync(CORPUS, root, { recursive: true, verbatimSymlinks: true });
  // The snapshot is read-only; an author's checkout is not (and --fix skips read-only pages).
  const writable = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isSymbolicLink()) continue;
      chmodSync(full, entry.isDirectory() ? 0o755 : 0o644);
      if (entry.isDirectory()) writable(full);
    }
  };
  writable(root);
  return {
    root,
    edit(file: string, change: (text: string) => string) {
      const target = path.join(root, file);
      writeFileSync(target, change(readFileSync(target, 'utf8')));
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
