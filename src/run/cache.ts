/**
 * `--cache` (ESLint-style): the model's facts of every page, and each page's
 * messages, kept between runs. A page is not parsed again while its text is
 * unchanged. Its messages are reused while its text, the configuration and
 * the tool version are unchanged and every question its rules asked the
 * model (recorded by the model itself) still gets the same answer: no list
 * of facts per rule to keep up to date.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { isMkdocsRead, type MkdocsRead } from '../config/mkdocs.js';
import { VERSION } from '../package-info.js';
import type { ModelRead, PageRecord, Repository } from '../repository/repository.js';
import type { SourceProblem } from '../repository/source.js';
import { DOCS_BASE, SOURCE } from '../rule-kit/constants.js';
import { type CacheRefusal, readSignedJson, writeSignedJson } from './signed-file.js';

const FORMAT = 2;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored message is data we wrote: a rule of ours, a text. */
function isStoredMessage(value: unknown): boolean {
  return (
    isObject(value) && typeof value.reason === 'string' && typeof value.ruleId === 'string' && /^[a-z][a-z0-9-]*$/.test(value.ruleId) && value.source === SOURCE
  );
}

function isCachedPage(value: unknown): boolean {
  if (!isObject(value) || typeof value.hash !== 'string' || !isObject(value.record)) return false;
  const record = value.record;
  if (typeof record.docsPath !== 'string' || !Array.isArray(record.anchors) || !Array.isArray(record.dependsOn) || !isObject(record.data)) return false;
  if (value.result === undefined) return true;
  const result = value.result;
  return (
    isObject(result) &&
    Array.isArray(result.reads) &&
    typeof result.answers === 'string' &&
    Array.isArray(result.messages) &&
    result.messages.every(isStoredMessage)
  );
}

/** The cache file as we write it, for this configuration and version; anything else is ignored. */
function isCacheData(value: unknown, key: string): value is CacheData {
  if (!isObject(value) || value.format !== FORMAT || value.key !== key || !isObject(value.pages)) return false;
  return Object.values(value.pages).every(isCachedPage);
}

type StoredRecord = Omit<PageRecord, 'anchors' | 'tree'> & { anchors: string[] };

export interface StoredMessage {
  reason: string;
  place?: VFileMessage['place'];
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
  expected?: string[];
  actual?: string;
  fix?: VFileMessage['fix'];
  messageId?: string;
  info?: boolean;
}

interface CachedPage {
  hash: string;
  /** The file's mtime and size when it was read: equal now, the page is taken as unchanged without reading it. */
  mtimeMs?: number;
  size?: number;
  record: StoredRecord;
  problem?: SourceProblem;
  bom?: boolean;
  /** The messages, the model questions the rules asked, and the hash of the answers they got. */
  result?: { reads: ModelRead[]; answers: string; messages: StoredMessage[] };
}

interface CacheData {
  format: number;
  key: string;
  pages: Record<string, CachedPage>;
}

/** Where the cache lives: JSON files, or memory (one process, many runs: tests, editors). The last run's report is kept apart, so that reading it does not read every page's facts. */
export interface CacheStore {
  load(): unknown;
  save(data: unknown): void;
  loadRun(): unknown;
  saveRun(data: unknown): void;
  /** Why a stored file was not used (a link, tracked by git, not verified), if one was not. */
  refusal?(): CacheRefusal | undefined;
}

/**
 * The cache as JSON files at `location`, each signed (src/run/signed-file.ts):
 * a file that is a link, that git tracks or that does not verify is not
 * used, and `refusal` says why. Written whole or not at all, never through a
 * link; with `inside`, only where the real folder is inside it.
 */
