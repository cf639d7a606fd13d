/**
 * What the language server's checker does with a request, wherever it runs:
 * in a worker thread (check-worker.ts, Node) or in the web worker's own
 * thread (lsp/web/inline-checker.ts). It holds each repository's session
 * (with the unsaved text of open pages); one request at a time it checks a
 * page, forgets a closed page's unsaved text, or takes in changed files, and
 * answers which other pages depend on a page whose facts (headings, anchors,
 * URN, frontmatter) changed.
 */
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { errorText } from '../errors.js';
import { loadMissingPages } from '../repository/page-facts.js';
import { pageDigest } from '../repository/repository.js';
import type { Lang } from '../rule-kit/i18n.js';
import { type StoredMessage, storeMessages } from '../run/cache.js';
import { safeParse } from '../run/linting.js';
import { notLinted, type Session } from '../run/session.js';
import { runFindingsOf } from '../run/stages/finish.js';
import type { LspPosition } from './lsp/features.js';
import * as features from './lsp/features.js';
import remarkAlgoritmekader, { sessionOf } from './preset.js';

export interface CheckRequest {
  id: number;
  /**
   * `check` a page's text, `close` (back to the disk text), `refresh` (files changed on disk), an editor `feature`,
   * the repository's `pages`, or `checkOnDisk` the pages in `paths` as they are on disk (the whole-repository check).
   */
  type: 'check' | 'close' | 'refresh' | 'feature' | 'pages' | 'checkOnDisk';
  path: string;
  cwd: string;
  text?: string;
  /** `checkOnDisk`: the pages to check (absolute). */
  paths?: string[];
  /** The pages open in the editor: the only ones whose dependence matters (the others are not parsed for it). */
  open?: string[];
  feature?: {
    name: 'complete' | 'hover' | 'definition' | 'references' | 'rename' | 'documentLinks';
    position?: LspPosition;
    newName?: string;
    resourceOperations?: boolean;
  };
}

export interface CheckReply {
  id: number;
  messages: StoredMessage[];
  /** The language of the page's repository (for what the server itself writes). */
  lang?: Lang;
  /** Absolute paths of pages that point at this one, when its facts changed. */
  dependents: string[];
  /** An editor feature's answer (LSP JSON); `pages`: the absolute paths of the pages the repository lints. */
  result?: unknown;
  /** `checkOnDisk`: each page's findings (pages open in the editor are left out: their unsaved text is checked as typed). */
  pages?: Array<{ path: string; messages: StoredMessage[] }>;
}

function feature(request: CheckRequest): unknown {
  const { name, position = { line: 0, character: 0 }, newName = '', resourceOperations } = request.feature!;
  const file = path.resolve(request.cwd, request.path);
  const text = request.text ?? '';
  switch (name) {
    case 'complete':
      return features.complete(file, text, position);
    case 'hover':
      return features.hover(file, text, position);
    case 'definition':
      return features.definition(file, text, position);
    case 'references':
      return features.references(file, text, position);
    case 'rename':
      return features.rename(file, text, position, newName, { resourceOperations });
    case 'documentLinks':
      return features.documentLinks(file, text);
  }
}

const processor = unified().use(remarkParse).use(remarkAlgoritmekader).freeze();

function dependentsOf(session: Session, file: string, before: string | undefined, open: string[] = []): string[] {
  const { repository } = session;
  if (pageDigest(repository.page(file)) === before) return [];
  const docsPath = repository.docsPathOf(file);
  return open.filter((other) => other !== file && (repository.page(other)?.dependsOn.includes(docsPath) ?? false));
}

/** A page that cannot be checked (its repository's configuration cannot be used): said on line 1, never an empty, clean-looking result. */
function unusable(request: CheckRequest, error: unknown): CheckReply {
  const file = new VFile({ path: request.path, cwd: request.cwd });
  const message = file.message(`algoritmekader-lint: ${errorText(error, 'nl')}`, { place: { line: 1, column: 1 }, source: 'algoritmekader-lint' });
  message.fatal = true;
  return { id: request.id, messages: storeMessages(file), dependents: [] };
}

/**
 * Tests stand in for a page that takes long to check (an input shape no parse
 * budget knows yet): with ALGORITMEKADER_LINT_TEST_SLOW_MS set, a page holding
 * `<!-- slow -->` keeps this worker busy that long, as a stuck parse would.
 */
