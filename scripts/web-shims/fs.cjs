// node:fs in the browser: no disk. The package's own files that the shared
// code reads at run time (package.json, the frontmatter schemas) are built
// in (`__AK_PACKAGE_FILES__`, set by scripts/bundle-web.mjs); any other file
// is missing, and every other function throws (unavailable.cjs).
const { moduleWith } = require('./unavailable.cjs');

const files = __AK_PACKAGE_FILES__;

function missing(file) {
  const error = new Error(`ENOENT: no such file in the browser: ${file}`);
  error.code = 'ENOENT';
  return error;
}

function existsSync(file) {
  return Object.hasOwn(files, String(file));
}

function readFileSync(file, options) {
  const text = files[String(file)];
  if (text === undefined) throw missing(file);
  return options === undefined ? new TextEncoder().encode(text) : text;
}

function statSync(file, options) {
  if (existsSync(file)) return { isFile: () => true, isDirectory: () => false, mtimeMs: 0, size: files[String(file)].length };
  if (options?.throwIfNoEntry === false) return undefined;
  throw missing(file);
}

module.exports = moduleWith({ existsSync, readFileSync, statSync, lstatSync: statSync, constants: {} });
