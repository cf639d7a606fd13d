import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import "./shared-runtime.mjs";

// dist/src/run/linked-pages.js
import { realpathSync } from "node:fs";
import path from "node:path";
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
    const absolute = path.resolve(top, change.path);
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
export {
  pagesThroughLinks
};
