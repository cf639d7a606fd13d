/**
 * Configuration: Algoritmekader defaults, overridable per repository with a
 * JSON or YAML file (never code). Everything a rule needs to know about the
 * repository layout lives here, so a repository laid out differently is
 * served by configuration alone.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ConfigError, ERRORS } from '../errors.js';
import type { ExternalConfig } from '../external/settings.js';
import { diskFiles, type FileSource } from '../repository/file-source.js';
import type { Override } from './file-policy.js';
import { jsonErrorPlace } from './json-position.js';
import { checkConfig } from './validate-config.js';

export type ItemKind = 'maatregel' | 'vereiste' | 'hulpmiddel';
export type PageKind = ItemKind | 'overview' | 'page';
export const ITEM_KINDS: readonly ItemKind[] = ['maatregel', 'vereiste', 'hulpmiddel'];

export function isItemKind(kind: PageKind): kind is ItemKind {
  return (ITEM_KINDS as readonly string[]).includes(kind);
}

export type Severity = 'off' | 'warn' | 'error';
export type RuleSetting = Severity | 0 | 1 | 2 | [Severity | 0 | 1 | 2, unknown?];

interface KindConfig {
  /** Folder of this kind's pages, relative to the docs folder. */
  folder: string;
  /** URN prefix, e.g. `urn:nl:ak:mtr:`; absent when pages of this kind have no `id`. */
  urnPrefix?: string;
  /** Allowed codes in the URN and the file name (`imp`, `aia`, …); empty: any lower-case code. */
  codes: string[];
  /** File name: optional phase digit, then `<code>-<nn>-`. */
  phaseDigit: boolean;
  /** `##` sections in template order. `optional` ones may be absent. */
  sections: SectionConfig[];
  /** Site markers (HTML comments the build hooks replace). */
  markers: MarkerConfig[];
}

export interface SectionConfig {
  title: string;
  /** Other spellings that count as this section. */
  aliases?: string[];
  /** Required unless the frontmatter key is present (`when`), or never (`optional`). */
  optional?: boolean;
  when?: string;
  /** Must have content before the next heading. */
  nonEmpty?: boolean;
}

export interface MarkerConfig {
  /** The comment's first word, e.g. `tags` or `list_maatregelen`. */
  name: string;
  /** Only required when this frontmatter key is present. */
  when?: string;
  /**
   * Only required when the page's `id` starts with this (`tags-ai-act`:
   * the site shows AI Act labels only for `urn:nl:ak:ver:aia-`). Where it is
   * not required but present, its place is still checked.
   */
  idPrefix?: string;
  /** The section that must hold it. */
  section?: string;
  /** `list_maatregelen vereiste/<own name>`: the argument must be the page's own file name. */
  ownName?: boolean;
}

export interface Config {
  /** Docs folder relative to the repository root; default from mkdocs.yml `docs_dir`, else `docs`. */
  docsDir?: string;
  kinds: Record<ItemKind, KindConfig>;
  /** Frontmatter key → the kind of page its entries name by file name (`vereiste:` → vereiste). */
  references: Record<string, ItemKind>;
  /** Frontmatter key → folder (relative to docs) whose page names are the allowed values. */
  vocabularies: Record<string, string>;
  /** `;`-separated list of audit-framework codes, relative to the repository root. */
  auditCodes: string;
  /** The published site; links to it should be relative. Default: `site_url` in mkdocs.yml. */
  siteUrl?: string;
  /** JSON Schema overrides per kind, relative to the repository root. */
  schemas: Partial<Record<ItemKind, string>>;
  /** External URL check (`--external`): markdown-link-check settings and ours. */
  external: ExternalConfig;
  lang: 'nl' | 'en';
  rules: Record<string, RuleSetting>;
  /** Globs (from the repository root) of pages not to lint; they stay link targets. */
  ignores?: string[];
  /** Rule settings for the pages matching `files` (globs from the repository root), in order. */
  overrides?: Override[];
}

const maatregelSections: SectionConfig[] = [
  { title: 'Maatregel', nonEmpty: true },
  { title: 'Toelichting', nonEmpty: true },
  { title: 'Risico', nonEmpty: true },
  { title: 'Bijbehorende vereiste(n)', aliases: ['Bijbehorende vereisten', 'Vereisten'] },
  { title: 'Bronnen' },
  { title: 'Voorbeelden', aliases: ['Voorbeeld'], optional: true },
];

const vereisteSections: SectionConfig[] = [
  { title: 'Vereiste', nonEmpty: true },
  { title: 'Toelichting', nonEmpty: true },
  { title: 'Bronnen', nonEmpty: true },
  { title: 'Van toepassing op' },
  { title: 'Risico', nonEmpty: true },
  { title: 'Maatregelen' },
  { title: 'Hulpmiddelen', optional: true },
];

const hulpmiddelSections: SectionConfig[] = [
  { title: 'Hulpmiddel', nonEmpty: true },
  { title: 'Relevantie', optional: true },
  { title: 'Auteur', optional: true },
  { title: 'Bronnen', optional: true },
  { title: 'Bijbehorende vereisten', when: 'vereiste' },
  { title: 'Bijbehorende maatregelen', when: 'maatregel' },
];

