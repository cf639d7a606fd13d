import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);

// dist/src/spelling/worker-start.js
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var SPELL_WORKER = [
  new URL("../spell-worker.mjs", import.meta.url),
  new URL("./spell-worker.mjs", import.meta.url),
  new URL("../entries/spell-worker.js", import.meta.url)
].map((url) => fileURLToPath(url)).find(existsSync);
function newSpellWorker(script) {
  return new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
}
var early;
var NO_CHECK = /* @__PURE__ */ new Set(["-h", "--help", "-v", "--version", "--init", "--print-config", "--list-rules", "--cache"]);
function startSpellingEarly(argv) {
  if (!SPELL_WORKER || early || argv.some((arg) => NO_CHECK.has(arg.split("=")[0])))
    return;
  if (argv.some((arg) => arg.startsWith("--rule")) && !argv.some((arg) => /\bspelling\b/.test(arg)))
    return;
  const started = { worker: newSpellWorker(SPELL_WORKER), ended: false };
  started.worker.on("error", () => {
  });
  started.worker.on("exit", () => {
    started.ended = true;
  });
  started.worker.unref();
  early = started;
}
function takeEarlyWorker() {
  const taken = early && !early.ended ? early.worker : void 0;
  early = void 0;
  return taken;
}
function endEarlyWorker() {
  void takeEarlyWorker()?.terminate();
}

export {
  SPELL_WORKER,
  newSpellWorker,
  startSpellingEarly,
  takeEarlyWorker,
  endEarlyWorker
};
