/** Stage 6, finish: findings of the run as a whole (a deleted page's URN), and the cache written with this run's report. */
import path from 'node:path';
import { VFile } from 'vfile';
import { CACHE_REFUSALS, NOTICES, say } from '../../errors.js';
import { type ActiveRule, createMessage } from '../../rule-kit/run-rules.js';
import type { LintCache } from '../cache.js';
import { activeFor, loadRules, type Session } from '../session.js';
import { keepLastRun } from './replay.js';

export async function finishRun(
  session: Session,
  files: VFile[],
  cache: LintCache | undefined,
  { onNotice, pages, selected }: { onNotice?: (text: string) => void; pages: string[]; selected: string[] },
): Promise<VFile[]> {
  const { repository, cwd, run } = session;
  const extra = new Map<string, VFile>();
  // A run with its own data (a URN baseline) may have checked no page at all (a change that only deletes one).
  const active = run.urnChanges ? await loadRules(session) : (session.active ?? []);
  runChecks(session, active, (file) => {
    const shown = path.relative(cwd, file) || file;
    if (!extra.has(shown)) extra.set(shown, new VFile({ path: shown, cwd }));
    return extra.get(shown)!;
  });
  const all = [...files, ...extra.values()];
  if (cache) {
    keepLastRun(session, cache, pages, selected, all);
    cache.keepOnly(new Set(repository.allPages().map((page) => page.docsPath)));
    const refused = cache.refusal;
    if (refused) onNotice?.(say(NOTICES.cacheIgnored, { reason: CACHE_REFUSALS[refused] }, session.lang));
    const problem = cache.save();
    if (problem) onNotice?.(say(NOTICES.cacheNotWritten, { problem }, session.lang));
  }
  return all;
}

/** Each rule's run-level check; its findings (at line 1) go to the file `fileFor` gives, or nowhere when it gives none. */
function runChecks(session: Session, active: ActiveRule[], fileFor: (file: string) => VFile | undefined): void {
  for (const { rule, severity } of active) {
    rule.checkRun?.(session.run, session.repository, {
      report(file, messageId, params) {
        const vfile = fileFor(file);
        if (!vfile) return;
        createMessage(vfile, rule.meta, messageId, params ?? {}, {
          lang: session.lang,
          severity,
          place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        });
      },
    });
  }
}

/**
 * The run-level findings about one file that is no page to check (the
 * editor: a page mkdocs builds under another Markdown extension). Rules must
 * be loaded.
 */
export function runFindingsOf(session: Session, file: string, vfile: VFile): VFile {
  const absolute = path.resolve(file);
  runChecks(session, activeFor(session, absolute), (at) => (path.resolve(at) === absolute ? vfile : undefined));
  return vfile;
}
