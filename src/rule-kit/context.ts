/**
 * What a rule gets besides the tree: the repository model, the page's
 * record, its parsed frontmatter, the message language and the run's own
 * data (URN changes, external results). Set on `file.data` once per file.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { CheckResult } from '../external/checker.js';
import { type Frontmatter, readFrontmatter } from '../parsing/frontmatter.js';
import { recordPage } from '../repository/page-facts.js';
import type { PageRecord, Repository } from '../repository/repository.js';
import type { SourceProblem } from '../repository/source.js';
import type { UrnBaseline } from '../run/changes.js';
import { type SpellingService, spellingService } from '../spelling/service.js';
import type { Lang } from './i18n.js';

/** Data of one lint run, not of the repository: held by the run, handed to the rules. */
export interface RunData {
  /** URNs at the base of `--changed-since`, for rule urn-change. */
  urnChanges?: UrnBaseline & { ref: string };
  /** Results of the external URL check (`--external`), by URL. */
  external?: Map<string, CheckResult>;
  /** Set with `--timing`: each rule's time is added here. */
  timings?: import('../run/timings.js').Timings;
}

export interface PageContext {
  repository: Repository;
  /** Position of a span of the page's text given by offsets. */
  span(start: number, end: number): Position;
  /** The page's text. */
  source: string;
  page: PageRecord;
  frontmatter: Frontmatter;
  lang: Lang;
  run: RunData;
  /** The dictionaries (loaded once per process, on first question) and the repository's own words. */
  spelling: SpellingService;
}

declare module 'vfile' {
  interface DataMap {
    algoritmekader: PageContext;
    /** Set by the run: the session whose model and rules check this file. */
    algoritmekaderSession: import('../run/session.js').Session;
    /** Set by the run when the bytes could not be read as a page. */
    sourceProblem: SourceProblem;
    /** The file on disk starts with a BOM (not part of the text). */
    bom: boolean;
  }
}

export function setPageContext(tree: Root, file: VFile, repository: Repository, lang: Lang, run: RunData): PageContext | undefined {
  if (!file.path) return undefined;
  const absolute = path.resolve(file.cwd, file.path);
  const source = String(file.value ?? '');
  // The model takes this text over the disk version (unsaved edits in an editor);
  // the known mtime is kept, so a refresh reloads the page only when the disk changes.
  const page = recordPage(repository, absolute, tree, source, repository.page(absolute)?.mtimeMs ?? 0);
  const place = location(source);
  const point = (offset: number) => {
    const clamped = Math.max(0, Math.min(offset, source.length));
    const found = place.toPoint(clamped) ?? { line: 1, column: 1 };
    return { line: found.line, column: found.column, offset: clamped };
  };
  const span = (start: number, end: number): Position => ({ start: point(start), end: point(end) });
  const context: PageContext = { repository, page, frontmatter: readFrontmatter(tree, source), lang, span, source, run, spelling: spellingService };
  file.data.algoritmekader = context;
  return context;
}
