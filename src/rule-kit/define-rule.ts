/**
 * Defining a rule: ESLint-style metadata (id, default severity, description,
 * message ids in Dutch and English, fixability) on top of unified-lint-rule,
 * with a context that hands the rule the repository model and the parsed
 * frontmatter. A crash inside a rule becomes a message on the file.
 */
import type { Nodes, Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import { lintRule } from 'unified-lint-rule';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { PageKind, Severity } from '../config/config.js';
import { DOCS_BASE, SOURCE } from './constants.js';
import { type PageContext, pageContext } from './context.js';
import { didYouMean, format, type Lang, type Localized, thisKind } from './i18n.js';

export { DOCS_BASE, SOURCE };

export interface RuleMeta<M extends string> {
  id: string;
  severity: Severity;
  description: Localized;
  messages: Record<M, Localized>;
  /** Page kinds the rule applies to; all pages when absent. */
  kinds?: PageKind[];
  /** Some messages carry a safe fix (`--fix`, editor quick fix). */
  fixable?: boolean;
}

export interface ReportExtra {
  /** Replacement texts for the place (editor quick fixes; `--fix` takes it when `fix` is set). */
  expected?: string[];
  actual?: string;
  /** The single expected value is safe to apply without asking. */
  fix?: boolean;
  /** What `expected` replaces; becomes the message's place when there is an `expected`. */
  fixPlace?: Position;
  /** Information, not a warning or error (whatever the rule's severity). */
  info?: boolean;
}

export interface RuleContext<M extends string> extends PageContext {
  tree: Root;
  file: VFile;
  lang: Lang;
  report(messageId: M, place: Position | Nodes | undefined, params?: Record<string, string | number>, extra?: ReportExtra): void;
  /** The Dutch or the English text, in the run's language. */
  pick(nl: string, en: string): string;
  /** " Bedoel je `a` of `b`?" in the run's language; empty without options. */
  didYouMean(options: string[]): string;
}

export type RuleCheck<M extends string, O> = (context: RuleContext<M>, options: O | undefined) => void;

export type Rule<M extends string = string> = Plugin<[unknown?], Root> & { meta: RuleMeta<M> };

declare module 'vfile-message' {
  interface VFileMessage {
    /** Apply `expected[0]` at `fixPlace ?? place` with `--fix`. */
    fix?: { start: number; end: number; text: string };
    messageId?: string;
    /** The rule threw on this file. */
    crashed?: boolean;
    /** Reported as information (`fatal` undefined). */
    info?: boolean;
  }
}

export function defineRule<M extends string, O = unknown>(meta: RuleMeta<M>, check: RuleCheck<M, O>): Rule<M> {
  const base = lintRule<Root, O>({ origin: `${SOURCE}:${meta.id}`, url: `${DOCS_BASE}${meta.id}.md` }, (tree, file, options) => {
    const page = pageContext(tree, file);
    if (!page) return;
    if (meta.kinds && !meta.kinds.includes(page.page.kind)) return;
    const lang = page.lang;
    const context: RuleContext<M> = {
      ...page,
      tree,
      file,
      lang,
      pick: (nl, en) => (lang === 'nl' ? nl : en),
      didYouMean: (options) => didYouMean(options, lang),
      report(messageId, place, params = {}, extra = {}) {
        const phrase = thisKind(page.page.kind, lang);
        const reason = format(meta.messages[messageId][lang], { thisKind: phrase, ThisKind: phrase[0].toUpperCase() + phrase.slice(1), ...params });
        // Editors replace a message's exact place with its `expected` text, so
        // a message that offers replacements sits on what they replace.
        const position = extra.expected?.length && extra.fixPlace ? extra.fixPlace : place && 'type' in place ? place.position : place;
        const message = file.message(reason, { place: position, ruleId: meta.id, source: SOURCE });
        message.messageId = messageId;
        if (extra.info) message.info = true;
        if (extra.expected) message.expected = extra.expected;
        if (extra.actual !== undefined) message.actual = extra.actual;
        const fixPlace = extra.fixPlace ?? position;
        if (extra.fix && extra.expected?.length === 1 && fixPlace?.start.offset !== undefined && fixPlace.end.offset !== undefined) {
          message.fix = { start: fixPlace.start.offset, end: fixPlace.end.offset, text: extra.expected[0] };
        }
      },
    };
    try {
      check(context, options);
    } catch (error) {
      const reason = format(CRASH[lang], { rule: meta.id, error: (error as Error)?.message ?? String(error) });
      const message = file.message(reason, { ruleId: meta.id, source: SOURCE });
      message.crashed = true;
    }
  });
  // unified-lint-rule sets `fatal` from the rule's severity once the rule is
  // done; a crash is an error whatever that severity.
  const plugin = function (this: Processor, config?: unknown) {
    const transform = (base as unknown as (this: Processor, config?: unknown) => LintTransform | undefined).call(this, config);
    if (!transform) return undefined;
    return (tree: Root, file: VFile, next: (error?: Error) => void) =>
      transform(tree, file, (error?: Error) => {
        for (const message of file.messages) if (message.crashed) message.fatal = true;
        next(error);
      });
  } as unknown as Rule<M>;
  plugin.meta = meta;
  return plugin;
}

type LintTransform = (tree: Root, file: VFile, next: (error?: Error) => void) => void;

const CRASH: Localized = {
  nl: 'Interne fout in regel `{rule}` op dit bestand: {error}. De andere regels zijn wel uitgevoerd; meld dit aan de beheerders van algoritmekader-lint.',
  en: 'Internal error in rule `{rule}` on this file: {error}. The other rules did run; please report this to the algoritmekader-lint maintainers.',
};
