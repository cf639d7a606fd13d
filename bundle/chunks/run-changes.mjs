import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  collectLinks
} from "./shared-parsing-html-links.mjs";
import {
  frontmatterOnly,
  readFrontmatter
} from "./shared-parsing-frontmatter.mjs";
import {
  IGNORE_FILE,
  MKDOCS_FILE,
  wordFiles
} from "./shared-config-file-policy.mjs";
import {
  CODE_CONFIG_FILE_NAMES,
  CONFIG_FILE_NAMES,
  isItemKind
} from "./shared-config-config.mjs";
import "./shared-config-glob-match.mjs";
import "./shared-package-info.mjs";
import "./shared-balanced-match-dist-esm.mjs";
import {
  MAX_PAGE_BYTES,
  decodePage
} from "./shared-repository-source.mjs";
import "./shared-repository-files.mjs";
import {
  parsePage
} from "./shared-parsing-mkdocs-attr-list.mjs";
import "./shared-bail.mjs";
import "./shared-mdast-util-to-string.mjs";
import "./shared-unist-util-stringify-position.mjs";
import "./shared-spelling-dictionary.mjs";
import "./shared-parsing-tree-nodes.mjs";
import {
  changedFiles,
  changedLines,
  comparisonBase,
  gitTopLevel
} from "./shared-run-git.mjs";
import "./shared-errors.mjs";
import "./shared-reporters-printable.mjs";
import "./shared-runtime.mjs";

// dist/src/run/changes.js
import path3 from "node:path";

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

// dist/src/run/linked-pages.js
import { realpathSync } from "node:fs";
import path2 from "node:path";
function pagesThroughLinks(repository, top, changes) {
  if (changes.length === 0)
    return [];
  const real = (file) => {
    try {
      return realpathSync(file);
    } catch {
      return void 0;
    }
  };
  const changed = /* @__PURE__ */ new Set();
  for (const change of changes) {
    const absolute = path2.resolve(top, change.path);
    changed.add(absolute);
    const target = real(absolute);
    if (target)
      changed.add(target);
  }
  const somethingGone = changes.some((change) => change.status === "deleted" || change.status === "renamed");
  const pages = [];
  for (const page of repository.pagePaths()) {
    const target = real(page);
    if (target === page)
      continue;
    if (target === void 0 ? somethingGone : changed.has(target))
      pages.push(page);
  }
  return pages;
}

