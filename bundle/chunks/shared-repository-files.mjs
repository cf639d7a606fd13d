import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);

// dist/src/repository/files.js
import { readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var ALIASED_ENTRIES = 2e3;
function isWithin(boundary, file) {
  const relative = path.relative(boundary, file);
  return !relative.startsWith("..") && !path.isAbsolute(relative);
}
function listDocs(docsDir, boundary) {
  const listing = { files: /* @__PURE__ */ new Set(), folders: /* @__PURE__ */ new Set([""]), loops: [], outside: [], aliasesCut: [] };
  const realBoundary = realpathSync(boundary);
  const visiting = /* @__PURE__ */ new Set();
  const listed = /* @__PURE__ */ new Set();
  let aliasBudget = ALIASED_ENTRIES;
  const walk = (absolute, relative, aliased = false) => {
    let real;
    try {
      real = realpathSync(absolute);
    } catch {
      return;
    }
    if (visiting.has(real)) {
      listing.loops.push(relative);
      return;
    }
    const alias = aliased || listed.has(real);
    if (alias && aliasBudget <= 0) {
      listing.aliasesCut.push(relative);
      listing.folders.delete(relative);
      return;
    }
    listed.add(real);
    visiting.add(real);
    let entries;
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch {
      visiting.delete(real);
      return;
    }
    for (const entry of entries) {
      if (alias && aliasBudget-- <= 0) {
        listing.aliasesCut.push(relative);
        break;
      }
      const childAbsolute = path.join(absolute, entry.name);
      const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          if (!isWithin(realBoundary, realpathSync(childAbsolute))) {
            listing.outside.push(childRelative);
            continue;
          }
          const target = statSync(childAbsolute);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue;
        }
      }
      if (isDirectory) {
        listing.folders.add(childRelative);
        walk(childAbsolute, childRelative, alias);
      } else if (isFile) {
        listing.files.add(childRelative);
      }
    }
    visiting.delete(real);
  };
  walk(docsDir, "");
  return listing;
}

export {
  ALIASED_ENTRIES,
  isWithin,
  listDocs
};
