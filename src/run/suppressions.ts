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

/** The suppressions file of the repository at `root`, or undefined when there is none. Throws ConfigError at file:line:column when it is broken. */
export function readSuppressions(root: string, files: FileSource, location?: string): Suppressions | undefined {
  const file = path.resolve(root, location ?? SUPPRESSIONS_FILE);
  const text = files.readText(file);
  if (text === undefined) return undefined;
  const shown = path.relative(root, file) || file;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(ERRORS.suppressionsInvalid, { file: `${shown}:${jsonErrorPlace(text, error)}`, detail: (error as Error).message });
  }
  const bad = (at: string, detail: string) => new ConfigError(ERRORS.suppressionsInvalid, { file: `${shown}:${at}`, detail });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('1:1', 'not an object');
  for (const [page, rules] of Object.entries(value)) {
    const point = placesIn(text).toPoint(Math.max(0, text.indexOf(JSON.stringify(page))));
    const at = `${point?.line ?? 1}:${point?.column ?? 1}`;
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw bad(at, `"${page}" is not an object of rules`);
    for (const [rule, entry] of Object.entries(rules as Record<string, unknown>)) {
      const count = (entry as { count?: unknown } | null)?.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw bad(at, `"${page}" → "${rule}" needs {"count": <whole number ≥ 0>}`);
    }
  }
  return { file, counts: value as SuppressionCounts, text };
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

/** Apply the suppressions to one checked page; the number of findings suppressed. */
export function suppressFile(file: VFile, suppressions: Suppressions, root: string, display: SuppressionDisplay, lang: Lang): number {
  const entries = suppressions.counts[suppressionKey(root, file)];
  if (!entries) return 0;
  let suppressed = 0;
  const hidden = new Set<VFileMessage>();
  for (const [rule, messages] of countsOf(file)) {
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
  options: { write?: 'all' | 'prune'; location?: string; rules?: Set<string>; base?: Suppressions | null },
): { files: VFile[]; run: SuppressionRun } {
  const { root, lang } = session;
  let suppressions = readSuppressions(root, session.repository.files, options.location);
  // A pull request may lower a count, never raise one: it could hide its own findings.
  if (suppressions && options.base !== undefined) suppressions = { ...suppressions, counts: atMost(suppressions.counts, options.base?.counts ?? {}) };
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
    suppressions = { file, counts: JSON.parse(text), text };
    run.written = file;
  }
  if (!suppressions) return { files, run };
  for (const vfile of files) run.suppressed += suppressFile(vfile, suppressions, root, 'omit', lang);
  const stale = staleEntries(suppressions, now, checked, ran, session);
  return { files: stale ? [...files, stale] : files, run };
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
  const shown = path.relative(session.cwd, suppressions.file) || suppressions.file;
  const vfile = new VFile({ path: shown, cwd: session.cwd, value: suppressions.text });
  const places = placesIn(suppressions.text);
  for (const [page, rules] of Object.entries(suppressions.counts)) {
    if (!checked.has(page)) continue;
    const pageAt = suppressions.text.indexOf(JSON.stringify(page));
    for (const [rule, { count }] of Object.entries(rules)) {
      const actual = now[page]?.[rule]?.count ?? 0;
      if (!ran(rule) || actual >= count) continue;
      const offset = Math.max(0, suppressions.text.indexOf(JSON.stringify(rule), pageAt));
      const message = vfile.message(format(STALE[session.lang], { file: page, rule, count, actual }), {
        place: places.toPoint(offset),
        ruleId: SUPPRESSIONS_ID,
        source: SOURCE,
      });
      message.fatal = true;
      message.url = DOCS_BASE.replace(/rules\/$/, 'suppressions.md');
    }
  }
  return vfile.messages.length ? vfile : undefined;
}
