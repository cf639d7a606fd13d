/** Reporters: turn linted files into text for a terminal, a tool or CI. */
import type { VFile } from 'vfile';
import jsonReporter from 'vfile-reporter-json';
import type { RuleMeta } from '../rule-kit/define-rule.js';
import type { Lang } from '../rule-kit/i18n.js';
import type { HiddenFindings } from './hidden.js';

export type { HiddenFindings };

import { type ChangedLines, githubReporter } from './github.js';
import { junitReporter } from './junit.js';
import { prettyReport } from './pretty.js';
import { sarifReporter } from './sarif.js';

interface ReportContext {
  /** Show only files with messages. */
  quiet: boolean;
  /** The pretty report also lists files without messages. */
  verbose?: boolean;
  /** Terminal width (pretty report wraps to it); undefined when not a terminal. */
  columns?: number;
  color: boolean;
  /** Paths in reports are relative to this folder (the repository root). */
  base: string;
  env: NodeJS.ProcessEnv;
  /** Metadata of every rule (github summary, SARIF); loaded only for the reporters that need it. */
  rules: Array<RuleMeta<string>>;
  /** The language of everything the reporter writes itself (summaries, descriptions). */
  lang: Lang;
  /** With `--changed-since`: the changed line ranges by absolute path (GitHub annotates those first). */
  changedLines?: ChangedLines;
  /** Findings the report leaves out: already there before a pull request, or suppressed. */
  hidden?: HiddenFindings;
}

/** Reporters that describe the rules themselves. */
export const NEEDS_RULES = new Set(['github', 'sarif']);

type Reporter = (files: VFile[], context: ReportContext) => string;

export const REPORTERS: Record<string, Reporter> = {
  pretty: (files, { quiet, verbose, color, lang, columns, hidden }) => prettyReport(files, { quiet, verbose, color, lang, columns, hidden }),
  json: (files, { quiet }) => jsonReporter(files, { quiet }),
  github: githubReporter,
  sarif: sarifReporter,
  junit: junitReporter,
};
