/**
 * The repository model: every cross-file fact a rule may need (page kinds,
 * names, URNs, anchors, vocabularies, audit codes, the files under docs/).
 * Rules never read the disk; they ask this model. The CLI fills it from the
 * trees it parsed (one parse per file); the preset fills it itself when it
 * runs inside remark-cli or the language server, and takes an open
 * document's text over the disk version.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { UrnBaseline } from '../run/changes.js';
import { type Config, ITEM_KINDS, type ItemKind, isItemKind, type PageKind } from '../config/config.js';
import type { CheckResult } from '../external/checker.js';
import { type ValidateFunction, validatorFor } from './schemas.js';
import { type DocsListing, listDocs } from './files.js';

export interface PageRecord {
  /** Absolute path. */
  path: string;
  /** Path relative to the docs folder, POSIX separators. */
  docsPath: string;
  kind: PageKind;
  /** File name without `.md`. */
  name: string;
  data: Record<string, unknown>;
  urn?: string;
  anchors: Set<string>;
  headings: Array<{ depth: number; text: string; anchor: string }>;
  mtimeMs: number;
  /** Docs paths this page points at (links to pages and files, `vereiste:`/`maatregel:` names). */
  dependsOn: string[];
  /** The tree the record was made from, so setting the same tree twice costs nothing (absent when restored from a cache). */
  tree?: WeakRef<import('mdast').Root>;
}

export interface AuditCodes {
  ADR: Set<string>;
  ARK: Set<string>;
  file: string;
}

const MKDOCS_FILE = 'mkdocs.yml';

export function mtimeOf(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** The folder holding mkdocs.yml, searched upward from `start`. */
export function findRoot(start: string): string | undefined {
  let current = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(current, MKDOCS_FILE))) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** `docs_dir` from mkdocs.yml (read by pattern: the file has Python tags a YAML reader rejects). */
