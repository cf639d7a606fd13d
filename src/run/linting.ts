/**
 * The parse-and-check half of a lint run: the parser, the page facts and
 * the rules. The engine loads it on first need, so a run answered from the
 * cache does not load micromark, YAML, ajv or the rules at all.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkAlgoritmekader from '../entries/preset.js';
import { parsePage } from '../parsing/parser.js';
import { recordFrontmatter, recordPage } from '../repository/page-facts.js';
import type { SourceProblem } from '../repository/source.js';

export { recordFrontmatter, recordPage };

/** The preset's processor; each file carries its session in `file.data`. */
export function createProcessor() {
  return unified().use(remarkParse).use(remarkAlgoritmekader).freeze();
}

/** Parse, or report why not: a page must never stop the run. */
export function safeParse(value: string, problem: SourceProblem | undefined): { tree: Root; problem?: SourceProblem } {
  try {
    return { tree: parsePage(value), problem };
  } catch (error) {
    return { tree: parsePage(''), problem: { code: 'unparsable', detail: (error as Error)?.message ?? String(error) } };
  }
}
