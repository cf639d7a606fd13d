/**
 * Defining a rule: ESLint-style metadata (id, default severity, description,
 * message ids and phrases in Dutch and English, an options schema with
 * defaults, fixability) and a check that gets the page's context. The rule
 * is also a unified plugin, so it can be used on its own in remark-lint style.
 */
import type { Nodes, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { PageKind, Severity } from '../config/config.js';
import type { Repository } from '../repository/repository.js';
import type { PageContext, RunData } from './context.js';
import type { Lang, Localized, Placeholders } from './i18n.js';
import { runRuleAlone } from './run-rules.js';

export interface RuleMeta<M extends string = string, O extends object = object> {
  id: string;
  severity: Severity;
  description: Localized;
  /**
   * Each message's `{name}` placeholders are the parameters `report` must
   * pass, no more and no fewer (checked by the types). `{thisKind}` and
   * `{ThisKind}` ("deze maatregel", "Deze maatregel") are filled by the rule
   * kit from the page's kind.
   */
  messages: Record<M, Localized>;
  /** Pieces of text a message puts in a placeholder (`{form}`: "een pad" / "a path"). */
  phrases?: Record<string, Localized>;
  /** Page kinds the rule applies to; all pages when absent. */
  kinds?: PageKind[];
  /** Some messages carry a safe fix (`--fix`, editor quick fix). */
  fixable?: boolean;
  /** Also runs on a page that could not be read or parsed (which the others skip: they would see an empty page). */
  checksUnreadPages?: boolean;
  /** JSON Schema of the options (`["warn", {…}]`), checked when the configuration is read. */
  options?: Record<string, unknown>;
  /** The options when none are configured. */
  defaults?: O;
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

export type Place = Position | Nodes | undefined;

/** The placeholders the rule kit fills itself: the page's kind (see `thisKind` in i18n.ts). */
export type KindPlaceholder = 'thisKind' | 'ThisKind';

export type Messages = Record<string, Localized>;
type ParamValue = string | number;
/** The parameters a message's texts use, besides the page's kind. */
type ParamsOf<T extends Localized> = Exclude<Placeholders<T['nl']> | Placeholders<T['en']>, KindPlaceholder>;
/** `report`'s parameters for a message: none when it has no placeholders, else exactly its placeholders. */
type ParamsArg<T extends Localized> = [ParamsOf<T>] extends [never] ? [params?: Record<string, never>] : [params: Record<ParamsOf<T>, ParamValue>];
type MessageId<Ms extends Messages> = keyof Ms & string;

export interface RuleContext<Ms extends Messages, O extends object = object> extends PageContext {
  tree: Root;
  file: VFile;
  options: O;
  report<K extends MessageId<Ms>>(messageId: K, place: Place, ...rest: [...ParamsArg<Ms[K]>, extra?: ReportExtra]): void;
  /** A phrase of this rule's metadata in the run's language. */
  phrase(id: string, params?: Record<string, string | number>): string;
  hasPhrase(id: string): boolean;
  /** " Bedoel je `a` of `b`?" in the run's language; empty without options. */
  didYouMean(options: string[]): string;
  /** `a`, `b` of `c` in the run's language. */
  orList(values: string[]): string;
}

/** `report` as the rule kit implements it, for any message of any rule. */
export type UntypedReport = (messageId: string, place: Place, params?: Record<string, ParamValue>, extra?: ReportExtra) => void;

/** Findings of a whole run that belong to no page being checked (e.g. a deleted page's URN). */
interface RunReport<Ms extends Messages> {
  report<K extends MessageId<Ms>>(file: string, messageId: K, ...params: ParamsArg<Ms[K]>): void;
}

type RuleCheck<Ms extends Messages, O extends object> = (context: RuleContext<Ms, O>) => void;
type RunCheck<Ms extends Messages> = (run: RunData, repository: Repository, out: RunReport<Ms>) => void;

interface RuleParts<M extends string, O extends object> {
  meta: RuleMeta<M, O>;
  check: RuleCheck<Messages, O>;
  /** Run once per lint run, after the pages, with the run's data. */
  checkRun?: RunCheck<Messages>;
}

export type Rule<M extends string = string, O extends object = any> = Plugin<[unknown?], Root> & RuleParts<M, O>;

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

/**
 * A rule: its metadata and check, usable by the preset's runner or on its own
 * as a unified plugin. The message texts are kept as literal types, so that
 * `report` takes exactly the placeholders of the message it reports.
 */
export function defineRule<const Ms extends Messages, O extends object = object>(
  meta: RuleMeta<MessageId<Ms>, O> & { messages: Ms },
  check: RuleCheck<Ms, O>,
  checkRun?: RunCheck<Ms>,
): Rule<MessageId<Ms>, O> {
  const rule = function standalone(setting?: unknown) {
    return (tree: Root, file: VFile) => runRuleAlone(rule as Rule, setting, tree, file);
  } as unknown as Rule<MessageId<Ms>, O>;
  Object.assign(rule, { meta, check, checkRun });
  return rule;
}

export type { Lang };
