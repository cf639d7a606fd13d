import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default
} from "./shared-entries-preset.mjs";
import {
  parsePage
} from "./shared-parsing-mkdocs-attr-list.mjs";
import {
  remarkParse,
  unified
} from "./shared-bail.mjs";

// dist/src/run/linting.js
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function createProcessor() {
  return unified().use(remarkParse).use(preset_default).freeze();
}
var PAGE_PARSE_LIMIT_MS = Number(process.env.ALGORITMEKADER_LINT_PAGE_TIMEOUT_MS ?? 5e3);
var parseWorker = [
  new URL("../parse-worker.mjs", import.meta.url),
  new URL("./parse-worker.mjs", import.meta.url),
  new URL("../entries/parse-worker.js", import.meta.url)
].map((url) => fileURLToPath(url)).find(existsSync);
async function boundedParse(value, problem, nearBudget) {
  if (problem || !parseWorker || !nearBudget)
    return safeParse(value, problem);
  const worker = new Worker(parseWorker);
  try {
    const reply = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(void 0), PAGE_PARSE_LIMIT_MS);
      worker.once("message", (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        resolve({ error: error.message });
      });
      worker.postMessage(value);
    });
    if (!reply)
      return { tree: parsePage(""), problem: { code: "timed-out", seconds: PAGE_PARSE_LIMIT_MS / 1e3 } };
    if (reply.error !== void 0 || !reply.tree)
      return { tree: parsePage(""), problem: { code: "unparsable", detail: reply.error ?? "no tree" } };
    return { tree: reply.tree };
  } finally {
    void worker.terminate();
  }
}
function safeParse(value, problem) {
  try {
    return { tree: parsePage(value), problem };
  } catch (error) {
    return { tree: parsePage(""), problem: { code: "unparsable", detail: error?.message ?? String(error) } };
  }
}

export {
  createProcessor,
  boundedParse,
  safeParse
};
