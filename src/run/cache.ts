/**
 * `--cache` (ESLint-style): the model's facts of every page, and each page's
 * messages, kept between runs. A page is not parsed again while its text is
 * unchanged; its messages are reused only while its text, the configuration,
 * the tool version and every cross-file fact it used are unchanged: the
 * pages it points at (their existence and anchors), the owners of its URN,
 * the pages that reference it, the vocabularies and the audit codes; and,
 * when it points at something missing (so it got "did you mean"
 * suggestions), the whole list of files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Config } from '../config/config.js';
import { VERSION } from '../package-info.js';
import type { PageRecord, Repository } from '../repository/repository.js';
import type { SourceProblem } from '../repository/source.js';

const FORMAT = 1;

export type StoredRecord = Omit<PageRecord, 'anchors' | 'tree'> & { anchors: string[] };

export interface StoredMessage {
  reason: string;
  place?: VFileMessage['place'];
  ruleId?: string;
  source?: string;
  url?: string;
  fatal?: boolean | null;
  expected?: string[];
  actual?: string;
  fix?: VFileMessage['fix'];
  messageId?: string;
  info?: boolean;
}

export interface CachedPage {
  hash: string;
  /** The file's mtime and size when it was read: equal now, the page is taken as unchanged without reading it. */
  mtimeMs?: number;
  size?: number;
  record: StoredRecord;
  problem?: SourceProblem;
  bom?: boolean;
  result?: { fingerprint: string; messages: StoredMessage[] };
}

interface CacheData {
  format: number;
  key: string;
  pages: Record<string, CachedPage>;
}

export const hashText = (text: string) => createHash('sha1').update(text).digest('hex');

export class LintCache {
  private data: CacheData;
  private dirty = false;
  readonly file: string;
  private globalFacts?: string;
  private listingHash?: string;

  constructor(location: string, config: Config, lang: string) {
    this.file = path.extname(location) === '.json' ? location : path.join(location, 'lint-cache.json');
    const key = hashText(JSON.stringify({ version: VERSION, config, lang }));
    let data: CacheData | undefined;
    try {
      data = JSON.parse(readFileSync(this.file, 'utf8')) as CacheData;
    } catch {
      data = undefined;
    }
    this.data = data && data.format === FORMAT && data.key === key ? data : { format: FORMAT, key, pages: {} };
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

  setResult(docsPath: string, fingerprint: string, messages: StoredMessage[]): void {
    const entry = this.data.pages[docsPath];
    if (!entry) return;
    this.dirty = true;
    entry.result = { fingerprint, messages };
  }

  /** Forget pages that no longer exist. */
  keepOnly(docsPaths: Set<string>): void {
    for (const docsPath of Object.keys(this.data.pages)) {
      if (docsPaths.has(docsPath)) continue;
      delete this.data.pages[docsPath];
      this.dirty = true;
    }
  }

  /** The cross-file facts a page's messages depend on, hashed. */
  fingerprint(repository: Repository, record: PageRecord, hash: string): string {
    this.globalFacts ??= hashText(
      JSON.stringify({
        vocabularies: [...repository.vocabularies].map(([key, values]) => [key, [...values].sort()]),
        audit: hashText(repository.auditCodesText()),
      }),
    );
    let missing = false;
    const targets = record.dependsOn.map((target) => {
      const page = repository.page(path.join(repository.docsDir, target));
      const exists = page !== undefined || repository.hasFile(target);
      if (!exists) missing = true;
      return `${target}|${exists}|${page ? [...page.anchors].sort().join(',') : ''}`;
    });
    const urnOwners = record.urn ? repository.pagesWithUrn(record.urn).map((owner) => owner.docsPath) : [];
    const referencedBy =
      record.kind === 'vereiste'
        ? repository
            .referencesTo('maatregel', 'vereiste', record.name)
            .map((page) => page.docsPath)
            .sort()
        : [];
    if (missing) this.listingHash ??= hashText([...repository.listing.files].sort().join('\n'));
    return hashText(JSON.stringify([hash, this.globalFacts, targets, urnOwners, referencedBy, missing ? this.listingHash : '']));
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.data));
    renameSync(temporary, this.file);
  }
}

/** A page's facts as plain data (for the cache file and for worker threads). */
export function storeRecord(record: PageRecord | StoredRecord): StoredRecord {
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
    url: message.url,
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
    if (stored.url) message.url = stored.url;
    if (stored.expected) message.expected = stored.expected;
    if (stored.actual !== undefined) message.actual = stored.actual;
    if (stored.fix) message.fix = stored.fix;
    if (stored.messageId) message.messageId = stored.messageId;
    if (stored.info) message.info = true;
  }
}
