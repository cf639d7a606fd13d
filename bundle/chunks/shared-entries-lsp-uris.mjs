import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);

// dist/src/entries/lsp/uris.js
import { fileURLToPath, pathToFileURL } from "node:url";
var VIRTUAL_ROOT = "/workspace";
var virtualFolder;
function pathOf(uri) {
  if (virtualFolder === void 0)
    return uri.startsWith("file:") ? fileURLToPath(uri) : void 0;
  if (uri === virtualFolder || uri === `${virtualFolder}/`)
    return VIRTUAL_ROOT;
  if (!uri.startsWith(`${virtualFolder}/`))
    return void 0;
  const segments = uri.slice(virtualFolder.length + 1).split("/");
  return `${VIRTUAL_ROOT}/${segments.map((segment) => decodeURIComponent(segment)).join("/")}`;
}
function uriOf(file) {
  if (virtualFolder === void 0)
    return pathToFileURL(file).href;
  const relative = file.startsWith(`${VIRTUAL_ROOT}/`) ? file.slice(VIRTUAL_ROOT.length + 1) : file.replace(/^\/+/, "");
  return `${virtualFolder}/${relative.split("/").map(encodeURIComponent).join("/")}`;
}

export {
  pathOf,
  uriOf
};
