/** The external check's results for the links of one page, for the external-url rules. */
import type { Root } from 'mdast';
import { collectLinks, type Link } from '../parsing/links.js';
import type { Repository } from '../repository/repository.js';
import type { CheckResult } from './checker.js';

export function externalFindings(tree: Root, source: string, repository: Repository): Array<{ link: Link; result: CheckResult }> {
  const results = repository.externalResults;
  if (!results) return [];
  const findings: Array<{ link: Link; result: CheckResult }> = [];
  for (const link of collectLinks(tree, source)) {
    const result = results.get(link.url.trim());
    if (result) findings.push({ link, result });
  }
  return findings;
}
