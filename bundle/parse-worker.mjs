import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  parsePage
} from "./chunks/chunk-W6FZIKPS.mjs";
import "./chunks/chunk-DIRPFVSX.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-NPOHJVFY.mjs";
import "./chunks/chunk-MDPC2WPP.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/parse-worker.js
import { parentPort } from "node:worker_threads";
parentPort.on("message", (text) => {
  try {
    parentPort.postMessage({ tree: parsePage(text) });
  } catch (error) {
    parentPort.postMessage({ error: error?.message ?? String(error) });
  }
});
