/**
 * Running rules on a page: each rule at the severity and with the options
 * configured for the page's repository, messages built from the rule's
 * message ids. Severity is decided here, once, when a message is made.
 */

import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { RuleSetting } from '../config/config.js';
import { schemaMessage } from '../config/schema-messages.js';
import { ConfigError, ERRORS } from '../errors.js';
import { schemaCompiler } from '../repository/schemas.js';
import { DOCS_BASE, SOURCE } from './constants.js';
import type { PageContext } from './context.js';
import type { KindPlaceholder, Messages, Place, ReportExtra, Rule, RuleContext, RuleMeta, UntypedReport } from './define-rule.js';
import { applyDirectives, DIRECTIVES_RULE, type Directive, directivesOf } from './directives.js';
import { capitalized, didYouMean, format, type Lang, type Localized, orList, thisKind } from './i18n.js';

export interface ActiveRule {
  rule: Rule;
  severity: 'warn' | 'error';
  options: object;
}

const SEVERITIES: Record<string, 'off' | 'warn' | 'error'> = { off: 'off', 0: 'off', warn: 'warn', 1: 'warn', error: 'error', 2: 'error' };

/** The rules that are on, with their severity and validated options. Throws `ConfigError` on a bad setting. */
export function activeRules(rules: Rule[], settings: Record<string, RuleSetting | undefined>): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id] ?? rule.meta.severity;
    const [level, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const severity = SEVERITIES[String(level)];
    if (!severity) throw new ConfigError(ERRORS.severityValue, { id: rule.meta.id, value: JSON.stringify(level) });
    if (severity === 'off') continue;
    active.push({ rule, severity, options: { ...rule.meta.defaults, ...validOptions(rule.meta, options) } });
  }
  return active;
}

function validOptions(meta: RuleMeta, options: unknown): object {
  if (options === undefined) return {};
  if (!meta.options) throw new ConfigError(ERRORS.ruleTakesNoOptions, { id: meta.id });
  const validate = schemaCompiler().compile(meta.options);
  if (!validate(options)) {
    const problem = validate.errors?.[0];
    const { nl, en } = schemaMessage(problem);
    const given = JSON.stringify(options);
    throw new ConfigError(ERRORS.ruleOptions, { id: meta.id, path: problem?.instancePath ?? '', detail: { nl: `${nl} (${given})`, en: `${en} (${given})` } });
  }
  return options as object;
}

/** A message of `meta` on `file`, in `lang`, at `severity` (information when `extra.info`). */
export function createMessage(
  file: VFile,
  meta: RuleMeta,
  messageId: string,
  params: Record<string, string | number>,
  options: { lang: Lang; severity: 'warn' | 'error'; place?: Place; kind?: string; extra?: ReportExtra },
): VFileMessage {
  const { lang, extra = {} } = options;
  const reason = format(meta.messages[messageId][lang], { ...kindParams(options.kind ?? 'page', lang), ...params });
  // Editors replace a message's exact place with its `expected` text, so a
  // message that offers replacements sits on what they replace.
  const place = extra.expected?.length && extra.fixPlace ? extra.fixPlace : options.place && 'type' in options.place ? options.place.position : options.place;
  const message = file.message(reason, { place, ruleId: meta.id, source: SOURCE });
  message.url = `${DOCS_BASE}${meta.id}.md`;
  message.messageId = messageId;
  message.fatal = extra.info ? undefined : options.severity === 'error';
  if (extra.info) message.info = true;
  if (extra.expected) message.expected = extra.expected;
  if (extra.actual !== undefined) message.actual = extra.actual;
  const fixPlace = extra.fixPlace ?? place;
  if (extra.fix && extra.expected?.length === 1 && fixPlace?.start.offset !== undefined && fixPlace.end.offset !== undefined) {
    message.fix = { start: fixPlace.start.offset, end: fixPlace.end.offset, text: extra.expected[0] };
  }
  return message;
}