const DEFAULT_CONFIG: Config = {
  kinds: {
    maatregel: {
      folder: 'voldoen-aan-wetten-en-regels/maatregelen',
      urnPrefix: 'urn:nl:ak:mtr:',
      codes: ['org', 'pba', 'owp', 'dat', 'owk', 'ver', 'imp', 'mon', 'uit'],
      phaseDigit: true,
      sections: maatregelSections,
      markers: [{ name: 'tags' }, { name: 'list_vereisten_on_maatregelen_page', section: 'Bijbehorende vereiste(n)' }],
    },
    vereiste: {
      folder: 'voldoen-aan-wetten-en-regels/vereisten',
      urnPrefix: 'urn:nl:ak:ver:',
      codes: [],
      phaseDigit: false,
      sections: vereisteSections,
      markers: [
        { name: 'tags' },
        { name: 'tags-ai-act', idPrefix: 'urn:nl:ak:ver:aia-', section: 'Van toepassing op' },
        { name: 'list_maatregelen', section: 'Maatregelen', ownName: true },
      ],
    },
    hulpmiddel: {
      folder: 'voldoen-aan-wetten-en-regels/hulpmiddelen',
      codes: [],
      phaseDigit: false,
      sections: hulpmiddelSections,
      markers: [
        { name: 'tags' },
        { name: 'list_vereisten_on_maatregelen_page', when: 'vereiste', section: 'Bijbehorende vereisten' },
        { name: 'list_maatregelen_on_hulpmiddelen_page', when: 'maatregel', section: 'Bijbehorende maatregelen' },
      ],
    },
  },
  references: { vereiste: 'vereiste', maatregel: 'maatregel' },
  vocabularies: {
    levenscyclus: 'levenscyclus',
    onderwerp: 'onderwerpen',
    rollen: 'rollen',
  },
  auditCodes: 'script/maatregelen-adr-ark.csv',
  schemas: {},
  external: {},
  lang: 'nl',
  rules: {},
};

export const CONFIG_FILE_NAMES = ['.algoritmekader-lint.json', '.algoritmekader-lint.yaml', '.algoritmekader-lint.yml'];

/** Configuration as code: only loaded with `--allow-code-config` (pull-request content is untrusted). */
export const CODE_CONFIG_FILE_NAMES = ['.algoritmekader-lint.mjs', '.algoritmekader-lint.js', '.algoritmekader-lint.cjs'];

export type PartialConfig = Partial<Omit<Config, 'kinds'>> & {
  kinds?: Partial<Record<ItemKind, Partial<KindConfig>>>;
};

/** Read a JSON or YAML configuration file; never evaluates code. */
export function readConfigFile(file: string, files: FileSource = diskFiles, boundary?: string): PartialConfig {
  const text = files.readText(file, boundary);
  if (text === undefined) throw new ConfigError(ERRORS.cannotReadConfig, { file });
  let value: unknown;
  try {
    value = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    const yaml = /\.ya?ml$/i.test(file);
    // YAML says its own line and column; JSON an offset, given here as file:line:column.
    const at = yaml ? file : `${file}:${jsonErrorPlace(text, error)}`;
    throw new ConfigError(ERRORS.configNotParsable, {
      file: at,
      format: yaml ? 'YAML' : 'JSON',
      detail: (error as Error).message.replace(/ in JSON at position \d+.*$/, ''),
    });
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(ERRORS.configNotObject, { file });
  }
  if ('toelichtingMaxWords' in value) {
    throw new ConfigError(ERRORS.toelichtingMaxWordsMoved, { file });
  }
  checkConfig(value, { file, text });
  return value as PartialConfig;
}

/** Defaults merged with a partial configuration (kinds merged per kind, rules per rule). */
export function resolveConfig(partial: PartialConfig = {}): Config {
  const kinds = { ...DEFAULT_CONFIG.kinds };
  for (const kind of ITEM_KINDS) {
    if (partial.kinds?.[kind]) kinds[kind] = { ...kinds[kind], ...partial.kinds[kind] };
  }
  return {
    ...DEFAULT_CONFIG,
    ...partial,
    kinds,
    vocabularies: partial.vocabularies ?? DEFAULT_CONFIG.vocabularies,
    schemas: { ...DEFAULT_CONFIG.schemas, ...partial.schemas },
    rules: { ...DEFAULT_CONFIG.rules, ...partial.rules },
  };
}

/** Load a code configuration (its default export); only ever called with `--allow-code-config`. */
export async function loadCodeConfig(file: string): Promise<PartialConfig> {
  try {
    const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
    const value = module.default;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('its default export must be an object');
    checkConfig(value, { file });
    return value as PartialConfig;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(ERRORS.codeConfigFailed, { file, detail: (error as Error).message });
  }
}

export function findCodeConfigFile(root: string, files: FileSource = diskFiles): string | undefined {
  return CODE_CONFIG_FILE_NAMES.map((name) => path.join(root, name)).find((candidate) => files.stat(candidate));
}

/** The configuration file in the repository root, if any. */
function findConfigFile(root: string, files: FileSource = diskFiles): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => path.join(root, name)).find((candidate) => files.stat(candidate));
}

/** The configuration of the repository at `root`: its file, then `extra` on top. */
export function configFor(root: string | undefined, extra: PartialConfig = {}, files: FileSource = diskFiles): Config {
  const file = root ? findConfigFile(root, files) : undefined;
  const fromFile = file && root ? readConfigFile(file, files, root) : {};
  return resolveConfig({ ...fromFile, ...extra, rules: { ...fromFile.rules, ...extra.rules } });
}
