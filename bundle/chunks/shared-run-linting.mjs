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
var ParseWorker = class {
  script;
  worker;
  queue = Promise.resolve();
  constructor(script) {
    this.script = script;
  }
  /** The tree of `value`, or undefined after `limitMs` (counted from when this page's turn comes). */
  parse(value, limitMs) {
    const turn = this.queue.then(() => this.run(value, limitMs));
    this.queue = turn.catch(() => void 0);
    return turn;
  }
  run(value, limitMs) {
    this.worker ??= new Worker(this.script);
    const worker = this.worker;
    worker.ref();
    return new Promise((resolve) => {
      const done = (reply) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        if (reply === void 0 || reply.error !== void 0)
          this.end(worker);
        else
          worker.unref();
        resolve(reply);
      };
      const onMessage = (message) => done(message);
      const onError = (error) => done({ error: error.message });
      const timer = setTimeout(() => done(void 0), limitMs);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage(value);
    });
  }
  /** End a worker that ran out of time or failed: the next page gets a new one. */
  end(worker) {
    if (this.worker === worker)
      this.worker = void 0;
    void worker.terminate();
  }
};
var pageWorker = parseWorker ? new ParseWorker(parseWorker) : void 0;
async function boundedParse(value, problem, nearBudget) {
  if (problem || !pageWorker || !nearBudget)
    return safeParse(value, problem);
  const reply = await pageWorker.parse(value, PAGE_PARSE_LIMIT_MS);
  if (!reply)
    return { tree: parsePage(""), problem: { code: "timed-out", seconds: PAGE_PARSE_LIMIT_MS / 1e3 } };
  if (reply.error !== void 0 || !reply.tree)
    return { tree: parsePage(""), problem: { code: "unparsable", detail: reply.error ?? "no tree" } };
  return { tree: reply.tree };
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
