/** Stage 6, finish: findings of the run as a whole (a deleted page's URN), and the cache written. */
import path from 'node:path';
import { VFile } from 'vfile';
import { createMessage } from '../../rule-kit/run-rules.js';
import type { LintCache } from '../cache.js';
import type { Session } from '../session.js';

export function finishRun(session: Session, files: VFile[], cache: LintCache | undefined, onNotice?: (text: string) => void): VFile[] {
  const { repository, cwd, lang, run } = session;
  const extra = new Map<string, VFile>();
  for (const { rule, severity } of session.active) {
    rule.checkRun?.(run, repository, {
      report(file, messageId, params) {
        const shown = path.relative(cwd, file) || file;
        if (!extra.has(shown)) extra.set(shown, new VFile({ path: shown, cwd }));
        createMessage(extra.get(shown)!, rule.meta, messageId, params, {
          lang,
          severity,
          place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        });
      },
    });
  }
  if (cache) {
    cache.keepOnly(new Set(repository.allPages().map((page) => page.docsPath)));
    const problem = cache.save();
    if (problem) onNotice?.(`the cache could not be written (${problem}); the next run starts cold`);
  }
  return [...files, ...extra.values()];
}
