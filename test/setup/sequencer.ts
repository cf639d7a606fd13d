/**
 * The order test files start in. Vitest starts those that took longest last
 * time first; a fresh clone (CI) has no such record, and vitest would start
 * the largest files first, leaving the slow ones (a browser, the corpus
 * through an editor's server) to the end of the run, on one worker. There
 * the files below start first, slowest first (measured in `npm test`; a
 * stale list only orders less well).
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SLOWEST_FIRST = [
  'web-server.test.ts',
  'vscode-web.test.ts',
  'fast-facts.test.ts',
  'fail-closed.test.ts',
  'editors.test.ts',
  'adoption.test.ts',
  'fix.test.ts',
  'vscode-extension.test.ts',
  'language-server.test.ts',
  'action-suggestions.test.ts',
  'action.test.ts',
  'attack-review.test.ts',
  'corpus.test.ts',
];

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const timed = (file: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${file.project.name}:${path.relative(this.ctx.config.root, file.moduleId)}`) !== undefined;
    if (sorted.every(timed)) return sorted;
    const rank = (file: TestSpecification) => {
      const index = SLOWEST_FIRST.indexOf(path.basename(file.moduleId));
      return index === -1 ? SLOWEST_FIRST.length : index;
    };
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