/** The placeholders every message may use without being passed: the page's kind (`KindPlaceholder`). */
function kindParams(kind: string, lang: Lang): Record<KindPlaceholder, string> {
  const phrase = thisKind(kind, lang);
  return { thisKind: phrase, ThisKind: capitalized(phrase) };
}

/** Run one rule on a page; a crash becomes an error message with the rule's id. */
function runRule({ rule, severity, options }: ActiveRule, tree: Root, file: VFile, page: PageContext): void {
  const { meta } = rule;
  if (meta.kinds && !meta.kinds.includes(page.page.kind)) return;
  const { lang } = page;
  const report: UntypedReport = (messageId, place, params = {}, extra) =>
    void createMessage(file, meta, messageId, params, { lang, severity, place, kind: page.page.kind, extra });
  const context: RuleContext<Messages, object> = {
    ...page,
    tree,
    file,
    options,
    // The types held the rule to each message's placeholders (defineRule).
    report: report as RuleContext<Messages>['report'],
    phrase: (id, params = {}) => format(meta.phrases![id][lang], params),
    hasPhrase: (id) => Object.hasOwn(meta.phrases ?? {}, id),
    didYouMean: (values) => didYouMean(values, lang),
    orList: (values) => orList(values, lang),
  };
  const { timings } = page.run;
  const started = timings ? performance.now() : 0;
  try {
    rule.check(context);
  } catch (error) {
    const message = file.message(format(CRASH[lang], { rule: meta.id, error: (error as Error)?.message ?? String(error) }), {
      ruleId: meta.id,
      source: SOURCE,
    });
    message.crashed = true;
    message.fatal = true;
  }
  timings?.rule(meta.id, performance.now() - started);
}

/** Reports the `<!-- lint disable/ignore -->` comments that silenced nothing, among the rules that ran. */
function reportUnused(active: ActiveRule[], directives: Directive[], file: VFile, page: PageContext): void {
  const reporter = active.find((entry) => entry.rule.meta.id === DIRECTIVES_RULE);
  if (!reporter) return;
  const ran = new Set(active.map((entry) => entry.rule.meta.id).filter((id) => id !== DIRECTIVES_RULE));
  for (const directive of directives) {
    if (directive.used || (directive.keyword !== 'disable' && directive.keyword !== 'ignore')) continue;
    // Judged only over rules that ran: with `--rule x`, a comment about other rules is not "unused".
    if (directive.rules.length ? !directive.rules.some((id) => ran.has(id)) : ran.size === 0) continue;
    const comment = directive.node.value.trim();
    createMessage(
      file,
      reporter.rule.meta,
      'unused',
      { comment },
      { lang: page.lang, severity: reporter.severity, place: directive.node.position, kind: page.page.kind },
    );
  }
}

/** Every active rule on a page, then the page's inline directives; messages sorted by place. */
export function runRules(active: ActiveRule[], tree: Root, file: VFile, page: PageContext): void {
  // A page that was not read or parsed is empty to the rules: only those that report why run on it.
  const unread = file.data.sourceProblem !== undefined;
  for (const entry of active) if (!unread || entry.rule.meta.checksUnreadPages) runRule(entry, tree, file, page);
  const directives = directivesOf(tree);
  if (directives.length) {
    applyDirectives(file, directives);
    reportUnused(active, directives, file, page);
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)));
}

/** A rule used on its own as a unified plugin, after the preset's context step. */
export function runRuleAlone(rule: Rule, setting: unknown, tree: Root, file: VFile): void {
  const page = file.data.algoritmekader;
  if (!page) return;
  const [entry] = activeRules([rule], { [rule.meta.id]: (setting ?? rule.meta.severity) as RuleSetting });
  if (entry) runRule(entry, tree, file, page);
}

const CRASH: Localized = {
  nl: 'Interne fout in regel `{rule}` op dit bestand: {error}. De andere regels zijn wel uitgevoerd; meld dit aan de beheerders van algoritmekader-lint.',
  en: 'Internal error in rule `{rule}` on this file: {error}. The other rules did run; please report this to the algoritmekader-lint maintainers.',
};