function standInForSlowPage(text = ''): void {
  const slowMs = Number(process.env.ALGORITMEKADER_LINT_TEST_SLOW_MS ?? 0);
  if (!slowMs || !text.includes('<!-- slow -->')) return;
  const end = Date.now() + slowMs;
  while (Date.now() < end);
}

/** A page to check for the editor: with its session (the preset does not look it up again), suppressed findings shown as information. */
function editorFile(session: Session, file: string, cwd: string, value = ''): VFile {
  const vfile = new VFile({ path: file, cwd, value });
  vfile.data.algoritmekaderSession = session;
  vfile.data.suppressionDisplay = 'inform';
  return vfile;
}

function check(request: CheckRequest): CheckReply {
  const absolute = path.resolve(request.cwd, request.path);
  try {
    const session = sessionOf(absolute);
    if (!session) return { id: request.id, messages: [], dependents: [] };
    // Not content (a README, a template, an ignored page): left alone, as the CLI leaves it; but a page mkdocs
    // builds under another Markdown extension (`.mkd`) gets the CLI's finding about that, at line 1.
    if (notLinted(session, absolute)) {
      const misnamed = runFindingsOf(session, absolute, editorFile(session, request.path, request.cwd, request.text));
      return { id: request.id, messages: storeMessages(misnamed), dependents: [] };
    }
    standInForSlowPage(request.text);
    const before = pageDigest(session.repository.page(absolute));
    const file = editorFile(session, request.path, request.cwd, request.text);
    processor.runSync(processor.parse(file), file);
    return { id: request.id, messages: storeMessages(file), dependents: dependentsOf(session, absolute, before, request.open), lang: session.lang };
  } catch (error) {
    return unusable(request, error);
  }
}

/** The pages the CLI would lint in the repository holding `request.path`. */
function lintedPages(request: CheckRequest): string[] {
  const session = sessionOf(path.resolve(request.cwd, request.path));
  return session ? session.repository.pagePaths().filter((file) => !notLinted(session, file)) : [];
}

/**
 * Pages as they are on disk, read through the model (within the repository,
 * within the size and parse budgets), with the findings the CLI gives them;
 * suppressed findings show as information, as on an open page.
 */
function checkOnDisk(request: CheckRequest): CheckReply {
  const session = sessionOf(path.resolve(request.cwd, request.path));
  const open = new Set(request.open);
  const pages: CheckReply['pages'] = [];
  for (const absolute of request.paths ?? []) {
    if (!session || open.has(absolute) || notLinted(session, absolute)) continue;
    const source = session.repository.readPage(absolute);
    standInForSlowPage(source.value);
    const file = editorFile(session, absolute, session.root, source.value);
    if (source.bom) file.data.bom = true;
    const { tree, problem } = safeParse(source.value ?? '', source.problem);
    if (problem) file.data.sourceProblem = problem;
    processor.runSync(tree, file);
    pages.push({ path: absolute, messages: storeMessages(file) });
  }
  return { id: request.id, messages: [], dependents: [], pages, lang: session?.lang };
}

/** A page closed without saving: the model takes the disk text again. */
function close(request: CheckRequest): CheckReply {
  const absolute = path.resolve(request.cwd, request.path);
  const session = sessionOf(absolute);
  if (!session) return { id: request.id, messages: [], dependents: [] };
  const before = pageDigest(session.repository.page(absolute));
  session.repository.removePage(absolute);
  loadMissingPages(session.repository);
  return { id: request.id, messages: [], dependents: dependentsOf(session, absolute, before, request.open) };
}

/** The answer to one request; an error in it is logged, never thrown. */
export function handleRequest(request: CheckRequest): CheckReply {
  let reply: CheckReply;
  try {
    if (request.type === 'close') reply = close(request);
    else if (request.type === 'pages') reply = { id: request.id, messages: [], dependents: [], result: lintedPages(request) };
    else if (request.type === 'checkOnDisk') reply = checkOnDisk(request);
    else if (request.type === 'feature') reply = { id: request.id, messages: [], dependents: [], result: feature(request) };
    else if (request.type === 'refresh') {
      // Renamed, added, removed and saved pages, taken in now.
      const session = sessionOf(path.resolve(request.cwd, request.path));
      if (session) loadMissingPages(session.repository, session.repository.refresh(0));
      reply = { id: request.id, messages: [], dependents: [] };
    } else reply = check(request);
  } catch (error) {
    reply = { id: request.id, messages: [], dependents: [] };
    console.error(`algoritmekader-lint: ${errorText(error, 'nl')}`);
  }
  return reply;
}
