import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  checkPages,
  loadFacts
} from "./shared-run-stages-check.mjs";
import "./shared-run-cache.mjs";
import {
  Repository
} from "./shared-config-mkdocs.mjs";
import "./shared-run-signed-file.mjs";
import {
  filePolicy
} from "./shared-config-file-policy.mjs";
import "./shared-run-atomic-write.mjs";
import "./shared-unist-util-stringify-position.mjs";
import {
  changedLines
} from "./shared-run-git.mjs";
import "./shared-rule-kit-directives.mjs";
import "./shared-rule-kit-constants.mjs";
import "./shared-config-config.mjs";
import "./shared-config-glob-match.mjs";
import "./shared-package-info.mjs";
import "./shared-balanced-match-dist-esm.mjs";
import {
  MAX_PAGE_BYTES,
  decodePage
} from "./shared-repository-source.mjs";
import "./shared-repository-files.mjs";
import "./shared-parsing-tree-nodes.mjs";
import {
  LocalizedError
} from "./shared-errors.mjs";
import "./shared-reporters-printable.mjs";
import "./shared-runtime.mjs";

// dist/src/run/baseline.js
import path2 from "node:path";

// dist/src/run/git-tree.js
import { execFileSync } from "node:child_process";
import path from "node:path";
var MAX_TEXT_BYTES = 4 * 1024 * 1024;
var TEXT_FILE = /\.(md|ya?ml|json|csv|txt)$|(^|\/)\.[\w.-]*ignore$/i;
var MAX_LINK_DEPTH = 8;
function listTree(top, commit) {
  const out = execFileSync("git", ["ls-tree", "-r", "-l", "-z", "--full-tree", commit], {
    cwd: top,
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"]
  }).toString("utf8");
  const entries = /* @__PURE__ */ new Map();
  for (const record of out.split("\0")) {
    const tab = record.indexOf("	");
    if (tab === -1)
      continue;
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    if (type !== "blob")
      continue;
    entries.set(record.slice(tab + 1), { mode, oid, size: Number(size) || 0 });
  }
  return entries;
}
function readBlobs(top, oids) {
  const blobs = /* @__PURE__ */ new Map();
  if (oids.length === 0)
    return blobs;
  const out = execFileSync("git", ["cat-file", "--batch"], {
    cwd: top,
    input: `${oids.join("\n")}
`,
    maxBuffer: 512 * 1024 * 1024,
    stdio: ["pipe", "pipe", "pipe"]
  });
  let at = 0;
  while (at < out.length) {
    const newline = out.indexOf(10, at);
    if (newline === -1)
      break;
    const [oid, type, size] = out.subarray(at, newline).toString("latin1").split(" ");
    if (type === "missing" || size === void 0) {
      at = newline + 1;
      continue;
    }
    const start = newline + 1;
    const end = start + Number(size);
    blobs.set(oid, out.subarray(start, end));
    at = end + 1;
  }
  return blobs;
}
function gitTreeFiles(top, commit) {
  const entries = listTree(top, commit);
  const target = (treePath, depth = 0) => {
    const entry = entries.get(treePath);
    if (!entry || depth > MAX_LINK_DEPTH)
      return void 0;
    if (entry.mode !== "120000")
      return treePath;
    const link = blobs.get(entry.oid)?.toString("utf8");
    if (link === void 0 || path.posix.isAbsolute(link))
      return void 0;
    const next = path.posix.normalize(path.posix.join(path.posix.dirname(treePath), link));
    return next.startsWith("../") || next === ".." ? void 0 : target(next, depth + 1);
  };
  const wanted = [...entries].filter(([name, entry]) => entry.mode === "120000" || TEXT_FILE.test(name) && entry.size <= MAX_TEXT_BYTES);
  const blobs = readBlobs(top, [...new Set(wanted.map(([, entry]) => entry.oid))]);
  const treePathOf = (file) => {
    const relative = path.relative(top, path.resolve(file));
    return relative.startsWith("..") || path.isAbsolute(relative) ? void 0 : relative.split(path.sep).join("/");
  };
  const bytesOf = (file) => {
    const treePath = treePathOf(file);
    const resolved = treePath === void 0 ? void 0 : target(treePath);
    const entry = resolved === void 0 ? void 0 : entries.get(resolved);
    return entry ? blobs.get(entry.oid) : void 0;
  };
  const sizeOf = (file) => {
    const treePath = treePathOf(file);
    const resolved = treePath === void 0 ? void 0 : target(treePath);
    return resolved === void 0 ? void 0 : entries.get(resolved)?.size;
  };
  return {
    list(docsDir) {
      const prefix = treePathOf(docsDir);
      const files = /* @__PURE__ */ new Set();
      const folders = /* @__PURE__ */ new Set([""]);
      if (prefix === void 0)
        return { files, folders, loops: [], outside: [] };
      const start = prefix === "" ? "" : `${prefix}/`;
      for (const name of entries.keys()) {
        if (!name.startsWith(start) || target(name) === void 0)
          continue;
        const docsPath = name.slice(start.length);
        files.add(docsPath);
        for (let folder = path.posix.dirname(docsPath); folder !== "."; folder = path.posix.dirname(folder))
          folders.add(folder);
      }
      return { files, folders, loops: [], outside: [] };
    },
    readPage(file) {
      const size = sizeOf(file);
      if (size === void 0)
        return { value: "", problem: { code: "unreadable", detail: "ENOENT" }, mtimeMs: 0 };
      if (size > MAX_PAGE_BYTES)
        return { value: "", problem: { code: "too-large", bytes: size }, mtimeMs: 0 };
      const bytes = bytesOf(file);
      if (!bytes)
        return { value: "", problem: { code: "unreadable", detail: "ENOENT" }, mtimeMs: 0 };
      return { ...decodePage(bytes), mtimeMs: 0, size };
    },
    readText(file) {
      return bytesOf(file)?.toString("utf8");
    },
    stat(file) {
      const size = sizeOf(file);
      return size === void 0 ? void 0 : { mtimeMs: 0, size };
    }
  };
}

// dist/src/run/baseline.js
function fingerprints(file, as) {
  const lines = String(file.value ?? "").split("\n");
  return file.messages.map((message) => {
    const text = message.line ? (lines[message.line - 1] ?? "").trim().replace(/\s+/g, " ") : "";
    const loose = JSON.stringify([as, message.ruleId, message.messageId ?? "", text]);
    return [`${loose}\0${message.reason}`, loose];
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
  const files = gitTreeFiles(changes.top, changes.base);
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
    return !docsPath.startsWith("..") && repository.hasFile(docsPath);
  });
  const loaded = await loadFacts(base, repository.pagePaths(), void 0, false, new Set(pages));
  return (await checkPages(base, loaded.pages, pages, void 0)).files;
}
async function oldFindings(session, files, changes) {
  const old = /* @__PURE__ */ new Set();
  const absolute = (file) => path2.resolve(file.cwd, file.path);
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
  const changed = changedLines(changes.top, changes.base, changes.staged);
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
    if (changes.changed.has(path2.resolve(file.cwd, file.path)))
      outcome.onChangedPages += dropped;
    file.messages = kept;
  }
  return outcome;
}
export {
  dropOldFindings,
  oldFindings
};