export function fileStore(location: string, inside?: string): CacheStore & { file: string } {
  const file = path.extname(location) === '.json' ? location : path.join(location, 'lint-cache.json');
  const runFile = file.replace(/(\.json)?$/, '.last-run.json');
  let run: { data?: unknown } | undefined;
  let refusal: CacheRefusal | undefined;
  const read = (name: string) => {
    const read = readSignedJson(name);
    if (read && 'refused' in read) refusal ??= read.refused;
    return read && 'data' in read ? read.data : undefined;
  };
  return {
    file,
    load: () => read(file),
    save: (data) => writeSignedJson(file, data, { inside }),
    // Read once per run: the session (mkdocs.yml) and the replay both ask.
    loadRun() {
      run ??= { data: read(runFile) };
      return run.data;
    },
    saveRun: (data) => writeSignedJson(runFile, data, { inside }),
    refusal: () => refusal,
  };
}

export function memoryStore(): CacheStore {
  let kept: unknown;
  let run: unknown;
  return { load: () => kept, save: (data) => (kept = data), loadRun: () => run, saveRun: (data) => (run = data) };
}

/** A checked page's outcome as the last run reported it. */
export interface StoredFile {
  docsPath: string;
  problem?: SourceProblem;
  bom?: boolean;
  messages: StoredMessage[];
}

interface LastRun {
  format: number;
  /** Everything the report depended on (`runKey` in stages/replay.ts). */
  key: string;
  files: StoredFile[];
  /** mkdocs.yml as this run read it: the next run does not parse it while its text is the same. */
  mkdocs?: MkdocsRead;
  /** The repository's text files the rules read (word lists, a glossary), from the root: the next run's key includes them as they are then. */
  textFiles?: string[];
}

/** mkdocs.yml as the last run read it, if the store has it. */
export function keptMkdocs(store: CacheStore): MkdocsRead | undefined {
  try {
    const mkdocs = (store.loadRun() as Partial<LastRun> | undefined)?.mkdocs;
    return isMkdocsRead(mkdocs) ? mkdocs : undefined;
  } catch {
    return undefined;
  }
}

function isLastRun(value: unknown, key: string): value is LastRun {
  return (
    isObject(value) &&
    value.format === FORMAT &&
    value.key === key &&
    Array.isArray(value.files) &&
    value.files.every((file) => isObject(file) && typeof file.docsPath === 'string' && Array.isArray(file.messages) && file.messages.every(isStoredMessage))
  );
}

export class LintCache {
  private loaded?: CacheData;
  private dirty = false;
  private run?: LastRun;
  /** The tool version and the settings, as text: a cache made with others is not used. */
  readonly key: string;

  constructor(
    private readonly store: CacheStore,
    /** Everything results depend on besides the pages: the configuration and what mkdocs.yml says. */
    settings: unknown,
  ) {
    this.key = JSON.stringify({ version: VERSION, settings });
  }

  /** Every page's facts and result, read on first need (a run that replays the last report never reads them). */
  private get data(): CacheData {
    if (!this.loaded) {
      let data: unknown;
      try {
        data = this.store.load();
      } catch {
        data = undefined;
      }
      // Anything unexpected (an old format, a hand-edited or truncated file) means a cold run.
      this.loaded = isCacheData(data, this.key) ? data : { format: FORMAT, key: this.key, pages: {} };
    }
    return this.loaded;
  }

  /** The last run's report, if it was made from exactly these inputs (`runKey`). */
  lastRun(runKey: string): StoredFile[] | undefined {
    let run: unknown;
    try {
      run = this.store.loadRun();
    } catch {
      return undefined;
    }
    return isLastRun(run, runKey) ? run.files : undefined;
  }

  /** The text files the last run's rules read (`LastRun.textFiles`); none when there is no usable last run. */
  lastRunTextFiles(): string[] {
    try {
      const files = (this.store.loadRun() as Partial<LastRun> | undefined)?.textFiles;
      return Array.isArray(files) && files.every((file) => typeof file === 'string') ? files : [];
    } catch {
      return [];
    }
  }

  /** Keep this run's report for a next run with the same inputs (written by `save`). */
  setLastRun(runKey: string, files: StoredFile[], mkdocs: MkdocsRead, textFiles: string[] = []): void {
    this.run = { format: FORMAT, key: runKey, files, mkdocs, textFiles };
  }

