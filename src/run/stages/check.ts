/**
 * Stage 5, check: run the rules on each selected page, through the same
 * processor remark-cli and the language server use. Messages come from the
 * cache when the questions the rules asked the model are answered the same.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { parseBudget } from '../../repository/source.js';
import { type LintCache, restoreMessages, storeMessages } from '../cache.js';
import { loadRules, type Session } from '../session.js';
import { spellingReady } from '../spelling-ahead.js';
import { timedParse } from '../timings.js';
import type { PageState } from './load-facts.js';

export async function checkPages(session: Session, pages: Map<string, PageState>, selected: string[], cache: LintCache | undefined) {
  const { repository, cwd } = session;
  const files: VFile[] = [];
  // The parser and rules load on first need: a run answered from the cache never loads them.
  let linting: typeof import('../linting.js') | undefined;
  let processor: ReturnType<typeof import('../linting.js').createProcessor> | undefined;
  let reused = 0;
  let parsed = 0;
  for (const file of [...selected].sort((a, b) => a.localeCompare(b))) {
    const state = pages.get(file)!;
    const vfile = new VFile({ path: path.relative(cwd, file) || file, cwd, value: state.value ?? '' });
    vfile.data.algoritmekaderSession = session;
    // The run applies the suppressions over all its pages (and the cache keeps every finding).
    vfile.data.suppressionDisplay = 'by-run';
    if (state.problem) vfile.data.sourceProblem = state.problem;
    if (state.bom) vfile.data.bom = true;
    files.push(vfile);
    const docsPath = repository.docsPathOf(file);
    const stored = cache?.resultFor(docsPath, state.hash, repository);
    if (stored) {
      restoreMessages(vfile, stored);
      reused++;
      continue;
    }
    if (!linting) {
      await loadRules(session);
      linting = await import('../linting.js');
    }
    if (!state.tree) {
      // Facts came from the cache, but the messages are needed: read and parse now.
      const source = state.value === undefined ? repository.readPage(file) : undefined;
      state.value ??= source?.value ?? '';
      const { value, problem } = state;
      vfile.value = value;
      const nearBudget = source ? source.nearBudget : parseBudget(value).near;
      const read = await timedParse(session.run.timings, 'check', () => linting!.boundedParse(value, problem, nearBudget));
      state.tree = read.tree;
      state.problem = read.problem;
      if (read.problem) vfile.data.sourceProblem = read.problem;
      parsed++;
    }
    const spelling = spellingReady(session, file);
    if (spelling) {
      const start = performance.now();
      await spelling;
      if (session.run.timings) session.run.timings.spellingWait += performance.now() - start;
    }
    processor ??= linting.createProcessor();
    processor.runSync(state.tree, vfile);
    cache?.setResult(docsPath, { reads: vfile.data.modelReads ?? [], messages: storeMessages(vfile) }, repository);
  }
  return { files, reused, parsed };
}
