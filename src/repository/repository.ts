/**
 * The repository model: every cross-file fact a rule may need (page kinds,
 * names, URNs, anchors, vocabularies, audit codes, the files under docs/).
 * Rules never read the disk; they ask this model. The CLI fills it from the
 * trees it parsed (one parse per file); the preset fills it itself when it
 * runs inside remark-cli or the language server, and takes an open
 * document's text over the disk version.
 */

import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Config, ITEM_KINDS, type ItemKind, isItemKind, type PageKind } from '../config/config.js';
import { MKDOCS_FILE, type MkdocsRead, type MkdocsSettings, notBuiltMatcher, readMkdocs } from '../config/mkdocs.js';
import { ConfigError, ERRORS, PHRASES } from '../errors.js';
import { sha1 } from './digest.js';
import { diskFiles, type FileSource } from './file-source.js';
import { type DocsListing, isWithin } from './files.js';
import { MAX_TEXT_BYTES, RefusedFileError, refusalOf } from './safe-read.js';
import { type ValidateFunction, validatorFor } from './schemas.js';

export interface PageRecord {
  /** Absolute path. */
  path: string;
  /** Path relative to the docs folder, POSIX separators. */
  docsPath: string;
  kind: PageKind;
  /** File name without `.md`. */
  name: string;
  data: Record<string, unknown>;
  /**
   * Only while the frontmatter is not read yet (`data` is then read on first
   * access): its raw YAML, so a search for a value can pass over pages that
   * cannot hold it (see `mayHold`).
   */
  rawFrontmatter?: string;
  urn?: string;
  anchors: Set<string>;
  headings: Array<{ depth: number; text: string; anchor: string }>;
  mtimeMs: number;
  /** Docs paths this page points at (links to pages and files, `vereiste:`/`maatregel:` names). */
  dependsOn: string[];
  /** The tree the record was made from, so setting the same tree twice costs nothing (absent when restored from a cache). */
  tree?: WeakRef<import('mdast').Root>;
}

interface AuditCodes {
  ADR: Set<string>;
  ARK: Set<string>;
  file: string;
}

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

/**
 * Whether a page's raw frontmatter can hold `value` (a URN, a file name):
 * when the value is plain and the YAML has no escapes, anchors, aliases,
 * tags or directives, a value that is not in the text cannot be in the data.
 * Otherwise the frontmatter is read to know.
 */
export function mayHold(raw: string | undefined, value: string): boolean {
  if (raw === undefined || !PLAIN_VALUE.test(value) || MAY_HIDE.test(raw)) return true;
  return raw.includes(value);
}

/** A value written as one plain token in YAML (a URN, a file name). */
const PLAIN_VALUE = /^[\w:./-]+$/;
/** Frontmatter that may hold a value other than as it is written: escapes, anchors and aliases, tags, directives. */
const MAY_HIDE = /[\\&*!%]/;

/** The values a read page's frontmatter holds that a search can ask for: its URN and the strings in its lists. */
function heldValues(record: PageRecord): string[] {
  const values = record.urn === undefined ? [] : [record.urn];
  for (const value of Object.values(record.data)) if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') values.push(item);
  return values;
}

/**
 * Which pages' frontmatter may hold a plain value, for every value at once:
 * each unread page's frontmatter split into tokens of plain-value
 * characters, each read page's values, and the pages whose frontmatter could
 * hide one kept aside. Built once per model state, so that thousands of look-ups (a large
 * pull request) do not each scan every page.
 */
class TokenIndex {
  private readonly byToken = new Map<string, PageRecord[]>();
  private readonly always: PageRecord[] = [];
  private readonly order = new Map<PageRecord, number>();

  constructor(private readonly records: PageRecord[]) {
    for (const record of records) {
      this.order.set(record, this.order.size);
      const raw = record.rawFrontmatter;
      if (raw !== undefined && MAY_HIDE.test(raw)) {
        this.always.push(record);
        continue;
      }
      // Read already: the values it holds (its URN, the names in its lists); not yet: the tokens of its YAML.
      const tokens = raw === undefined ? heldValues(record) : (raw.match(/[\w:./-]+/g) ?? []);
      for (const token of new Set(tokens)) {
        const list = this.byToken.get(token);
        if (list) list.push(record);
        else this.byToken.set(token, [record]);
      }
    }
  }

