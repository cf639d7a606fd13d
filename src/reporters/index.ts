/** Reporters: turn linted files into text for a terminal, a tool or CI. */
import type { VFile } from 'vfile';
import { reporter as prettyReporter } from 'vfile-reporter';
import jsonReporter from 'vfile-reporter-json';
import type { RuleMeta } from '../rule-kit/define-rule.js';
import { githubReporter } from './github.js';
import { junitReporter } from './junit.js';
import { sarifReporter } from './sarif.js';

export interface ReportContext {
  /** Show only files with messages. */
  quiet: boolean;
  color: boolean;
  /** Paths in reports are relative to this folder (the repository root). */
  base: string;
  env: NodeJS.ProcessEnv;
  /** Metadata of every rule (github summary, SARIF); loaded only for the reporters that need it. */
  rules: Array<RuleMeta<string>>;
}

/** Reporters that describe the rules themselves. */
export const NEEDS_RULES = new Set(['github', 'sarif']);

export type Reporter = (files: VFile[], context: ReportContext) => string;

export const REPORTERS: Record<string, Reporter> = {
  pretty: (files, { quiet, color }) => prettyReporter(files, { quiet, color, defaultName: '<stdin>' }),
  json: (files, { quiet }) => jsonReporter(files, { quiet }),
  github: githubReporter,
  sarif: sarifReporter,
  junit: junitReporter,
};
