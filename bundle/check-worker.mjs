import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  storeMessages
} from "./chunks/chunk-BUTLIUQE.mjs";
import {
  preset_default
} from "./chunks/chunk-TLDT5QXS.mjs";
import "./chunks/chunk-XZ6PJ7CX.mjs";
import "./chunks/chunk-AI3F4DXI.mjs";
import "./chunks/chunk-3IEJS7G7.mjs";
import {
  remarkParse,
  unified
} from "./chunks/chunk-AXADKXCS.mjs";
import {
  VFile
} from "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-M36V74D3.mjs";
import "./chunks/chunk-PYBWQKKW.mjs";
import "./chunks/chunk-LLX6ZYEN.mjs";
import "./chunks/chunk-MDPC2WPP.mjs";
import "./chunks/chunk-RA4GDOHF.mjs";
import "./chunks/chunk-N7JV54HD.mjs";
import "./chunks/chunk-YR5763OS.mjs";
import "./chunks/chunk-CLKMARJW.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/check-worker.js
import { parentPort } from "node:worker_threads";
var processor = unified().use(remarkParse).use(preset_default).freeze();
parentPort.on("message", (request) => {
  const file = new VFile({ path: request.path, cwd: request.cwd, value: request.text });
  try {
    processor.runSync(processor.parse(file), file);
  } catch (error) {
    file.message(`algoritmekader-lint: ${error?.message ?? String(error)}`);
  }
  parentPort.postMessage({ id: request.id, messages: storeMessages(file) });
});
