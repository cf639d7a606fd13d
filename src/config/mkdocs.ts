/**
 * What the linter takes from mkdocs.yml: where the pages are (`docs_dir`),
 * where the site lives (`site_url`, `use_directory_urls`) and which pages
 * are not built (`exclude_docs`, `draft_docs`). Read with a YAML parser that
 * accepts the Python tags mkdocs configurations use (`!!python/name:…`,
 * `!ENV`, `!relative`): their values are not needed here.
 */
import path from 'node:path';
import { type Document, isMap, LineCounter, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import { ConfigError, ERRORS } from '../errors.js';
import type { FileSource } from '../repository/file-source.js';
import { type GitignoreMatcher, GlobError, gitignoreMatcher } from './glob-match.js';
import { globProblem } from './validate-config.js';

export const MKDOCS_FILE = 'mkdocs.yml';

export interface MkdocsSettings {
  docsDir: string;
  siteUrl?: string;
  /** mkdocs' default: a page `a/b.md` is served at `a/b/`. */
  useDirectoryUrls: boolean;
  /** gitignore-style patterns (docs-relative) of pages mkdocs does not build. */
  excludeDocs: string[];
  draftDocs: string[];
  /** `mkdocs.yml:line:column` of `docs_dir`, when set there (for messages). */
  docsDirAt?: string;
}

/** mkdocs.yml as read: its text ('' when there is none) and what it says. A cache keeps it, so an unchanged file is not parsed again. */
export interface MkdocsRead {
  text: string;
  settings: MkdocsSettings;
}

const isStrings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** A kept `MkdocsRead` as we write it (anything else is read again from mkdocs.yml). */
export function isMkdocsRead(value: unknown): value is MkdocsRead {
  const { text, settings } = (value ?? {}) as { text?: unknown; settings?: Partial<Record<keyof MkdocsSettings, unknown>> };
  return (
    typeof text === 'string' &&
    typeof settings === 'object' &&
    settings !== null &&
    typeof settings.docsDir === 'string' &&
    typeof settings.useDirectoryUrls === 'boolean' &&
    isStrings(settings.excludeDocs) &&
    isStrings(settings.draftDocs) &&
    isOptionalString(settings.siteUrl) &&
    isOptionalString(settings.docsDirAt)
  );
}

const DEFAULT_MKDOCS: MkdocsSettings = { docsDir: 'docs', useDirectoryUrls: true, excludeDocs: [], draftDocs: [] };

/** Any tag resolves to its plain value: the linter never needs what a Python tag would construct. */
const anyTag = (tag: string) => ({ tag, identify: () => false, resolve: (value: string) => value });
const TAGS = ['!!python/name', '!!python/object', '!!python/object/apply', '!ENV', '!relative'].map(anyTag);

function stringOf(document: Document, key: string): string | undefined {
  const value = document.get(key);
  return typeof value === 'string' ? value : undefined;
}

function patternsOf(document: Document, key: string): string[] {
  const value = document.get(key);
  return typeof value === 'string'
    ? value
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
    : [];
}

/** Line:column of a top-level key's value, for messages. */
function positionOf(document: Document, lines: LineCounter, key: string): string {
  const contents = document.contents;
  const pair = isMap(contents) ? (contents as YAMLMap).items.find((item) => (item.key as Scalar)?.value === key) : undefined;
  const { line, col } = lines.linePos((pair?.value as Scalar | undefined)?.range?.[0] ?? 0);
  return `${line}:${col}`;
}

/** line:column of the pattern `error` is about, in the value of `key` (its line is not kept by `patternsOf`). */
function patternPosition(text: string, document: Document, lines: LineCounter, key: string, error: GlobError): string {
  const contents = document.contents as YAMLMap;
  const value = contents.items.find((item) => (item.key as Scalar)?.value === key)?.value as Scalar | undefined;
  const start = value?.range?.[0] ?? 0;
  const found = text.indexOf(error.pattern, start);
  const { line, col } = lines.linePos(found < 0 ? start : found + error.column - 1);
  return `${line}:${col}`;
}

/** mkdocs.yml of the repository at `root`; defaults when there is none; `known` when its text is the same. Throws ConfigError for invalid YAML. */
export function readMkdocs(root: string, files: FileSource, known?: MkdocsRead): MkdocsRead {
  const file = path.join(root, MKDOCS_FILE);
  const text = files.readText(file, root);
  if (text === undefined) return { text: '', settings: DEFAULT_MKDOCS };
  if (known?.text === text) return known;
  return { text, settings: parseMkdocs(file, text) };
}

function parseMkdocs(file: string, text: string): MkdocsSettings {
  const lines = new LineCounter();
  const document = parseDocument(text, { customTags: TAGS, logLevel: 'silent', uniqueKeys: false, lineCounter: lines });
  const [error] = document.errors;
  if (error) {
    const at = error.linePos?.[0];
    throw new ConfigError(ERRORS.mkdocsNotParsable, { at: `${file}:${at ? `${at.line}:${at.col}` : '1:1'}`, detail: error.message.split('\n')[0] });
  }
  if (!isMap(document.contents) && document.contents !== null) throw new ConfigError(ERRORS.mkdocsNotMapping, { at: `${file}:1:1` });
  const settings: MkdocsSettings = {
    docsDir: stringOf(document, 'docs_dir') ?? 'docs',
    siteUrl: stringOf(document, 'site_url') || undefined,
    useDirectoryUrls: document.get('use_directory_urls') !== false,
    excludeDocs: patternsOf(document, 'exclude_docs'),
    draftDocs: patternsOf(document, 'draft_docs'),
  };
  if (stringOf(document, 'docs_dir') !== undefined) settings.docsDirAt = `${file}:${positionOf(document, lines, 'docs_dir')}`;
  try {
    gitignoreMatcher(notBuiltPatterns(settings));
  } catch (error) {
    if (!(error instanceof GlobError)) throw error;
    const index = (error.line ?? 1) - 1 - MKDOCS_DEFAULT_EXCLUDES.length;
    const key = index < settings.excludeDocs.length ? 'exclude_docs' : 'draft_docs';
    throw new ConfigError(ERRORS.configAt, { where: `${file}:${patternPosition(text, document, lines, key, error)}`, problem: globProblem(error, key) });
  }
  return settings;
}

/** mkdocs' own exclusions: dot files and a top-level templates folder. */
const MKDOCS_DEFAULT_EXCLUDES = ['.*', '/templates/'];
const notBuiltPatterns = (settings: MkdocsSettings) => [...MKDOCS_DEFAULT_EXCLUDES, ...settings.excludeDocs, ...settings.draftDocs];

/**
 * Docs-relative paths mkdocs does not build (gitignore syntax, as mkdocs
 * reads these settings; matched in linear time). Throws ConfigError for a
 * pattern that cannot be (only from settings kept by an older version: a
 * read of mkdocs.yml refuses it with its position).
 */
export function notBuiltMatcher(settings: MkdocsSettings): GitignoreMatcher {
  try {
    return gitignoreMatcher(notBuiltPatterns(settings));
  } catch (error) {
    if (!(error instanceof GlobError)) throw error;
    throw new ConfigError(ERRORS.configAt, { where: MKDOCS_FILE, problem: globProblem(error, 'exclude_docs / draft_docs') });
  }
}
