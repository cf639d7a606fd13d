import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  writeFileAtomically
} from "./shared-run-atomic-write.mjs";

// dist/src/run/signed-file.js
import { execFileSync } from "node:child_process";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
function cacheKeyFile(env = process.env) {
  if (env.ALGORITMEKADER_LINT_CACHE_KEY_FILE)
    return path.resolve(env.ALGORITMEKADER_LINT_CACHE_KEY_FILE);
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "algoritmekader-lint", "cache-key");
}
var keys;
function cacheKey() {
  const file = cacheKeyFile();
  keys ??= /* @__PURE__ */ new Map();
  if (keys.has(file))
    return keys.get(file);
  let key;
  try {
    key = Buffer.from(readFileSync(file, "utf8").trim(), "hex");
  } catch {
    try {
      mkdirSync(path.dirname(file), { recursive: true, mode: 448 });
      writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 384 });
    } catch {
    }
    try {
      key = Buffer.from(readFileSync(file, "utf8").trim(), "hex");
    } catch {
      key = void 0;
    }
  }
  if (key && key.length < 16)
    key = void 0;
  keys.set(file, key);
  return key;
}
var mac = (key, text) => createHmac("sha256", key).update(text).digest("hex");
function trackedByGit(file) {
  try {
    execFileSync("git", ["ls-files", "--error-unmatch", "--", path.basename(file)], { cwd: path.dirname(file), stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
function readSignedJson(file) {
  const stat = lstatSync(file, { throwIfNoEntry: false });
  if (!stat)
    return void 0;
  if (stat.isSymbolicLink() || !stat.isFile())
    return { refused: "link" };
  if (trackedByGit(file))
    return { refused: "tracked" };
  const key = cacheKey();
  if (!key)
    return { refused: "no-key" };
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
  const newline = text.indexOf("\n");
  const given = Buffer.from(newline === -1 ? "" : text.slice(0, newline), "utf8");
  const body = text.slice(newline + 1);
  const expected = Buffer.from(mac(key, body), "utf8");
  if (newline === -1 || given.length !== expected.length || !timingSafeEqual(given, expected))
    return { refused: "unverified" };
  try {
    return { data: JSON.parse(body) };
  } catch {
    return { refused: "unverified" };
  }
}
function writeSignedJson(file, data, options = {}) {
  const key = cacheKey();
  if (!key)
    throw Object.assign(new Error("no cache key"), { code: "ENOKEY" });
  const body = JSON.stringify(data);
  writeFileAtomically(file, `${mac(key, body)}
${body}`, { makeFolder: true, ...options });
}

export {
  readSignedJson,
  writeSignedJson
};
