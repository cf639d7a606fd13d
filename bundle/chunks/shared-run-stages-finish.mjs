import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  restoreMessages,
  storeMessages
} from "./shared-run-cache.mjs";
import {
  activeFor,
  loadRules
} from "./shared-repository-digest.mjs";
import {
  createMessage
} from "./shared-rule-kit-directives.mjs";
import {
  VFile
} from "./shared-unist-util-stringify-position.mjs";
import {
  CACHE_REFUSALS,
  NOTICES,
  say
} from "./shared-errors.mjs";

// dist/src/run/stages/replay.js
import path from "node:path";
function runKey(session, cache, pages, selected, statOf, texts) {
  const { repository } = session;
  const stats = [.../* @__PURE__ */ new Set([...pages, ...selected])].map((file) => {
    const stat = statOf(file);
    return `${repository.docsPathOf(file)}\0${stat?.mtimeMs ?? ""}\0${stat?.size ?? ""}`;
  }).sort();
  const checked = selected.map((file) => repository.docsPathOf(file)).sort();
  return JSON.stringify({ settings: cache.key, checked, stats, inputs: repository.otherInputs(), texts });
}
function replayLastRun(session, cache, pages, selected) {
  const { repository, cwd } = session;
  const texts = cache.lastRunTextFiles().map((file) => [file, repository.textFileDigest(file)]);
  const stored = cache.lastRun(runKey(session, cache, pages, selected, (file) => repository.files.stat(file), texts));
  return stored?.map(({ docsPath, problem, bom, messages }) => {
    const file = path.join(repository.docsDir, docsPath);
    const vfile = new VFile({ path: path.relative(cwd, file) || file, cwd, value: "" });
    vfile.data.algoritmekaderSession = session;
    if (problem)
      vfile.data.sourceProblem = problem;
    if (bom)
      vfile.data.bom = true;
    restoreMessages(vfile, messages);
    return vfile;
  });
}
function keepLastRun(session, cache, pages, selected, files) {
  const { repository, cwd } = session;
  const texts = repository.textFilesRead();
  const key = runKey(session, cache, pages, selected, (file) => cache.get(repository.docsPathOf(file)), texts);
  const stored = files.map((file) => ({
    docsPath: repository.docsPathOf(path.resolve(cwd, file.path)),
    problem: file.data.sourceProblem,
    bom: file.data.bom === true ? true : void 0,
    messages: storeMessages(file)
  }));
  cache.setLastRun(key, stored, repository.mkdocsRead, texts.map(([file]) => file));
}

// dist/src/run/stages/finish.js
import path2 from "node:path";
async function finishRun(session, files, cache, { onNotice, pages, selected }) {
  const { repository, cwd, run } = session;
  const extra = /* @__PURE__ */ new Map();
  const active = run.urnChanges ? await loadRules(session) : session.active ?? [];
  runChecks(session, active, (file) => {
    const shown = path2.relative(cwd, file) || file;
    if (!extra.has(shown))
      extra.set(shown, new VFile({ path: shown, cwd }));
    return extra.get(shown);
  });
  const all = [...files, ...extra.values()];
  if (cache) {
    keepLastRun(session, cache, pages, selected, all);
    cache.keepOnly(new Set(repository.allPages().map((page) => page.docsPath)));
    const refused = cache.refusal;
    if (refused)
      onNotice?.(say(NOTICES.cacheIgnored, { reason: CACHE_REFUSALS[refused] }, session.lang));
    const problem = cache.save();
    if (problem)
      onNotice?.(say(NOTICES.cacheNotWritten, { problem }, session.lang));
  }
  return all;
}
function runChecks(session, active, fileFor) {
  for (const { rule, severity } of active) {
    rule.checkRun?.(session.run, session.repository, {
      report(file, messageId, params) {
        const vfile = fileFor(file);
        if (!vfile)
          return;
        createMessage(vfile, rule.meta, messageId, params ?? {}, {
          lang: session.lang,
          severity,
          place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
        });
      }
    });
  }
}
function runFindingsOf(session, file, vfile) {
  const absolute = path2.resolve(file);
  runChecks(session, activeFor(session, absolute), (at) => path2.resolve(at) === absolute ? vfile : void 0);
  return vfile;
}

export {
  replayLastRun,
  finishRun,
  runFindingsOf
};