  get(docsPath: string): CachedPage | undefined {
    return this.data.pages[docsPath];
  }

  /** Keep a page's facts (its result survives when its text did not change). */
  setRecord(
    docsPath: string,
    page: { hash: string; problem?: SourceProblem; bom?: boolean; mtimeMs?: number; size?: number },
    record: PageRecord | StoredRecord,
  ): void {
    const previous = this.data.pages[docsPath];
    this.dirty = true;
    const { hash, problem, bom, mtimeMs, size } = page;
    this.data.pages[docsPath] = {
      hash,
      mtimeMs,
      size,
      record: storeRecord(record),
      problem,
      bom,
      result: previous?.hash === hash ? previous.result : undefined,
    };
  }

  /** The page's text is unchanged, its mtime or size as read now is kept. */
  setStat(docsPath: string, mtimeMs: number, size: number | undefined): void {
    const entry = this.data.pages[docsPath];
    if (!entry || (entry.mtimeMs === mtimeMs && entry.size === size)) return;
    Object.assign(entry, { mtimeMs, size });
    this.dirty = true;
  }

  setResult(docsPath: string, result: { reads: ModelRead[]; messages: StoredMessage[] }, repository: Repository): void {
    const entry = this.data.pages[docsPath];
    if (!entry) return;
    this.dirty = true;
    entry.result = { ...result, answers: repository.answersTo(result.reads) };
  }

  /** The stored messages of a page, if what its rules asked the model is still answered the same. */
  resultFor(docsPath: string, hash: string, repository: Repository): StoredMessage[] | undefined {
    const entry = this.data.pages[docsPath];
    if (!entry?.result || entry.hash !== hash) return undefined;
    return repository.answersTo(entry.result.reads) === entry.result.answers ? entry.result.messages : undefined;
  }

  /** Forget pages that no longer exist. */
  keepOnly(docsPaths: Set<string>): void {
    for (const docsPath of Object.keys(this.data.pages)) {
      if (docsPaths.has(docsPath)) continue;
      delete this.data.pages[docsPath];
      this.dirty = true;
    }
  }

  /** Why the stored cache was not used, if it was refused (not merely absent or stale). */
  get refusal(): CacheRefusal | undefined {
    return this.store.refusal?.();
  }

  /** Write the cache; a cache that cannot be written is a reason given back, never a failure of the run. */
  save(): string | undefined {
    try {
      if (this.dirty) this.store.save(this.data);
      this.dirty = false;
      if (this.run) this.store.saveRun(this.run);
      this.run = undefined;
      return undefined;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    }
  }
}

/** A page's facts as plain data (for the cache file and for worker threads). */
function storeRecord(record: PageRecord | StoredRecord): StoredRecord {
  const { tree: _tree, anchors, ...rest } = record as PageRecord;
  return { ...rest, anchors: [...anchors] };
}

/** A file's messages as plain data. */
export function storeMessages(file: VFile): StoredMessage[] {
  return file.messages.map((message) => ({
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    expected: message.expected,
    actual: message.actual,
    fix: message.fix,
    messageId: message.messageId,
    info: message.info,
  }));
}

/** Stored messages back onto a file. */
export function restoreMessages(file: VFile, messages: StoredMessage[]): void {
  for (const stored of messages) {
    const message = file.message(stored.reason, { place: stored.place, ruleId: stored.ruleId, source: stored.source });
    message.fatal = stored.fatal ?? undefined;
    // The docs link comes from the rule id, never from the file.
    if (stored.ruleId) message.url = `${DOCS_BASE}${stored.ruleId}.md`;
    if (stored.expected) message.expected = stored.expected;
    if (stored.actual !== undefined) message.actual = stored.actual;
    if (stored.fix) message.fix = stored.fix;
    if (stored.messageId) message.messageId = stored.messageId;
    if (stored.info) message.info = true;
  }
}
