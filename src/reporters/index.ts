/** Reporters: turn linted files into text for a terminal, a tool or CI. */
import type { VFile } from 'vfile';
import { reporter as prettyReporter } from 'vfile-reporter';
import jsonReporter from 'vfile-reporter-json';

export interface ReportContext {
  /** Show only files with messages. */
  quiet: boolean;
  color: boolean;
}

export type Reporter = (files: VFile[], context: ReportContext) => string;

export const REPORTERS: Record<string, Reporter> = {
  pretty: (files, { quiet, color }) => prettyReporter(files, { quiet, color, defaultName: '<stdin>' }),
  json: (files, { quiet }) => jsonReporter(files, { quiet }),
};
