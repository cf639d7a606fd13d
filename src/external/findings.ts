/** The external check's results for the links of one page, for the external-url rules. */
import type { Root } from 'mdast';
import { collectLinks, type Link } from '../parsing/links.js';
import type { RunData } from '../rule-kit/context.js';
import type { CheckResult } from './checker.js';

export function externalFindings(tree: Root, source: string, run: RunData): Array<{ link: Link; result: CheckResult }> {
  const results = run.external;
  if (!results) return [];
  const findings: Array<{ link: Link; result: CheckResult }> = [];
  for (const link of collectLinks(tree, source)) {
    const result = results.get(link.url.trim());
    if (result) findings.push({ link, result });
  }
  return findings;
}
