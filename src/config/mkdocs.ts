/**
 * What the linter takes from mkdocs.yml: where the pages are (`docs_dir`),
 * where the site lives (`site_url`, `use_directory_urls`) and which pages
 * are not built (`exclude_docs`, `draft_docs`). Read the way mkdocs reads
 * it, so that no configuration makes us check other pages than the site
 * builds: YAML 1.1 as PyYAML (the last duplicate key wins, merge keys,
 * aliases), `!ENV` with its default, `INHERIT` merged under it. Python tags
 * (`!!python/name:…`) give their plain value: nothing is executed.
 */
import path from 'node:path';
import { type Document, isMap, isScalar, LineCounter, parseDocument, type Scalar, type Tags, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import { ConfigError, ERRORS } from '../errors.js';
import { pyyamlCharacter } from '../parsing/pyyaml-characters.js';
import type { FileSource } from '../repository/file-source.js';
import type { Localized } from '../rule-kit/i18n.js';
import { type GitignoreMatcher, GlobError, pathspecMatcher } from './glob-match.js';
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

/** How deep `INHERIT` may chain (mkdocs sets no limit; a real site uses one level). */
const MAX_INHERIT = 8;

/**
 * YAML tags as mkdocs' loader has them; any other tag gives its plain value,
 * never what Python would construct. `!ENV` (pyyaml_env_tag: `!ENV NAME`, or
 * `!ENV [NAME, OTHER, default]`) takes its default: the check must not
 * depend on the job's environment, which a pull request reaches (its branch
 * name is GITHUB_HEAD_REF). `env` is for tests that set a variable on purpose.
 */
function mkdocsTags(env: NodeJS.ProcessEnv): Tags {
  const fromEnv = (names: string[], fallback: unknown) => {
    for (const name of names) if (env[name] !== undefined) return implicitValue(env[name] as string);
    return fallback;
  };
  return [
    { tag: '!ENV', resolve: (name: string) => fromEnv([name], null) },
    {
      tag: '!ENV',
      collection: 'seq',
      resolve: (seq) => {
        const items = (seq as YAMLSeq).toJSON() as unknown[];
        return items.length > 1 ? fromEnv(items.slice(0, -1).map(String), items.at(-1)) : fromEnv(items.map(String), null);
      },
    },
    ...['!!python/name', '!!python/object', '!!python/object/apply', '!relative'].map((tag) => ({
      tag,
      identify: () => false,
      resolve: (value: string) => value,
    })),
  ] as Tags;
}

/** An environment variable's value with YAML's implicit types, as pyyaml_env_tag gives it. */
function implicitValue(text: string): unknown {
  const document = parseDocument(text, { version: '1.1', logLevel: 'silent' });
  return document.errors.length ? text : document.toJS();
}

const stringOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

function patternsOf(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
    : [];
}

/** Where a value's text names one of its lines: a pattern, and a column in it. */
interface Needle {
  text: string;
  column: number;
}

/**
 * Line:column of the top-level key that gives `key` its value: its last
 * occurrence, else the last merge key; with `needle`, of that line of the
 * value (a pattern of `exclude_docs`) where the value's text holds it.
 */
function positionOf(document: Document, lines: LineCounter, key: string, text?: string, needle?: Needle): string | undefined {
  const contents = document.contents;
  if (!isMap(contents)) return undefined;
  const items = [...(contents as YAMLMap).items].reverse();
  const keyOf = (item: (typeof items)[number]) => (item.key as Scalar | null)?.value;
  const pair = items.find((item) => keyOf(item) === key) ?? items.find((item) => keyOf(item) === '<<');
  if (!pair) return undefined;
  const range = (pair.value as Scalar | undefined)?.range;
  let offset = range?.[0] ?? (pair.key as Scalar | undefined)?.range?.[0] ?? 0;
  if (needle && text !== undefined && range) {
    // The needle as a whole line of the value: white space or a line break on either side.
    for (let found = text.indexOf(needle.text, range[0]); found >= 0 && found < range[1]; found = text.indexOf(needle.text, found + 1)) {
      const end = found + needle.text.length;
      if (/\s/.test(text[found - 1] ?? '\n') && (end >= text.length || /\s/.test(text[end]))) {
        offset = found + needle.column - 1;
        break;
      }
    }
  }
  const { line, col } = lines.linePos(offset);
  return `${line}:${col}`;
}

/** mkdocs.yml of the repository at `root`; defaults when there is none; `known` when its text is the same. Throws ConfigError for invalid YAML. */
export function readMkdocs(root: string, files: FileSource, known?: MkdocsRead, env: NodeJS.ProcessEnv = {}): MkdocsRead {
  const file = path.join(root, MKDOCS_FILE);
  const text = files.readText(file, root);
  if (text === undefined) return { text: '', settings: DEFAULT_MKDOCS };
  // A configuration that inherits or reads the environment is read again: its text alone does not decide it.
  if (known?.text === text && !/\bINHERIT\b|!ENV\b/.test(text)) return known;
  const { values, at } = loadMkdocs(root, files, file, text, env, []);
  return { text, settings: settingsOf(values, at) };
}

/** The settings mkdocs takes from a configuration's values; `at` gives the place of a key, for messages. */
function settingsOf(values: Record<string, unknown>, at: (key: string, needle?: Needle) => string | undefined): MkdocsSettings {
  const settings: MkdocsSettings = {
    docsDir: stringOf(values.docs_dir) ?? 'docs',
    siteUrl: stringOf(values.site_url) || undefined,
    useDirectoryUrls: values.use_directory_urls !== false,
    excludeDocs: patternsOf(values.exclude_docs),
    draftDocs: patternsOf(values.draft_docs),
  };
  const docsDirAt = stringOf(values.docs_dir) !== undefined ? at('docs_dir') : undefined;
  if (docsDirAt) settings.docsDirAt = docsDirAt;
  // Every pattern is matched in linear time, as mkdocs matches it (notBuiltMatcher); one that cannot be is refused here, at its setting.
  const lists: Array<['exclude_docs' | 'draft_docs', string[]]> = [
    ['exclude_docs', [...MKDOCS_DEFAULT_EXCLUDES, ...settings.excludeDocs]],
    ['draft_docs', settings.draftDocs],
  ];
  for (const [key, patterns] of lists) {
    try {
      pathspecMatcher(patterns);
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      const where = at(key, { text: error.pattern, column: error.column }) ?? MKDOCS_FILE;
      throw new ConfigError(ERRORS.configAt, { where, problem: globProblem(error, key) });
    }
  }
  return settings;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** mergedeep's REPLACE strategy, as mkdocs merges an inherited configuration: mappings key by key, anything else replaced. */
function mergeInto(parent: Record<string, unknown>, child: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...parent };
  for (const [key, value] of Object.entries(child)) merged[key] = isRecord(value) && isRecord(merged[key]) ? mergeInto(merged[key], value) : value;
  return merged;
}

/**
 * One configuration file read as mkdocs reads it: YAML 1.1 as PyYAML reads
 * it (the last of duplicate keys wins, merge keys, aliases, `!ENV`), then
 * `INHERIT` merged under it. `chain`: the files that inherit this one.
 */
function loadMkdocs(
  root: string,
  files: FileSource,
  file: string,
  text: string,
  env: NodeJS.ProcessEnv,
  chain: string[],
): { values: Record<string, unknown>; at: (key: string, needle?: Needle) => string | undefined } {
  const shown = path.relative(root, file) || file;
  const lines = new LineCounter();
  const document = parseDocument(text, { customTags: mkdocsTags(env), logLevel: 'silent', uniqueKeys: false, version: '1.1', lineCounter: lines });
  const [error] = document.errors;
  if (error) {
    const place = error.linePos?.[0];
    throw new ConfigError(ERRORS.mkdocsNotParsable, { at: `${shown}:${place ? `${place.line}:${place.col}` : '1:1'}`, detail: error.message.split('\n')[0] });
  }
  const unlike = unlikePyyaml(document, text);
  if (unlike) {
    const { line, col } = lines.linePos(unlike.offset);
    throw new ConfigError(ERRORS.mkdocsUnlikePyyaml, { at: `${shown}:${line}:${col}`, detail: unlike.detail });
  }
  if (!isMap(document.contents) && document.contents !== null) throw new ConfigError(ERRORS.mkdocsNotMapping, { at: `${shown}:1:1` });
  let values: unknown;
  try {
    values = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (problem) {
    throw new ConfigError(ERRORS.mkdocsNotParsable, { at: `${shown}:1:1`, detail: (problem as Error).message.split('\n')[0] });
  }
  if (!isRecord(values)) throw new ConfigError(ERRORS.mkdocsNotMapping, { at: `${shown}:1:1` });
  const here = (key: string, needle?: Needle) => {
    const place = positionOf(document, lines, key, text, needle);
    return place ? `${shown}:${place}` : undefined;
  };
  if (!('INHERIT' in values)) return { values, at: here };
  const { INHERIT: inherit, ...own } = values;
  const inheritAt = here('INHERIT') ?? `${shown}:1:1`;
  if (typeof inherit !== 'string' || inherit === '') throw new ConfigError(ERRORS.mkdocsInherit, { at: inheritAt, detail: INHERIT_PHRASES.notAPath });
  const parentFile = path.resolve(path.dirname(file), inherit);
  if (chain.length >= MAX_INHERIT || chain.includes(parentFile) || parentFile === file)
    throw new ConfigError(ERRORS.mkdocsInherit, { at: inheritAt, detail: INHERIT_PHRASES.cycle });
  // Inside the repository only (readText refuses the rest), as every file the run reads.
  const parentText = files.readText(parentFile, root);
  if (parentText === undefined) throw new ConfigError(ERRORS.mkdocsInherit, { at: inheritAt, detail: INHERIT_PHRASES.missing });
  const parent = loadMkdocs(root, files, parentFile, parentText, env, [...chain, file]);
  return { values: mergeInto(parent.values, own), at: (key, needle) => (key in own ? here(key, needle) : parent.at(key, needle)) };
}

/**
 * What PyYAML, mkdocs' reader, reads otherwise than ours, so that we would
 * check another site than it builds: a character it takes for a line break
 * or refuses, a `%` directive (ours switches YAML version on it, PyYAML's
 * loader does not), a mapping with two merge keys (the first wins for us,
 * the last for PyYAML).
 */
function unlikePyyaml(document: Document, text: string): { offset: number; detail: Localized } | undefined {
  const character = pyyamlCharacter(text);
  if (character) return { offset: character.offset, detail: UNLIKE_PHRASES[character.kind === 'break' ? 'lineBreak' : 'refused'](character.code) };
  const directive = /^%/m.exec(text);
  if (directive) return { offset: directive.index, detail: UNLIKE_PHRASES.directive };
  let merges: number | undefined;
  visit(document, {
    Map(_key, map) {
      const keys = map.items.filter((pair) => isScalar(pair.key) && ['<<', 'Symbol(<<)'].includes(String(pair.key.value)));
      if (keys.length > 1) {
        merges = (keys[1].key as Scalar).range?.[0] ?? 0;
        return visit.BREAK;
      }
    },
  });
  if (merges !== undefined) return { offset: merges, detail: UNLIKE_PHRASES.merges };
  return undefined;
}

const UNLIKE_PHRASES = {
  lineBreak: (code: string): Localized => ({
    nl: `het teken ${code} is voor mkdocs (PyYAML) een regeleinde en voor ons niet; verwijder het`,
    en: `the character ${code} is a line break to mkdocs (PyYAML) and not to us; remove it`,
  }),
  refused: (code: string): Localized => ({
    nl: `het stuurteken ${code} weigert mkdocs (PyYAML); verwijder het`,
    en: `mkdocs (PyYAML) refuses the control character ${code}; remove it`,
  }),
  directive: {
    nl: 'een %-directief (%YAML, %TAG) leest mkdocs anders dan wij; verwijder het',
    en: 'mkdocs reads a % directive (%YAML, %TAG) otherwise than we do; remove it',
  },
  merges: {
    nl: 'twee samenvoegsleutels (<<) in één mapping: mkdocs neemt de laatste, wij de eerste; voeg ze samen tot één << met een lijst',
    en: 'two merge keys (<<) in one mapping: mkdocs takes the last, we the first; join them into one << with a list',
  },
} satisfies Record<string, Localized | ((code: string) => Localized)>;

const INHERIT_PHRASES = {
  notAPath: { nl: 'INHERIT moet het pad van een ander configuratiebestand zijn', en: 'INHERIT must be the path of another configuration file' },
  cycle: {
    nl: `INHERIT verwijst in een kring of meer dan ${MAX_INHERIT} niveaus diep`,
    en: `INHERIT refers in a circle or more than ${MAX_INHERIT} levels deep`,
  },
  missing: { nl: 'het bestand bestaat niet', en: 'the file does not exist' },
} satisfies Record<string, Localized>;

/** mkdocs' own exclusions: dot files and a top-level templates folder. */
const MKDOCS_DEFAULT_EXCLUDES = ['.*', '/templates/'];

/**
 * Docs-relative paths mkdocs does not build, matched as mkdocs matches them
 * (pathspec's GitIgnoreSpec on each file's path, case-sensitive, in linear
 * time): `exclude_docs` after mkdocs' own exclusions, and `draft_docs` as a
 * list of its own (a `!` in one never re-includes what the other leaves
 * out). Throws ConfigError for a pattern that cannot be matched so.
 */
export function notBuiltMatcher(settings: MkdocsSettings): GitignoreMatcher {
  try {
    const excluded = pathspecMatcher([...MKDOCS_DEFAULT_EXCLUDES, ...settings.excludeDocs]);
    const drafts = pathspecMatcher(settings.draftDocs);
    return { ignores: (docsPath) => excluded.ignores(docsPath) || drafts.ignores(docsPath) };
  } catch (error) {
    if (!(error instanceof GlobError)) throw error;
    throw new ConfigError(ERRORS.configAt, { where: MKDOCS_FILE, problem: globProblem(error, 'exclude_docs / draft_docs') });
  }
}
