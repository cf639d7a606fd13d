import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);

// dist/src/package-info.js
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function findPackageRoot(start) {
  for (let folder = start; ; folder = path.dirname(folder)) {
    const manifest = path.join(folder, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "algoritmekader-lint")
      return folder;
    if (path.dirname(folder) === folder)
      throw new Error("algoritmekader-lint: package.json not found");
  }
}
var PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
var VERSION = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")).version;

export {
  PACKAGE_ROOT,
  VERSION
};
