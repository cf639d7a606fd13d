import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  parsePage
} from "./chunks/shared-parsing-mkdocs-attr-list.mjs";
import "./chunks/shared-bail.mjs";
import "./chunks/shared-mdast-util-to-string.mjs";
import "./chunks/shared-unist-util-stringify-position.mjs";
import "./chunks/shared-parsing-tree-nodes.mjs";
import "./chunks/shared-runtime.mjs";

// dist/src/entries/parse-worker.js
import { parentPort } from "node:worker_threads";
parentPort.on("message", (text) => {
  try {
    parentPort.postMessage({ tree: parsePage(text) });
  } catch (error) {
    parentPort.postMessage({ error: error?.message ?? String(error) });
  }
});
