import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordFrontmatter,
  recordPage
} from "./chunk-QCB23HQN.mjs";
import "./chunk-Y3DDURHH.mjs";
import "./chunk-EGVWPGUB.mjs";
import "./chunk-HKMEI7EM.mjs";
import {
  parsePage
} from "./chunk-W6FZIKPS.mjs";
import {
  remarkParse,
  unified
} from "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-JYXDVA37.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-46WSRVMT.mjs";
import "./chunk-POETCY3V.mjs";
import "./chunk-EGHQ5APJ.mjs";
import "./chunk-RJU3NHDM.mjs";
import "./chunk-GLC762NP.mjs";
import "./chunk-PXTZMONH.mjs";
import "./chunk-T37GTEGO.mjs";
import "./chunk-NPOHJVFY.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-NSJMYWO4.mjs";
import "./chunk-U32DJMBL.mjs";

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
  boundedParse,
  createProcessor,
  recordFrontmatter,
  recordPage
};
