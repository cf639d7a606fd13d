import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  isWithin
} from "./shared-repository-files.mjs";

// dist/src/run/atomic-write.js
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
var OutsideFolderError = class extends Error {
  folder;
  code = "EOUTSIDE";
  constructor(folder) {
    super(`${folder} leads outside the folder it belongs in`);
    this.folder = folder;
  }
};
function writeFileAtomically(file, data, options = {}) {
  const folder = path.dirname(path.resolve(file));
  if (options.inside !== void 0)
    checkInside(folder, options.inside);
  if (options.makeFolder && options.inside !== void 0)
    makeFolders(folder, options.inside);
  else if (options.makeFolder)
    mkdirSync(folder, { recursive: true });
  if (options.inside !== void 0)
    checkInside(folder, options.inside);
  const temporary = path.join(folder, `.${path.basename(file)}.${randomBytes(8).toString("hex")}.algoritmekader-lint.tmp`);
  track(temporary);
  try {
    const descriptor = openSync(temporary, "wx", options.mode ?? 438);
    try {
      const bytes = typeof data === "string" ? Buffer.from(data) : data;
      for (let written = 0; written < bytes.length; )
        written += writeSync(descriptor, bytes, written, bytes.length - written);
    } finally {
      closeSync(descriptor);
    }
    if (options.mode !== void 0)
      chmodSync(temporary, options.mode);
    if (options.beforeRename && !options.beforeRename(temporary))
      return false;
    renameSync(temporary, file);
    return true;
  } finally {
    rmSync(temporary, { force: true });
    temporaries.delete(temporary);
  }
}
function nearestExisting(folder) {
  let existing = folder;
  while (!lstatSync(existing, { throwIfNoEntry: false }) && path.dirname(existing) !== existing)
    existing = path.dirname(existing);
  return existing;
}
function checkInside(folder, inside) {
  let real;
  try {
    real = realpathSync(nearestExisting(folder));
  } catch {
    throw new OutsideFolderError(folder);
  }
  if (!isWithin(realpathSync(inside), real))
    throw new OutsideFolderError(folder);
}
function makeFolders(folder, inside) {
  const missing = [];
  const existing = nearestExisting(folder);
  for (let at = folder; at !== existing; at = path.dirname(at))
    missing.unshift(at);
  for (const at of missing) {
    try {
      mkdirSync(at);
    } catch (error) {
      if (error.code === "EEXIST")
        throw new OutsideFolderError(at);
      throw error;
    }
    checkInside(at, inside);
  }
}
var temporaries = /* @__PURE__ */ new Set();
var cleanupInstalled = false;
function track(temporary) {
  if (!cleanupInstalled)
    installCleanup();
  temporaries.add(temporary);
}
function installCleanup() {
  cleanupInstalled = true;
  const cleanup = () => {
    for (const temporary of temporaries)
      rmSync(temporary, { force: true });
    temporaries.clear();
  };
  process.on("exit", cleanup);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      cleanup();
      process.kill(process.pid, signal);
    });
  }
}

export {
  OutsideFolderError,
  writeFileAtomically
};
