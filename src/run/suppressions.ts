/**
 * Bulk suppressions, for switching the linter on in a repository with old
 * findings (after ESLint 9.24's `eslint-suppressions.json`): a committed
 * `.algoritmekader-lint-suppressions.json` holds, per page and rule, how many
 * findings are accepted for now:
 *
 *   { "docs/…/6-imp-04-x.md": { "link-target": { "count": 2 } } }
 *
 * A page with at most that many findings of the rule reports none of them;
 * with more, it reports all of them (which is new cannot be told by count).
 * An entry above the page's count now is stale: reported, so the file only
 * shrinks; `--prune-suppressions` lowers it, `--suppress-all` writes the
 * counts of today. Information is never counted.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { location as placesIn } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import { jsonErrorPlace } from '../config/json-position.js';
import { ConfigError, ERRORS } from '../errors.js';
import type { FileSource } from '../repository/file-source.js';
import { DOCS_BASE, SOURCE } from '../rule-kit/constants.js';
import { format, type Lang, type Localized } from '../rule-kit/i18n.js';
import { writeFileAtomically } from './atomic-write.js';
import type { Session } from './session.js';

export const SUPPRESSIONS_FILE = '.algoritmekader-lint-suppressions.json';
/** The id stale entries are reported under (not a rule: the suppressions file's own check). */
const SUPPRESSIONS_ID = 'suppressions';

/** Root-relative POSIX page path → rule id → accepted count. */
type SuppressionCounts = Record<string, Record<string, { count: number }>>;

export interface Suppressions {
  file: string;
  counts: SuppressionCounts;
  text: string;
  /** Where its pages and rules are written (for messages on the file). */
  keys?: KeyPlaces;
}

/**
 * How a checked page shows what is suppressed: left out (remark-cli), as
 * information with a note (the editor: the author sees the old finding on the
 * page being edited, and that it does not block), or not at all on the page
 * because the run applies them over all its pages (the CLI).
 */
export type SuppressionDisplay = 'omit' | 'inform' | 'by-run';

const STALE: Localized = {
  nl: '`{file}` heeft hier {count} onderdrukte meldingen van `{rule}`, maar er zijn er nog {actual}. Werk het bestand bij met `algoritmekader-lint --prune-suppressions`, zodat het alleen kleiner wordt.',
  en: '`{file}` has {count} suppressed findings of `{rule}` here, but only {actual} remain. Update this file with `algoritmekader-lint --prune-suppressions`, so that it only shrinks.',
};

const SUPPRESSED_NOTE: Localized = {
  nl: '(onderdrukt in {file}: staat er al; los het op als je hier toch bent)',
  en: '(suppressed in {file}: already there; fix it while you are here)',
};

/** Where each page and each of its rules is written in the file (offsets), found in one pass. */
interface KeyPlaces {
  pages: Map<string, { at: number; rules: Map<string, number> }>;
  /** Where the nesting first goes deeper than a suppressions file ever does. */
  tooDeep?: number;
}

/** The deepest nesting of a valid file: { page: { rule: { count } } }. */
const MAX_DEPTH = 3;

/**
 * The places of the keys at the page and rule levels, in one linear pass
 * (a file of 4 MiB with tens of thousands of pages must not take minutes),
 * and whether the nesting is deeper than a valid file's.
 */
function keyPlaces(text: string): KeyPlaces {
  const places: KeyPlaces = { pages: new Map() };
  let depth = 0;
  let page: { at: number; rules: Map<string, number> } | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '{' || char === '[') {
      depth++;
      if (depth > MAX_DEPTH) {
        places.tooDeep = index;
        return places;
      }
    } else if (char === '}' || char === ']') depth--;
    else if (char === '"') {
      const start = index;
      for (index++; index < text.length && text[index] !== '"'; index++) if (text[index] === '\\') index++;
      let after = index + 1;
      while (after < text.length && /\s/.test(text[after])) after++;
      if (text[after] !== ':' || (depth !== 1 && depth !== 2)) continue;
      let key: string;
      try {
        key = JSON.parse(text.slice(start, index + 1));
      } catch {
        continue; // JSON.parse says where, with the whole file
      }
      if (depth === 1) {
        page = { at: start, rules: new Map() };
        places.pages.set(key, page);
      } else page?.rules.set(key, start);
    }
  }
  return places;
}

