import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  checkPages,
  loadFacts
} from "./shared-run-spelling-ahead.mjs";
import "./shared-spelling-worker-start.mjs";
import "./shared-run-cache.mjs";
import {
  Repository
} from "./shared-repository-digest.mjs";
import "./shared-rule-kit-directives.mjs";
import "./shared-run-signed-file.mjs";
import "./shared-parsing-frontmatter.mjs";
import "./shared-rule-kit-constants.mjs";
import {
  filePolicy
} from "./shared-config-file-policy.mjs";
import "./shared-config-config.mjs";
import "./shared-config-glob-match.mjs";
import "./shared-package-info.mjs";
import "./shared-balanced-match-dist-esm.mjs";
import "./shared-run-atomic-write.mjs";
import "./shared-repository-source.mjs";
import "./shared-repository-files.mjs";
import "./shared-unist-util-stringify-position.mjs";
import "./shared-spelling-judge.mjs";
import "./shared-spelling-dictionary.mjs";
import "./shared-parsing-tree-nodes.mjs";
import {
  LocalizedError
} from "./shared-errors.mjs";
import "./shared-reporters-printable.mjs";
import "./shared-runtime.mjs";

// dist/src/run/baseline.js
import path from "node:path";
function fingerprints(file, as) {
  const lines = String(file.value ?? "").split("\n");
  return file.messages.map((message) => {
    const text = message.line ? (lines[message.line - 1] ?? "").trim().replace(/\s+/g, " ") : "";
    const exact = JSON.stringify([as, message.ruleId, message.messageId ?? "", text, message.reason]);
    const subject = /`([^`]*)`/.exec(message.reason)?.[1] ?? message.reason;
    const loose = JSON.stringify([as, message.ruleId, message.messageId ?? "", text, subject]);
    return [exact, loose];
  });
}
var Multiset = class {
  counts = /* @__PURE__ */ new Map();
  add(key) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  /** Take one `key` out; false when there is none left. */
  take(key) {
    const count = this.counts.get(key) ?? 0;
    if (count === 0)
      return false;
    this.counts.set(key, count - 1);
    return true;
  }
};
async function baseFindings(session, changes, headPages) {
  const files = changes.baseFiles();
  let repository;
  try {
    repository = new Repository(session.root, session.config, files);
  } catch (error) {
    if (error instanceof LocalizedError)
      return void 0;
    throw error;
  }
  const base = { ...session, repository, policy: filePolicy(session.root, session.config, files), run: {}, overridden: void 0 };
  const pages = headPages.map((file) => changes.renamedFrom.get(file) ?? file).filter((file) => {
    const docsPath = repository.docsPathOf(file);
    return !docsPath.startsWith("..") && repository.hasFile(docsPath) && !repository.isNotBuilt(docsPath) && !base.policy.isIgnored(file);
  });
  const loaded = await loadFacts(base, repository.pagePaths(), void 0, false, new Set(pages));
  return (await checkPages(base, loaded.pages, pages, void 0)).files;
}
async function oldFindings(session, files, changes) {
  const old = /* @__PURE__ */ new Set();
  const absolute = (file) => path.resolve(file.cwd, file.path);
  const headOf = new Map([...changes.renamedFrom].map(([now, before2]) => [before2, now]));
  const headPages = files.map(absolute).filter((file) => session.repository.page(file));
  const before = await baseFindings(session, changes, headPages);
  if (!before)
    return old;
  const exact = new Multiset();
  const loose = new Multiset();
  for (const file of before) {
    const at = absolute(file);
    const head = headOf.get(at) ?? at;
    for (const [strict, relaxed] of fingerprints(file, head)) {
      exact.add(strict);
      loose.add(relaxed);
    }
  }
  const changed = changes.changedLines();
  const onChangedLine = (file, line) => changed.get(file)?.some(([first, last]) => (line ?? 1) >= first && (line ?? 1) <= last) ?? false;
  const fingerprinted = files.map((file) => ({
    file,
    at: absolute(file),
    prints: fingerprints(file, absolute(file))
  }));
  for (const { file, at, prints } of fingerprinted)
    file.messages.forEach((message, index) => {
      if (!onChangedLine(at, message.line) && exact.take(prints[index][0])) {
        old.add(message);
        loose.take(prints[index][1]);
      }
    });
  for (const { file, at, prints } of fingerprinted)
    file.messages.forEach((message, index) => {
      if (!old.has(message) && !onChangedLine(at, message.line) && loose.take(prints[index][1]))
        old.add(message);
    });
  return old;
}
function dropOldFindings(files, old, changes) {
  const outcome = { count: 0, onChangedPages: 0 };
  for (const file of files) {
    const kept = file.messages.filter((message) => !old.has(message));
    const dropped = file.messages.length - kept.length;
    outcome.count += dropped;
    if (changes.changed.has(path.resolve(file.cwd, file.path)))
      outcome.onChangedPages += dropped;
    file.messages = kept;
  }
  return outcome;
}
export {
  dropOldFindings,
  oldFindings
};