// dist/src/run/changes.js
function readChanges(repository, ref, staged = false) {
  const top = gitTopLevel(repository.root);
  const base = comparisonBase(top, ref);
  const inDocs = (file) => {
    const absolute = path3.join(top, file);
    const docsPath = repository.docsPathOf(absolute);
    return docsPath.startsWith("..") || !docsPath.endsWith(".md") ? void 0 : { absolute, docsPath };
  };
  const isItem = (docsPath) => isItemKind(repository.kindOf(path3.join(repository.docsDir, docsPath)));
  const oldTexts = [];
  let baseTree;
  let lines;
  const changes = {
    ref,
    staged,
    base,
    top,
    pages: /* @__PURE__ */ new Set(),
    changed: /* @__PURE__ */ new Set(),
    renamedFrom: /* @__PURE__ */ new Map(),
    urns: { previous: /* @__PURE__ */ new Map(), baseline: /* @__PURE__ */ new Map(), removed: [] },
    baseFiles: () => {
      baseTree ??= gitTreeFiles(top, base);
      return baseTree;
    },
    changedLines: () => {
      lines ??= changedLines(top, base, staged);
      return lines;
    },
    previousUrls: () => {
      const urls = /* @__PURE__ */ new Set();
      for (const text of oldTexts)
        for (const link of collectLinks(parsePage(text), text))
          urls.add(link.url.trim());
      return urls;
    },
    touched: /* @__PURE__ */ new Set(),
    mayDependOn: /* @__PURE__ */ new Set(),
    gone: []
  };
  const fileChanges = changedFiles(top, base, staged);
  const readOld = (file) => {
    const text = changes.baseFiles().readText(path3.join(top, file));
    if (text === void 0)
      return void 0;
    oldTexts.push(text);
    const id = readFrontmatter(frontmatterOnly(text), text).data.id;
    return { urn: typeof id === "string" ? id : void 0 };
  };
  for (const change of fileChanges) {
    if (change.status === "renamed" && change.oldPath)
      changes.renamedFrom.set(path3.join(top, change.path), path3.join(top, change.oldPath));
    noteTouched(repository, top, change, changes.touched);
    const now = inDocs(change.path);
    const before = inDocs(change.oldPath ?? change.path);
    if (change.status !== "deleted" && now) {
      changes.pages.add(now.absolute);
      changes.changed.add(now.absolute);
    }
    if (!before || change.status === "added") {
      if (now && isItem(now.docsPath))
        changes.urns.previous.set(now.absolute, void 0);
      continue;
    }
    const old = readOld(change.oldPath ?? change.path);
    if (!isItem(before.docsPath))
      continue;
    if (old?.urn)
      changes.urns.baseline.set(old.urn, before.docsPath);
    if (change.status === "deleted")
      changes.gone.push({ urn: old?.urn, docsPath: before.docsPath });
    else if (now) {
      changes.urns.previous.set(now.absolute, old ? { urn: old.urn, docsPath: before.docsPath } : void 0);
      if (change.status === "renamed")
        changes.gone.push({ docsPath: before.docsPath });
    }
  }
  addWhatItBreaks(repository, top, fileChanges, changes);
  return changes;
}
function addWhatItBreaks(repository, top, fileChanges, changes) {
  for (const page of pagesThroughLinks(repository, top, fileChanges)) {
    changes.pages.add(page);
    changes.changed.add(page);
    changes.touched.add(repository.docsPathOf(page));
  }
  const inputs = repositoryInputs(repository);
  const touchesInputs = fileChanges.some((change) => [change.path, change.oldPath].some((file) => file && inputs.has(path3.join(top, file))));
  changes.mayDependOn = touchesInputs ? new Set(repository.pagePaths()) : pagesNaming(repository, changes.touched);
  if (touchesInputs)
    for (const page of repository.pagePaths())
      changes.pages.add(page);
}
function repositoryInputs(repository) {
  const { root, config } = repository;
  const names = [
    MKDOCS_FILE,
    ...CONFIG_FILE_NAMES,
    ...CODE_CONFIG_FILE_NAMES,
    IGNORE_FILE,
    config.auditCodes,
    ...Object.values(config.schemas),
    ...wordFiles(config.rules)
  ];
  return new Set(names.filter((name) => typeof name === "string").map((name) => path3.resolve(root, name)));
}
function noteTouched(repository, top, change, touched) {
  for (const file of change.status === "renamed" ? [change.path, change.oldPath] : [change.path]) {
    const docsPath = repository.docsPathOf(path3.join(top, file));
    if (!docsPath.startsWith("..") && (docsPath.endsWith(".md") || change.status !== "modified"))
      touched.add(docsPath);
  }
}
var MAX_NAMES_SEARCHED = 512;
function pagesNaming(repository, docsPaths) {
  const needles = /* @__PURE__ */ new Set();
  for (const docsPath of docsPaths) {
    const extension = path3.posix.extname(docsPath);
    const name = extension === ".md" ? path3.posix.basename(docsPath, ".md") : path3.posix.basename(docsPath);
    const word = name === "index" ? path3.posix.basename(path3.posix.dirname(docsPath)) : name;
    if (!word || word === ".")
      return new Set(repository.pagePaths());
    needles.add(word);
    needles.add(encodeURIComponent(word));
  }
  const found = /* @__PURE__ */ new Set();
  if (needles.size === 0)
    return found;
  if (needles.size > MAX_NAMES_SEARCHED)
    return new Set(repository.pagePaths());
  for (const file of repository.pagePaths()) {
    const { value } = repository.readPage(file);
    for (const needle of needles) {
      if (value.includes(needle)) {
        found.add(file);
        break;
      }
    }
  }
  return found;
}
function completeChanges(repository, pending) {
  const { touched, mayDependOn, gone, ...changes } = pending;
  for (const { urn, docsPath } of gone) {
    if (urn && repository.pagesWithUrn(urn).length === 0)
      changes.urns.removed.push({ urn, docsPath });
  }
  for (const file of mayDependOn) {
    if (repository.page(file)?.dependsOn.some((target) => touched.has(target)))
      changes.pages.add(file);
  }
  return changes;
}
export {
  completeChanges,
  readChanges
};
