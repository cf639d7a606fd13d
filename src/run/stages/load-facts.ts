/**
 * Stage 3, load facts: every page's facts into the model, so that rules can
 * ask about other pages. A page the cache vouches for (same mtime and size,
 * or same text) is not parsed; the others are parsed once, and the tree is
 * kept for the check stage.
 */
import type { Root } from 'mdast';
import { sha1 } from '../../repository/digest.js';
import type { SourceProblem } from '../../repository/source.js';
import type { LintCache } from '../cache.js';
import type { Session } from '../session.js';
import { timedParse } from '../timings.js';

export interface PageState {
  /** Absent when the cache vouched for the page by its mtime and size (read only if needed). */
  value?: string;
  problem?: SourceProblem;
  bom?: boolean;
  /** Hash of the text (with a cache only). */
  hash: string;
  /** Absent when the facts came from the cache (parsed only if its messages are needed). */
  tree?: Root;
}

/**
 * `parse`: the pages to check, parsed now; the others get their frontmatter
 * facts only and are parsed when a rule needs more of them (a one-page run
 * parses that page and the pages it points at). With a cache, every page's
 * full facts are kept, as before.
 */
export async function loadFacts(
  session: Session,
  pagePaths: Iterable<string>,
  cache: LintCache | undefined,
  readSources: boolean,
  parse?: Set<string>,
  onParsed?: (file: string, tree: Root, source: string) => Promise<void>,
) {
  const { repository } = session;
  const pages = new Map<string, PageState>();
  let parsed = 0;
  // The parser loads on first need: a run served from the cache never loads it.
  let linting: typeof import('../linting.js') | undefined;
  for (const file of new Set(pagePaths)) {
    const cached = cache?.get(repository.docsPathOf(file));
    if (cached && !readSources) {
      // ESLint's default cache strategy: same mtime and size, same page; not even read.
      const stat = repository.files.stat(file);
      if (stat && stat.mtimeMs === cached.mtimeMs && stat.size === cached.size) {
        repository.importRecord(file, cached.record);
        pages.set(file, { problem: cached.problem, bom: cached.bom, hash: cached.hash });
        continue;
      }
    }
    const source = repository.readPage(file);
    const hash = cache ? sha1(`${source.problem?.code ?? ''}\0${source.value}`) : '';
    const state: PageState = { value: source.value, problem: source.problem, bom: source.bom, hash };
    pages.set(file, state);
    if (cached && cached.hash === hash) {
      // Same text, new mtime (a checkout, a touch): remember the new one, so the next run need not read it.
      cache?.setStat(repository.docsPathOf(file), source.mtimeMs, source.size);
      repository.importRecord(file, cached.record);
      state.problem = cached.problem ?? source.problem;
      continue;
    }
    linting ??= await import('../linting.js');
    const { recordFrontmatter, boundedParse, recordPage } = linting;
    if (!cache && parse && !parse.has(file)) {
      recordFrontmatter(repository, file, source.value, source.mtimeMs);
      continue;
    }
    const { tree, problem } = await timedParse(session.run.timings, 'loadFacts', () => boundedParse(source.value, source.problem, source.nearBudget));
    const record = recordPage(repository, file, tree, source.value, source.mtimeMs);
    Object.assign(state, { tree, problem });
    await onParsed?.(file, tree, source.value);
    cache?.setRecord(record.docsPath, { ...state, mtimeMs: source.mtimeMs, size: source.size }, record);
    parsed++;
  }
  return { pages, parsed };
}
