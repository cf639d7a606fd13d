/**
 * Stage 3a, replay (with `--cache`): the same pages checked with the same
 * settings, and nothing the model is built from changed since the last run
 * (every page's mtime and size, the docs listing, the audit codes, the
 * repository's schemas, the text files the rules read such as word lists):
 * the last run's report is the answer. Neither the
 * page cache nor the parser nor the rules are loaded.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { type LintCache, restoreMessages, type StoredFile, storeMessages } from '../cache.js';
import type { Session } from '../session.js';

type PageStat = { mtimeMs?: number; size?: number } | undefined;

/** Everything a report depends on, as text (compared whole, nothing hashed); `statOf` gives a page's mtime and size (now, or as the cache read it). */
function runKey(
  session: Session,
  cache: LintCache,
  pages: string[],
  selected: string[],
  statOf: (file: string) => PageStat,
  texts: Array<[string, string]>,
): string {
  const { repository } = session;
  const stats = [...new Set([...pages, ...selected])]
    .map((file) => {
      const stat = statOf(file);
      return `${repository.docsPathOf(file)}\0${stat?.mtimeMs ?? ''}\0${stat?.size ?? ''}`;
    })
    .sort();
  const checked = selected.map((file) => repository.docsPathOf(file)).sort();
  return JSON.stringify({ settings: cache.key, checked, stats, inputs: repository.otherInputs(), texts });
}

/** The last run's files, when its report still holds; undefined otherwise. */
export function replayLastRun(session: Session, cache: LintCache, pages: string[], selected: string[]): VFile[] | undefined {
  const { repository, cwd } = session;
  // The text files the last run's rules read, as they are now.
  const texts = cache.lastRunTextFiles().map((file): [string, string] => [file, repository.textFileDigest(file)]);
  const stored = cache.lastRun(runKey(session, cache, pages, selected, (file) => repository.files.stat(file), texts));
  return stored?.map(({ docsPath, problem, bom, messages }) => {
    const file = path.join(repository.docsDir, docsPath);
    const vfile = new VFile({ path: path.relative(cwd, file) || file, cwd, value: '' });
    vfile.data.algoritmekaderSession = session;
    if (problem) vfile.data.sourceProblem = problem;
    if (bom) vfile.data.bom = true;
    restoreMessages(vfile, messages);
    return vfile;
  });
}

/** Keep this run's report, keyed by the pages as the cache read them (a page changed during the run gives another key). */
export function keepLastRun(session: Session, cache: LintCache, pages: string[], selected: string[], files: VFile[]): void {
  const { repository, cwd } = session;
  const texts = repository.textFilesRead();
  const key = runKey(session, cache, pages, selected, (file) => cache.get(repository.docsPathOf(file)), texts);
  const stored = files.map(
    (file): StoredFile => ({
      docsPath: repository.docsPathOf(path.resolve(cwd, file.path)),
      problem: file.data.sourceProblem,
      bom: file.data.bom === true ? true : undefined,
      messages: storeMessages(file),
    }),
  );
  cache.setLastRun(
    key,
    stored,
    repository.mkdocsRead,
    texts.map(([file]) => file),
  );
}
