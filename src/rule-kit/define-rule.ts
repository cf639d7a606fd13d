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
import type { Lang, Localized } from './i18n.js';
import { runRuleAlone } from './run-rules.js';

export interface RuleMeta<M extends string = string, O extends object = object> {
  id: string;
  severity: Severity;
  description: Localized;
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

export interface RuleContext<M extends string, O extends object = object> extends PageContext {
  tree: Root;
  file: VFile;
  options: O;
  report(messageId: M, place: Place, params?: Record<string, string | number>, extra?: ReportExtra): void;
  /** A phrase of this rule's metadata in the run's language. */
  phrase(id: string, params?: Record<string, string | number>): string;
  hasPhrase(id: string): boolean;
  /** " Bedoel je `a` of `b`?" in the run's language; empty without options. */
  didYouMean(options: string[]): string;
  /** `a`, `b` of `c` in the run's language. */
  orList(values: string[]): string;
}

/** Findings of a whole run that belong to no page being checked (e.g. a deleted page's URN). */
interface RunReport<M extends string> {
  report(file: string, messageId: M, params: Record<string, string | number>): void;
}

type RuleCheck<M extends string, O extends object> = (context: RuleContext<M, O>) => void;

interface RuleParts<M extends string, O extends object> {
  meta: RuleMeta<M, O>;
  check: RuleCheck<M, O>;
  /** Run once per lint run, after the pages, with the run's data. */
  checkRun?: (run: RunData, repository: Repository, out: RunReport<M>) => void;
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

/** A rule: its metadata and check, usable by the preset's runner or on its own as a unified plugin. */
export function defineRule<M extends string, O extends object = object>(
  meta: RuleMeta<M, O>,
  check: RuleCheck<M, O>,
  checkRun?: RuleParts<M, O>['checkRun'],
): Rule<M, O> {
  const rule = function standalone(setting?: unknown) {
    return (tree: Root, file: VFile) => runRuleAlone(rule as Rule, setting, tree, file);
  } as unknown as Rule<M, O>;
  Object.assign(rule, { meta, check, checkRun });
  return rule;
}

export type { Lang };
