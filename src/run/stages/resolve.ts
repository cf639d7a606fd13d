/** Stage 1, resolve: the session for this run (root, configuration, model), with the caller's page texts on top of the disk. */
import path from 'node:path';
import { NOTICES, say } from '../../errors.js';
import { diskFiles, overlayFiles } from '../../repository/file-source.js';
import { ALIASED_ENTRIES } from '../../repository/files.js';
import type { LintOptions } from '../engine.js';
import { createSession, type Session } from '../session.js';
import { firstFolder } from './select.js';

export async function resolveRun(options: LintOptions): Promise<Session> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const base = options.files ?? diskFiles;
  const files = options.overrides
    ? overlayFiles(base, Object.fromEntries(Object.entries(options.overrides).map(([file, text]) => [path.resolve(cwd, file), text])))
    : base;
  const start = options.paths?.length ? firstFolder(options.paths[0]) : undefined;
  const session = await createSession({ ...options, cwd, start, files });
  const shown = (docsPath: string) => path.relative(cwd, path.join(session.repository.docsDir, docsPath));
  for (const loop of session.repository.loops) options.onNotice?.(say(NOTICES.symlinkLoop, { file: shown(loop) }, session.lang));
  for (const link of session.repository.outside) options.onNotice?.(say(NOTICES.symlinkOutside, { file: shown(link) }, session.lang));
  const [firstCut] = session.repository.aliasesCut;
  if (firstCut !== undefined) {
    const details = { file: shown(firstCut), count: session.repository.aliasesCut.length, limit: ALIASED_ENTRIES };
    options.onNotice?.(say(NOTICES.symlinkAliasesCut, details, session.lang));
  }
  return session;
}