export function docsDirFromMkdocs(root: string): string {
  try {
    const text = readFileSync(path.join(root, MKDOCS_FILE), 'utf8');
    const match = /^docs_dir:\s*['"]?([^'"\n#]+?)['"]?\s*(?:#.*)?$/m.exec(text);
    return match ? match[1] : 'docs';
  } catch {
    return 'docs';
  }
}

export class Repository {
  readonly root: string;
  readonly docsDir: string;
  readonly config: Config;
  listing: DocsListing;
  vocabularies: Map<string, Set<string>>;
  private audit?: { codes?: AuditCodes };
  /** URNs at the base of `--changed-since`, for rule urn-change. */
  urnChanges?: UrnBaseline & { ref: string };
  /** Results of the external URL check of this run (`--external`), by URL. */
  externalResults?: Map<string, CheckResult>;
  private readonly pages = new Map<string, PageRecord>();
  private readonly byName = new Map<ItemKind, Map<string, PageRecord>>();
  private urnIndex?: Map<string, PageRecord[]>;
  private readonly referenceIndex = new Map<string, Map<string, PageRecord[]>>();
  private knownFolderTimes = new Map<string, number>();
  private lastRecheck = Date.now();

  constructor(root: string, config: Config) {
    this.root = path.resolve(root);
    this.config = config;
    this.docsDir = path.resolve(this.root, config.docsDir ?? docsDirFromMkdocs(this.root));
    this.listing = listDocs(this.docsDir);
    this.knownFolderTimes = this.folderTimes();
    this.vocabularies = this.loadVocabularies();
    for (const kind of ITEM_KINDS) this.byName.set(kind, new Map());
  }

  /** Docs-relative POSIX path of an absolute path (may start with `..` when outside). */
  docsPathOf(file: string): string {
    return path.relative(this.docsDir, path.resolve(file)).split(path.sep).join('/');
  }

  /** Kind of a page from its folder. */
  kindOf(file: string): PageKind {
    const docsPath = this.docsPathOf(file);
    const folder = path.posix.dirname(docsPath);
    for (const kind of ITEM_KINDS) {
      if (folder === this.config.kinds[kind].folder) {
        return path.posix.basename(docsPath) === 'index.md' ? 'overview' : kind;
      }
    }
    return path.posix.basename(docsPath) === 'index.md' ? 'overview' : 'page';
  }

  /** Every Markdown page under docs/, absolute paths, sorted. */
  pagePaths(): string[] {
    return [...this.listing.files]
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map((file) => path.join(this.docsDir, file));
  }

  /** Take in a page's facts as they were recorded earlier (`--cache`). */
  importRecord(file: string, stored: Omit<PageRecord, 'anchors' | 'tree'> & { anchors: string[] }): PageRecord {
    const record: PageRecord = { ...stored, path: path.resolve(file), anchors: new Set(stored.anchors) };
    this.setRecord(record);
    return record;
  }

  /** Add or replace a page's facts. */
  setRecord(record: PageRecord): void {
    const { kind, docsPath } = record;
    this.removePage(record.path);
    this.pages.set(record.path, record);
    if (isItemKind(kind)) this.byName.get(kind)!.set(record.name, record);
    if (!docsPath.startsWith('..')) this.listing.files.add(docsPath);
    this.urnIndex = undefined;
    this.referenceIndex.clear();
  }

  /** Pages that point at any of these docs paths (links or references). */
  pagesDependingOn(docsPaths: Set<string>): PageRecord[] {
    return [...this.pages.values()].filter((record) => record.dependsOn.some((target) => docsPaths.has(target)));
  }

  removePage(file: string): void {
    const old = this.pages.get(path.resolve(file));
    if (!old) return;
    this.pages.delete(old.path);
    if (isItemKind(old.kind)) {
      const names = this.byName.get(old.kind)!;
      if (names.get(old.name) === old) names.delete(old.name);
    }
    this.urnIndex = undefined;
    this.referenceIndex.clear();
  }

  /**
   * For a long-lived process: take in pages renamed, added or removed (seen
   * from folder mtimes, cheap) and pages saved since they were read (every
   * page stat'ed, at most every `recheckMs`: the answer says whether now).
   * Pages set from an editor keep their unsaved text until the file on disk
   * changes.
   */
  refresh(recheckMs = 250): boolean {
    const folderTimes = this.folderTimes();
    if ([...folderTimes].some(([folder, time]) => this.knownFolderTimes.get(folder) !== time) || folderTimes.size !== this.knownFolderTimes.size) {
      this.listing = listDocs(this.docsDir);
      for (const record of [...this.pages.values()]) {
        if (!this.listing.files.has(record.docsPath)) this.removePage(record.path);
      }
      this.vocabularies = this.loadVocabularies();
      this.knownFolderTimes = this.folderTimes();
    }
    const now = Date.now();
    const recheck = now - this.lastRecheck >= recheckMs;
    if (recheck) this.lastRecheck = now;
    return recheck;
  }

  private folderTimes(): Map<string, number> {
    return new Map([...this.listing.folders].map((folder) => [folder, mtimeOf(path.join(this.docsDir, folder))]));
  }

  page(file: string): PageRecord | undefined {
    return this.pages.get(path.resolve(file));
  }

  allPages(): PageRecord[] {
    return [...this.pages.values()];
  }

  /** The audit-framework codes (read on first use: only maatregelen with `sources:` need them). */
  get auditCodes(): AuditCodes | undefined {
    this.audit ??= { codes: this.loadAuditCodes() };
    return this.audit.codes;
  }

  /** The frontmatter schema validator of a kind: the repository's own schema when configured. Throws `SchemaError`. */
  schemaValidator(kind: ItemKind): ValidateFunction {
    const override = this.config.schemas[kind];
    return validatorFor(kind, override ? path.resolve(this.root, override) : undefined);
  }

  /** The audit-code list's text, for cache fingerprints ('' when there is none). */
  auditCodesText(): string {
    try {
      return readFileSync(path.resolve(this.root, this.config.auditCodes), 'utf8');
    } catch {
      return '';
    }
  }

  /** An item page of this kind by file name (without `.md`). */
  findByName(kind: ItemKind, name: string): PageRecord | undefined {
    return this.byName.get(kind)!.get(name);
  }

  namesOf(kind: ItemKind): string[] {
    return [...this.byName.get(kind)!.keys()];
  }

  /** Pages of `fromKind` whose frontmatter list `key` names `name` (e.g. maatregelen with `vereiste: [name]`). */
  referencesTo(fromKind: ItemKind, key: string, name: string): PageRecord[] {
    const indexKey = `${fromKind}:${key}`;
    let index = this.referenceIndex.get(indexKey);
    if (!index) {
      index = new Map();
      for (const record of this.pages.values()) {
        if (record.kind !== fromKind || !Array.isArray(record.data[key])) continue;
        for (const entry of record.data[key] as unknown[]) {
          if (typeof entry !== 'string') continue;
          index.set(entry, [...(index.get(entry) ?? []), record]);
        }
      }
      this.referenceIndex.set(indexKey, index);
    }
    return index.get(name) ?? [];
  }

  /** Pages carrying this URN, in path order. */
  pagesWithUrn(urn: string): PageRecord[] {
    if (!this.urnIndex) {
      this.urnIndex = new Map();
      for (const record of [...this.pages.values()].sort((a, b) => a.docsPath.localeCompare(b.docsPath))) {
        if (!record.urn) continue;
        const list = this.urnIndex.get(record.urn) ?? [];
        list.push(record);
        this.urnIndex.set(record.urn, list);
      }
    }
    return this.urnIndex.get(urn) ?? [];
  }

  /** Does a docs-relative path exist (file or folder)? */
  hasFile(docsPath: string): boolean {
    return this.listing.files.has(docsPath);
  }

  hasFolder(docsPath: string): boolean {
    return this.listing.folders.has(docsPath);
  }

  private loadVocabularies(): Map<string, Set<string>> {
    const result = new Map<string, Set<string>>();
    for (const [key, folder] of Object.entries(this.config.vocabularies)) {
      const values = new Set<string>();
      for (const file of this.listing.files) {
        if (path.posix.dirname(file) !== folder || !file.endsWith('.md')) continue;
        const name = path.posix.basename(file, '.md');
        if (name !== 'index') values.add(name);
      }
      if (values.size > 0) result.set(key, values);
    }
    return result;
  }

  private loadAuditCodes(): AuditCodes | undefined {
    const file = path.resolve(this.root, this.config.auditCodes);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const codes: AuditCodes = { ADR: new Set(), ARK: new Set(), file: path.relative(this.root, file) };
    try {
      // Loaded on first use (most runs are answered before any maatregel cites a code).
      const { parse: parseCsv } = createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync');
      const rows = parseCsv(text, { delimiter: ';', columns: true, relax_column_count: true, relax_quotes: true, bom: true, skip_empty_lines: true }) as Array<
        Record<string, string>
      >;
      for (const row of rows) {
        const code = (row.nummer ?? '').trim();
        const origin = row.source ?? '';
        if (!code) continue;
        if (/Auditdienst/i.test(origin)) codes.ADR.add(code);
        else if (/Rekenkamer/i.test(origin)) codes.ARK.add(code);
      }
    } catch {
      return undefined;
    }
    return codes;
  }
}
