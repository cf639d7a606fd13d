import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);

// dist/src/repository/files.js
import { readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
function isWithin(boundary, file) {
  const relative = path.relative(boundary, file);
  return !relative.startsWith("..") && !path.isAbsolute(relative);
}
function listDocs(docsDir, boundary) {
  const listing = { files: /* @__PURE__ */ new Set(), folders: /* @__PURE__ */ new Set([""]), loops: [], outside: [] };
  const realBoundary = realpathSync(boundary);
  const visiting = /* @__PURE__ */ new Set();
  const walk = (absolute, relative) => {
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
    visiting.add(real);
    let entries;
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch {
      visiting.delete(real);
      return;
    }
    for (const entry of entries) {
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
        walk(childAbsolute, childRelative);
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
  isWithin,
  listDocs
};