  /** The pages whose frontmatter may hold `value` (a superset of those that do), in the model's order. */
  candidates(value: string): PageRecord[] {
    if (!PLAIN_VALUE.test(value)) return this.records;
    const found = [...this.always, ...(this.byToken.get(value) ?? [])];
    return found.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

const digests = new WeakMap<PageRecord, string>();

/** What other pages can learn of a page, as a digest: enough to see any change that could alter their findings. */
export function pageDigest(record: PageRecord | undefined): string | undefined {
  if (!record) return undefined;
  let digest = digests.get(record);
  if (digest === undefined) {
    digest = sha1(JSON.stringify([record.docsPath, record.kind, record.urn, record.data, [...record.anchors].sort(), record.headings]));
    digests.set(record, digest);
  }
  return digest;
}

/** A text file's digest; a file that is not there has one of its own. */
function textDigest(text: string | undefined): string {
  return text === undefined ? 'absent' : sha1(text);
}

/** A question a rule asked the model, as data: `["findByName", "vereiste", "aia-01-…"]`. */
export type ModelRead = string[];

export class Repository {
  readonly root: string;
  readonly docsDir: string;
  readonly config: Config;
  /** What mkdocs.yml says about the site (docs_dir, site_url, use_directory_urls, exclude_docs, draft_docs). */
  readonly mkdocs: MkdocsSettings;
  /** mkdocs.yml's text with its settings (kept by the cache). */
  readonly mkdocsRead: MkdocsRead;
  /** Where pages and other files are read from (disk, memory, or disk with changes). */
  readonly files: FileSource;
  private listing: DocsListing;
  private vocabularies: Map<string, Set<string>>;
  private audit?: { codes?: AuditCodes };
  private readonly pages = new Map<string, PageRecord>();
  private readonly byName = new Map<ItemKind, Map<string, PageRecord>>();
  private urnIndex?: Map<string, PageRecord[]>;
  private tokens?: TokenIndex;
  private readonly referenceIndex = new Map<string, Map<string, PageRecord[]>>();
  private knownFolderTimes = new Map<string, number>();
  private lastRecheck = Date.now();
  private reads?: Map<string, ModelRead>;
  /** Answers to questions while the model is unchanged (a cached run replays many of the same). */
  private readonly answers = new Map<string, unknown>();
  private readonly schemaTexts = new Map<ItemKind, string | undefined>();
  /** Text files read by `textFile`, with the size and time they had. */
  private readonly textFiles = new Map<string, { mtimeMs: number; size: number; text: string | undefined }>();
  /** Pages known by their frontmatter that a rule needed parsed after all. */
  parsedOnDemand = 0;

  constructor(root: string, config: Config, files: FileSource = diskFiles, knownMkdocs?: MkdocsRead) {
    this.root = path.resolve(root);
    this.config = config;
    this.files = files;
    this.mkdocsRead = readMkdocs(this.root, files, knownMkdocs);
    this.mkdocs = this.mkdocsRead.settings;
    this.docsDir = path.resolve(this.root, config.docsDir ?? this.mkdocs.docsDir);
    this.checkConfiguredPaths();
    this.listing = this.builtFiles();
    // A site without a page checks nothing: never a pass by pointing docs_dir elsewhere.
    if (![...this.listing.files].some((file) => file.endsWith('.md'))) {
      const where = config.docsDir !== undefined ? PHRASES.docsDirInConfig : (this.mkdocs.docsDirAt ?? PHRASES.noDocsDir);
      throw new ConfigError(ERRORS.docsFolderMissing, { where, folder: path.relative(this.root, this.docsDir) || '.' });
    }
    this.knownFolderTimes = this.folderTimes();
    this.vocabularies = this.loadVocabularies();
    for (const kind of ITEM_KINDS) this.byName.set(kind, new Map());
  }

  /**
   * Run `check` and return, with its result, every question it asked the
   * model. Replaying them later (`answersTo`) tells whether anything the
   * check depended on has changed: the cache needs no list of facts per rule.
   */
  recordReads<T>(check: () => T): { result: T; reads: ModelRead[] } {
    const outer = this.reads;
    this.reads = new Map();
    try {
      const result = check();
      return { result, reads: [...this.reads.values()] };
    } finally {
      this.reads = outer;
    }
  }

  /** Run `work` without recording its questions (the model loading a page's facts is not a rule asking). */
  unrecorded<T>(work: () => T): T {
    const recording = this.reads;
    this.reads = undefined;
    try {
      return work();
    } finally {
      this.reads = recording;
    }
  }

  /** The current answers to recorded questions, hashed. */
  answersTo(reads: ModelRead[]): string {
    // Replaying is not a question of the check being recorded.
    return this.unrecorded(() => sha1(JSON.stringify(reads.map((read) => this.memoizedAnswer(read)))));
  }

  private memoizedAnswer(read: ModelRead): unknown {
    const key = read.join('\0');
    if (!this.answers.has(key)) this.answers.set(key, this.answer(read));
    return this.answers.get(key);
  }

  private answer([question, ...args]: ModelRead): unknown {
    const [a = '', b = '', c = ''] = args;
    switch (question) {
      case 'findByName':
        return pageDigest(this.findByName(a as ItemKind, b));
      case 'page':
        return pageDigest(this.page(a));
      case 'namesOf':
        return this.namesOf(a as ItemKind).sort();
      case 'pagesWithUrn':
        return this.pagesWithUrn(a).map((record) => record.docsPath);
      case 'referencesTo':
        return this.referencesTo(a as ItemKind, b, c).map((record) => record.docsPath);
      case 'hasFile':
        return this.hasFile(a);
      case 'hasFolder':
        return this.hasFolder(a);
      case 'filePaths':
        return sha1([...this.listing.files].sort().join('\n'));
      case 'vocabulary':
        return [...(this.vocabulary(a) ?? [])].sort();
      case 'auditCodes':
        return sha1(this.auditCodesText());
      case 'schema':
        return this.schemaText(a as ItemKind) ?? null;
      case 'textFile':
        return textDigest(this.textFile(a));
      default:
        return Math.random(); // an unknown question: never take the stored answer as current
    }
  }

  private note(...read: ModelRead): void {
    this.reads?.set(read.join('\0'), read);
  }

  /** The files under the docs folder that mkdocs builds: without `exclude_docs`, `draft_docs` and its default exclusions. */
  private builtFiles(): DocsListing {
    const listing = this.files.list(this.docsDir, this.root);
    return {
      ...listing,
      files: new Set([...listing.files].filter((file) => !this.isNotBuilt(file))),
      folders: new Set([...listing.folders].filter((folder) => folder === '' || !this.isNotBuilt(`${folder}/`))),
    };
  }

  private notBuilt?: ReturnType<typeof notBuiltMatcher>;

  /** A docs path mkdocs leaves out of the site (`exclude_docs`, `draft_docs`, dot files, `templates/`). */
  isNotBuilt(docsPath: string): boolean {
    this.notBuilt ??= notBuiltMatcher(this.mkdocs);
    return !docsPath.startsWith('..') && docsPath !== '' && this.notBuilt.ignores(docsPath);
  }

  /** The published site: `siteUrl` in the configuration, else `site_url` in mkdocs.yml. */
  get siteUrl(): string | undefined {
    return this.config.siteUrl ?? this.mkdocs.siteUrl;
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

  /** Every file under docs/ (docs-relative POSIX paths). */
  filePaths(): Iterable<string> {
    this.note('filePaths');
    return this.listing.files;
  }

  /** Folders skipped because a symlink led back into an ancestor. */
  get loops(): string[] {
    return this.listing.loops;
  }

  /** Symbolic links under docs/ skipped because they lead outside the repository. */
  get outside(): string[] {
    return this.listing.outside;
  }

  /** Folders reached again through links and not listed: too many files were reached that way. */
  get aliasesCut(): string[] {
    return this.listing.aliasesCut ?? [];
  }

  /** A page's text (or why it cannot be read), through the model's file source and within the repository. */
  readPage(file: string) {
    return this.files.readPage(file, this.root);
  }

  /** Allowed values of a label (`levenscyclus`, `onderwerp`, `rollen`): the page names in its folder. */
  vocabulary(key: string): Set<string> | undefined {
    this.note('vocabulary', key);
    return this.vocabularies.get(key);
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
    this.changed();
  }

  /** The model changed: indexes and remembered answers are rebuilt on next use. */
  private changed(): void {
    this.urnIndex = undefined;
    this.tokens = undefined;
    this.referenceIndex.clear();
    this.answers.clear();
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
    this.changed();
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
      this.listing = this.builtFiles();
      for (const record of [...this.pages.values()]) {
        if (!this.listing.files.has(record.docsPath)) this.removePage(record.path);
      }
      this.vocabularies = this.loadVocabularies();
      this.knownFolderTimes = this.folderTimes();
      this.changed();
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
    this.note('page', path.resolve(file));
    return this.pages.get(path.resolve(file));
  }

  allPages(): PageRecord[] {
    return [...this.pages.values()];
  }

  /**
   * A text file of the repository by its path from the root (a word list, a
   * glossary), through the model's file source; undefined when absent or
   * outside the repository.
   */
  textFile(relative: string): string | undefined {
    this.note('textFile', relative);
    const file = path.resolve(this.root, relative);
    if (!isWithin(this.root, file)) return undefined;
    // Asked for every page: read again only when the file's size or time changed (a changed file in an overlay has no time).
    const stat = this.files.stat(file);
    const known = this.textFiles.get(relative);
    if (stat && known && stat.mtimeMs > 0 && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.text;
    // No file there (every file source says so by no stat): nothing to read (asked for every page, and most
    // repositories have no word list).
    const text = stat ? this.files.readText(file, this.root) : undefined;
    this.textFiles.set(relative, { mtimeMs: stat?.mtimeMs ?? -1, size: stat?.size ?? -1, text });
    return text;
  }

  /** The text files rules read through `textFile`, with a digest of the text they got: what a kept report also depends on. */
  textFilesRead(): Array<[string, string]> {
    return [...this.textFiles].map(([relative, { text }]): [string, string] => [relative, textDigest(text)]).sort(([a], [b]) => a.localeCompare(b));
  }

  /** A text file's digest as it is now (for the cache's replay; not a question a rule asked). */
  textFileDigest(relative: string): string {
    const file = path.resolve(this.root, relative);
    if (!isWithin(this.root, file)) return textDigest(undefined);
    try {
      return textDigest(this.files.readText(file, this.root));
    } catch {
      return 'refused';
    }
  }

  /** The audit-framework codes (read on first use: only maatregelen with `sources:` need them). */
  get auditCodes(): AuditCodes | undefined {
    this.note('auditCodes');
    this.audit ??= { codes: this.loadAuditCodes() };
    return this.audit.codes;
  }

  /** The frontmatter schema validator of a kind: the repository's own schema when configured. Throws `SchemaError`. */
  schemaValidator(kind: ItemKind): ValidateFunction {
    this.note('schema', kind);
    const override = this.config.schemas[kind];
    return validatorFor(kind, override ? { file: path.resolve(this.root, override), text: this.schemaText(kind) } : undefined);
  }

  /** A configured schema's text, read once per model (not once per page). */
  private schemaText(kind: ItemKind): string | undefined {
    const override = this.config.schemas[kind];
    if (!override) return undefined;
    if (!this.schemaTexts.has(kind)) this.schemaTexts.set(kind, this.files.readText(path.resolve(this.root, override), this.root));
    return this.schemaTexts.get(kind);
  }

  /** Paths in the configuration stay inside the repository: nothing else on the machine is read (`/etc/passwd`, `../../secret`, `docs_dir: /`). */
  private checkConfiguredPaths(): void {
    const configured: Array<[string, string | undefined]> = [
      ['docs_dir', path.relative(this.root, this.docsDir)],
      ['auditCodes', this.config.auditCodes],
      ...Object.entries(this.config.schemas).map(([kind, file]): [string, string | undefined] => [`schemas.${kind}`, file]),
    ];
    for (const [key, value] of configured) {
      if (value === undefined) continue;
      if (!isWithin(this.root, path.resolve(this.root, value))) throw new ConfigError(ERRORS.outsideRepository, { key, value, root: this.root });
    }
    // Lexically inside is not enough: docs/ itself may be a link out of the repository.
    if (refusalOf(this.docsDir, this.root, Number.POSITIVE_INFINITY)?.reason === 'outside') {
      throw new RefusedFileError(path.relative(this.root, this.docsDir) || '.', { reason: 'outside' });
    }
    // The configured files are read when a rule first needs them: refused now, before any page is checked.
    for (const [key, value] of configured) {
      if (key === 'docs_dir' || value === undefined) continue;
      const refusal = refusalOf(path.resolve(this.root, value), this.root, MAX_TEXT_BYTES);
      if (refusal) throw new RefusedFileError(value, refusal);
    }
  }

  /** What the model is built from besides the pages' texts and the settings, as text: the docs listing, the audit codes, the repository's schemas. */
  otherInputs(): string {
    const schemas = ITEM_KINDS.map((kind) => this.schemaText(kind) ?? null);
    return JSON.stringify([[...this.listing.files].sort(), [...this.listing.folders].sort(), this.auditCodesText(), schemas]);
  }

  /** The audit-code list's text ('' when there is none). */
  auditCodesText(): string {
    return this.files.readText(path.resolve(this.root, this.config.auditCodes), this.root) ?? '';
  }

  /** An item page of this kind by file name (without `.md`). */
  findByName(kind: ItemKind, name: string): PageRecord | undefined {
    this.note('findByName', kind, name);
    return this.byName.get(kind)!.get(name);
  }

  namesOf(kind: ItemKind): string[] {
    this.note('namesOf', kind);
    return [...this.byName.get(kind)!.keys()];
  }

  /** Pages of `fromKind` whose frontmatter list `key` names `name` (e.g. maatregelen with `vereiste: [name]`). */
  referencesTo(fromKind: ItemKind, key: string, name: string): PageRecord[] {
    this.note('referencesTo', fromKind, key, name);
    const indexKey = `${fromKind}:${key}`;
    let index = this.referenceIndex.get(indexKey);
    if (!index) {
      index = new Map();
      this.referenceIndex.set(indexKey, index);
    }
    let found = index.get(name);
    if (!found) {
      // Each name is looked up once per model state; pages whose frontmatter cannot hold it are not read.
      found = this.candidates(name).filter(
        (record) => record.kind === fromKind && Array.isArray(record.data[key]) && (record.data[key] as unknown[]).includes(name),
      );
      index.set(name, found);
    }
    return found;
  }

  /** The pages whose frontmatter may hold `value`, in the order of the model. */
  private candidates(value: string): PageRecord[] {
    this.tokens ??= new TokenIndex([...this.pages.values()]);
    return this.tokens.candidates(value);
  }

  /** Pages carrying this URN, in path order. */
  pagesWithUrn(urn: string): PageRecord[] {
    this.note('pagesWithUrn', urn);
    this.urnIndex ??= new Map();
    let found = this.urnIndex.get(urn);
    if (!found) {
      // Each URN is looked up once per model state; pages whose frontmatter cannot hold it are not read.
      found = this.candidates(urn)
        .filter((record) => record.urn === urn)
        .sort((a, b) => a.docsPath.localeCompare(b.docsPath));
      this.urnIndex.set(urn, found);
    }
    return found;
  }

  /** Does a docs-relative path exist (file or folder)? */
  hasFile(docsPath: string): boolean {
    this.note('hasFile', docsPath);
    return this.listing.files.has(docsPath);
  }

  hasFolder(docsPath: string): boolean {
    this.note('hasFolder', docsPath);
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
    const text = this.files.readText(file, this.root);
    if (text === undefined) return undefined;
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
