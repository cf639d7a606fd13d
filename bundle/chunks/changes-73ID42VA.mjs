import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  changedFiles,
  comparisonBase,
  fileAt,
  gitTopLevel
} from "./chunk-K2T6AAYX.mjs";
import {
  parsePage
} from "./chunk-4AYJOJWC.mjs";
import "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import {
  readFrontmatter
} from "./chunk-4JLFKIXB.mjs";
import "./chunk-MDPC2WPP.mjs";
import {
  collectLinks
} from "./chunk-XX2OCW4I.mjs";
import {
  isItemKind
} from "./chunk-BKQ6T3BS.mjs";
import "./chunk-ZSQ5RBUM.mjs";
import "./chunk-C7QSZ32D.mjs";
import "./chunk-U32DJMBL.mjs";

// dist/src/run/changes.js
import path from "node:path";
function changesSince(repository, ref) {
  const top = gitTopLevel(repository.root);
  const base = comparisonBase(top, ref);
  const inDocs = (file) => {
    const absolute = path.join(top, file);
    const docsPath = repository.docsPathOf(absolute);
    return docsPath.startsWith("..") || !docsPath.endsWith(".md") ? void 0 : { absolute, docsPath };
  };
  const isItem = (docsPath) => isItemKind(repository.kindOf(path.join(repository.docsDir, docsPath)));
  const pages = /* @__PURE__ */ new Set();
  const touched = /* @__PURE__ */ new Set();
  const urns = { previous: /* @__PURE__ */ new Map(), baseline: /* @__PURE__ */ new Map(), removed: [] };
  const previousUrls = /* @__PURE__ */ new Set();
  const gone = [];
  const readOld = (file) => {
    const text = fileAt(top, base, file);
    if (text === void 0)
      return void 0;
    const tree = parsePage(text);
    const id = readFrontmatter(tree, text).data.id;
    for (const link of collectLinks(tree, text))
      previousUrls.add(link.url.trim());
    return { urn: typeof id === "string" ? id : void 0 };
  };
  for (const change of changedFiles(top, base)) {
    const now = inDocs(change.path);
    const before = inDocs(change.oldPath ?? change.path);
    if (change.status !== "deleted" && now) {
      pages.add(now.absolute);
      touched.add(now.docsPath);
    }
    if (before && (change.status === "deleted" || change.status === "renamed"))
      touched.add(before.docsPath);
    if (!before || change.status === "added") {
      if (now && isItem(now.docsPath))
        urns.previous.set(now.absolute, void 0);
      continue;
    }
    const old = readOld(change.oldPath ?? change.path);
    if (!isItem(before.docsPath))
      continue;
    if (old?.urn)
      urns.baseline.set(old.urn, before.docsPath);
    if (change.status === "deleted")
      gone.push({ urn: old?.urn, docsPath: before.docsPath });
    else if (now) {
      urns.previous.set(now.absolute, old ? { urn: old.urn, docsPath: before.docsPath } : void 0);
      if (change.status === "renamed")
        gone.push({ docsPath: before.docsPath });
    }
  }
  for (const { urn, docsPath } of gone) {
    if (urn && repository.pagesWithUrn(urn).length === 0)
      urns.removed.push({ urn, docsPath });
  }
  for (const record of repository.pagesDependingOn(touched))
    pages.add(record.path);
  return { ref, base, pages, urns, previousUrls };
}
export {
  changesSince
};