/** The suppressions file of the repository at `root`, or undefined when there is none. Throws ConfigError at file:line:column when it is broken. */
export function readSuppressions(root: string, files: FileSource, location?: string): Suppressions | undefined {
  const file = path.resolve(root, location ?? SUPPRESSIONS_FILE);
  const text = files.readText(file);
  if (text === undefined) return undefined;
  return parseSuppressions(file, path.relative(root, file) || file, text);
}

/** The suppressions in `text` (of `file`, shown as `shown`). Linear in the text's length; throws ConfigError at file:line:column. */
export function parseSuppressions(file: string, shown: string, text: string): Suppressions {
  const places = placesIn(text);
  const pointAt = (offset: number) => {
    const point = places.toPoint(offset);
    return `${point?.line ?? 1}:${point?.column ?? 1}`;
  };
  const bad = (at: string, detail: string) => new ConfigError(ERRORS.suppressionsInvalid, { file: `${shown}:${at}`, detail });
  const keys = keyPlaces(text);
  if (keys.tooDeep !== undefined) throw bad(pointAt(keys.tooDeep), `nested deeper than {"page": {"rule": {"count": n}}}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(ERRORS.suppressionsInvalid, { file: `${shown}:${jsonErrorPlace(text, error)}`, detail: (error as Error).message });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('1:1', 'not an object');
  for (const [page, rules] of Object.entries(value)) {
    const at = () => pointAt(keys.pages.get(page)?.at ?? 0);
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw bad(at(), `"${page}" is not an object of rules`);
    for (const [rule, entry] of Object.entries(rules as Record<string, unknown>)) {
      const fields = typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? Object.keys(entry) : [];
      const count = (entry as { count?: unknown } | null)?.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || fields.length !== 1)
        throw bad(at(), `"${page}" → "${rule}" needs {"count": <whole number ≥ 0>} and nothing else`);
    }
  }
  return { file, counts: value as SuppressionCounts, text, keys };
}

/** The session's suppressions, read once (the language server makes a new session when the file changes). */
export function suppressionsOf(session: Session): Suppressions | undefined {
  if (session.suppressions === undefined) session.suppressions = readSuppressions(session.root, session.repository.files) ?? null;
  return session.suppressions ?? undefined;
}

/** The key of a page in the suppressions file: its path from the repository root. */
function suppressionKey(root: string, file: VFile): string {
  return path.relative(root, path.resolve(file.cwd, file.path)).split(path.sep).join('/');
}

const counted = (message: VFileMessage) => message.fatal !== undefined && message.fatal !== null;

/** Findings per rule that suppressions count (errors and warnings). */
function countsOf(file: VFile): Map<string, VFileMessage[]> {
  const byRule = new Map<string, VFileMessage[]>();
  for (const message of file.messages) {
    if (!counted(message) || !message.ruleId || message.ruleId === SUPPRESSIONS_ID) continue;
    byRule.set(message.ruleId, [...(byRule.get(message.ruleId) ?? []), message]);
  }
  return byRule;
}

/**
 * Apply the suppressions to one checked page; the number of findings
 * suppressed. `onlyOld` (a pull request): only these findings, the ones the
 * base already had, can be suppressed; the others are new and always shown.
 */
export function suppressFile(
  file: VFile,
  suppressions: Suppressions,
  root: string,
  display: SuppressionDisplay,
  lang: Lang,
  onlyOld?: Set<VFileMessage>,
): number {
  const entries = suppressions.counts[suppressionKey(root, file)];
  if (!entries) return 0;
  let suppressed = 0;
  const hidden = new Set<VFileMessage>();
  for (const [rule, all] of countsOf(file)) {
    const messages = onlyOld ? all.filter((message) => onlyOld.has(message)) : all;
    const allowed = entries[rule]?.count ?? 0;
    if (messages.length > allowed) continue;
    suppressed += messages.length;
    for (const message of messages) hidden.add(message);
  }
  if (display === 'omit') file.messages = file.messages.filter((message) => !hidden.has(message));
  else {
    const note = format(SUPPRESSED_NOTE[lang], { file: SUPPRESSIONS_FILE });
    for (const message of hidden) {
      message.fatal = undefined;
      message.info = true;
      message.reason = `${message.reason} ${note}`;
      message.message = message.reason;
    }
  }
  return suppressed;
}

/** Findings of `files` in the suppressions' shape. */
function countFindings(files: VFile[], root: string): SuppressionCounts {
  const counts: SuppressionCounts = {};
  for (const file of files) {
    for (const [rule, messages] of countsOf(file)) {
      counts[suppressionKey(root, file)] ??= {};
      counts[suppressionKey(root, file)][rule] = { count: messages.length };
    }
  }
  return counts;
}

/** The file's text: pages and rules sorted, so that a change shows as a small diff. */
function serialize(counts: SuppressionCounts): string {
  const sorted: SuppressionCounts = {};
  for (const page of Object.keys(counts).sort()) {
    const rules = Object.keys(counts[page]).sort();
    if (rules.length) sorted[page] = Object.fromEntries(rules.map((rule) => [rule, { count: counts[page][rule].count }]));
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export interface SuppressionRun {
  /** Findings left out because the file accepts them. */
  suppressed: number;
  /** The file was written (`--suppress-all`, `--prune-suppressions`). */
  written?: string;
}

/**
 * The run's suppressions on `files` (the pages checked, with all their
 * findings): with `write: 'all'` every finding is recorded first, with
 * `'prune'` counts above today's are lowered; then what the file accepts is
 * left out, and each stale entry of a checked page and rule becomes an error
 * on the suppressions file. `rules`: the rules that ran (`--rule`).
 */
export function applySuppressions(
  session: Session,
  files: VFile[],
  options: {
    write?: 'all' | 'prune';
    location?: string;
    rules?: Set<string>;
    /** A pull request: the base's suppressions (null: none; undefined: broken or not a pull request). */
    base?: Suppressions | null;
    /** A pull request: the findings the base already had, the only ones that can be suppressed. */
    onlyOld?: Set<VFileMessage>;
  },
): { files: VFile[]; run: SuppressionRun } {
  const { root, lang } = session;
  let suppressions = readSuppressions(root, session.repository.files, options.location);
  let raised: VFile | undefined;
  // A pull request may lower a count, never raise one: it could hide its own findings.
  if (suppressions && options.base !== undefined) {
    raised = raisedCounts(suppressions, options.base?.counts ?? {}, session);
    suppressions = { ...suppressions, counts: atMost(suppressions.counts, options.base?.counts ?? {}) };
  }
  const file = suppressions?.file ?? path.resolve(root, options.location ?? SUPPRESSIONS_FILE);
  const run: SuppressionRun = { suppressed: 0 };
  const now = countFindings(files, root);
  const checked = new Set(files.map((vfile) => suppressionKey(root, vfile)));
  const ran = (rule: string) => !options.rules || options.rules.has(rule);
  if (options.write) {
    const counts: SuppressionCounts = structuredClone(suppressions?.counts ?? {});
    for (const page of checked) {
      const kept = Object.entries(counts[page] ?? {}).filter(([rule]) => !ran(rule));
      const fresh = Object.entries(now[page] ?? {}).map(([rule, entry]) => {
        const before = counts[page]?.[rule]?.count;
        return [rule, { count: options.write === 'all' ? entry.count : Math.min(entry.count, before ?? 0) }] as const;
      });
      counts[page] = Object.fromEntries([...kept, ...fresh].filter(([, entry]) => entry.count > 0));
    }
    // Pages that are gone have nothing left to suppress.
    for (const page of Object.keys(counts)) if (!session.repository.page(path.resolve(root, page))) delete counts[page];
    const text = serialize(counts);
    // A location given on the command line is the user's; the default one must stay in the repository.
    writeFileAtomically(file, text, options.location === undefined ? { inside: root } : {});
    suppressions = parseSuppressions(file, path.relative(root, file) || file, text);
    run.written = file;
  }
  if (!suppressions) return { files, run };
  for (const vfile of files) run.suppressed += suppressFile(vfile, suppressions, root, 'omit', lang, options.onlyOld);
  const stale = staleEntries(suppressions, now, checked, ran, session);
  return { files: [...files, ...(stale ? [stale] : []), ...(raised ? [raised] : [])], run };
}

const RAISED: Localized = {
  nl: 'Deze pull request verhoogt het aantal onderdrukte meldingen van `{rule}` op `{file}` van {before} naar {count}. In een pull request geldt het aantal van de basis ({before}): een nieuwe melding wordt altijd gemeld. Verhoog het in een eigen pull request als dat de bedoeling is.',
  en: "This pull request raises the suppressed findings of `{rule}` on `{file}` from {before} to {count}. In a pull request the base's count ({before}) holds: a new finding is always reported. Raise it in a pull request of its own if that is intended.",
};

/** Each count the pull request raises above the base's, as a warning on the suppressions file (the base's count holds). */
function raisedCounts(suppressions: Suppressions, base: SuppressionCounts, session: Session): VFile | undefined {
  return entryMessages(suppressions, session, false, (page, rule, count) => {
    const before = base[page]?.[rule]?.count ?? 0;
    return count > before ? format(RAISED[session.lang], { file: page, rule, count, before }) : undefined;
  });
}

/** The suppressions file with a message (an error, or a warning) at each entry for which `say` has one; undefined when none has. */
function entryMessages(
  suppressions: Suppressions,
  session: Session,
  fatal: boolean,
  say: (page: string, rule: string, count: number) => string | undefined,
): VFile | undefined {
  const shown = path.relative(session.cwd, suppressions.file) || suppressions.file;
  const vfile = new VFile({ path: shown, cwd: session.cwd, value: suppressions.text });
  const places = placesIn(suppressions.text);
  const keys = suppressions.keys ?? keyPlaces(suppressions.text);
  for (const [page, rules] of Object.entries(suppressions.counts))
    for (const [rule, { count }] of Object.entries(rules)) {
      const text = say(page, rule, count);
      if (text === undefined) continue;
      const offset = keys.pages.get(page)?.rules.get(rule) ?? keys.pages.get(page)?.at ?? 0;
      const message = vfile.message(text, { place: places.toPoint(offset), ruleId: SUPPRESSIONS_ID, source: SOURCE });
      message.fatal = fatal;
      message.url = DOCS_BASE.replace(/rules\/$/, 'suppressions.md');
    }
  return vfile.messages.length ? vfile : undefined;
}

/** Each count no higher than in `limit` (absent there: 0). */
function atMost(counts: SuppressionCounts, limit: SuppressionCounts): SuppressionCounts {
  const capped: SuppressionCounts = {};
  for (const [page, rules] of Object.entries(counts)) {
    capped[page] = {};
    for (const [rule, { count }] of Object.entries(rules)) capped[page][rule] = { count: Math.min(count, limit[page]?.[rule]?.count ?? 0) };
  }
  return capped;
}

/** Entries of checked pages that accept more findings than there are: errors on the suppressions file. */
function staleEntries(
  suppressions: Suppressions,
  now: SuppressionCounts,
  checked: Set<string>,
  ran: (rule: string) => boolean,
  session: Session,
): VFile | undefined {
  return entryMessages(suppressions, session, true, (page, rule, count) => {
    const actual = now[page]?.[rule]?.count ?? 0;
    return checked.has(page) && ran(rule) && actual < count ? format(STALE[session.lang], { file: page, rule, count, actual }) : undefined;
  });
}
