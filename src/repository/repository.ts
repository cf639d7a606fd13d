/**
 * The repository model: every cross-file fact a rule may need (page kinds,
 * names, URNs, anchors, vocabularies, audit codes, the files under docs/).
 * Rules never read the disk; they ask this model. The CLI fills it from the
 * trees it parsed (one parse per file); the preset fills it itself when it
 * runs inside remark-cli or the language server, and takes an open
 * document's text over the disk version.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Root } from 'mdast';
import type { UrnBaseline } from '../changes.js';
import { type Config, ITEM_KINDS, type ItemKind, type PageKind } from '../config.js';
import type { CheckResult } from '../external/checker.js';
import { readFrontmatter } from '../frontmatter.js';
import { collectLinks } from '../links.js';
import { collectAnchors } from '../mkdocs/anchors.js';
import { parsePage } from '../parser.js';
import { resolveLink } from '../resolve.js';
import { type DocsListing, listDocs } from './files.js';
import { readPageSource } from './source.js';

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
  /** Docs paths of the pages this page points at (links and `vereiste:`/`maatregel:` names). */
  dependsOn: string[];
  /** The tree the record was made from, so setting the same tree twice costs nothing. */
  tree: WeakRef<Root>;
}

export interface AuditCodes {
  ADR: Set<string>;
  ARK: Set<string>;
  file: string;
}

const MKDOCS_FILE = 'mkdocs.yml';

function mtimeOf(file: string): number {
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
  readonly auditCodes?: AuditCodes;
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
    this.auditCodes = this.loadAuditCodes();
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

  /** Record a page's facts from its parsed tree (the text it was parsed from, maybe unsaved). */
  setPage(file: string, tree: Root, source: string, mtimeMs = 0): PageRecord {
    const absolute = path.resolve(file);
    const known = this.pages.get(absolute);
    if (known && known.tree.deref() === tree) return known;
    const docsPath = this.docsPathOf(absolute);
    const kind = this.kindOf(absolute);
    const frontmatter = readFrontmatter(tree, source);
    const { anchors, headings } = collectAnchors(tree);
    const urn = typeof frontmatter.data.id === 'string' ? frontmatter.data.id : undefined;
    const record: PageRecord = {
      path: absolute,
      docsPath,
      kind,
      name: path.posix.basename(docsPath, '.md'),
      data: frontmatter.data,
      urn,
      anchors,
      headings: headings.map(({ depth, text, anchor }) => ({ depth, text, anchor })),
      mtimeMs,
      dependsOn: this.dependenciesOf(docsPath, tree, source, frontmatter.data),
      tree: new WeakRef(tree),
    };
    this.removePage(absolute);
    this.pages.set(absolute, record);
    if (kind === 'maatregel' || kind === 'vereiste' || kind === 'hulpmiddel') this.byName.get(kind)!.set(record.name, record);
    if (!docsPath.startsWith('..')) this.listing.files.add(docsPath);
    this.urnIndex = undefined;
    this.referenceIndex.clear();
    return record;
  }

  /** Pages that point at any of these docs paths (links or references). */
  pagesDependingOn(docsPaths: Set<string>): PageRecord[] {
    return [...this.pages.values()].filter((record) => record.dependsOn.some((target) => docsPaths.has(target)));
  }

  private dependenciesOf(docsPath: string, tree: Root, source: string, data: Record<string, unknown>): string[] {
    const targets = new Set<string>();
    for (const link of collectLinks(tree, source)) {
      const target = resolveLink(this, docsPath, link);
      const local = target.kind === 'local' ? target : target.kind === 'live-site' || target.kind === 'absolute' ? target.local : undefined;
      if (local?.docsPath.endsWith('.md')) targets.add(local.docsPath);
    }
    for (const [key, kind] of Object.entries(this.config.references)) {
      const names = data[key];
      if (!Array.isArray(names)) continue;
      for (const name of names) if (typeof name === 'string') targets.add(`${this.config.kinds[kind].folder}/${name}.md`);
    }
    targets.delete(docsPath);
    return [...targets];
  }

  removePage(file: string): void {
    const old = this.pages.get(path.resolve(file));
    if (!old) return;
    this.pages.delete(old.path);
    if (old.kind === 'maatregel' || old.kind === 'vereiste' || old.kind === 'hulpmiddel') {
      const names = this.byName.get(old.kind)!;
      if (names.get(old.name) === old) names.delete(old.name);
    }
    this.urnIndex = undefined;
    this.referenceIndex.clear();
  }

  /** Read and parse every page not yet known; with `recheck`, also those changed on disk since they were read. */
  loadMissingPages(recheck = false): void {
    for (const file of this.pagePaths()) {
      const known = this.pages.get(file);
      if (known && (!recheck || known.mtimeMs === mtimeOf(file))) continue;
      const source = readPageSource(file);
      this.setPage(file, parsePage(source.value), source.value, source.mtimeMs);
    }
  }

  /**
   * For a long-lived process: take in pages renamed, added or removed (seen
   * from folder mtimes, cheap) and pages saved since they were read (every
   * page stat'ed, at most every `recheckMs`). Pages set from an editor keep
   * their unsaved text until the file on disk changes.
   */
  refresh(recheckMs = 250): void {
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
    this.loadMissingPages(recheck);
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
