/**
 * The parse-and-check half of a lint run: the parser, the page analysis and
 * the rules. The engine loads it on first need, so a run answered from the
 * cache does not load micromark, YAML, ajv or the rules at all.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { PartialConfig, RuleSetting } from '../config/config.js';
import type { Lang } from '../rule-kit/i18n.js';
import { parsePage } from '../parsing/parser.js';
import remarkAlgoritmekader from '../entries/preset.js';
import { recordPage } from '../repository/page-facts.js';
import type { SourceProblem } from '../repository/source.js';

export { recordPage };

export function createProcessor(options: { root: string; config: PartialConfig; lang: Lang; rules: Record<string, RuleSetting> }) {
  return unified().use(remarkParse).use(remarkAlgoritmekader, options).freeze();
}

/** Parse, or report why not: a page must never stop the run. */
export function safeParse(value: string, problem: SourceProblem | undefined): { tree: Root; problem?: SourceProblem } {
  try {
    return { tree: parsePage(value), problem };
  } catch (error) {
    return { tree: parsePage(''), problem: { code: 'unparsable', detail: (error as Error)?.message ?? String(error) } };
  }
}
