import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  storeMessages
} from "./chunks/chunk-I47FHBHI.mjs";
import {
  preset_default
} from "./chunks/chunk-Q4KWURXW.mjs";
import "./chunks/chunk-XZ6PJ7CX.mjs";
import "./chunks/chunk-T2SBRTGH.mjs";
import "./chunks/chunk-3IEJS7G7.mjs";
import {
  remarkParse,
  unified
} from "./chunks/chunk-AXADKXCS.mjs";
import {
  VFile
} from "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-C7ZE5HNL.mjs";
import "./chunks/chunk-ZLYKAUYY.mjs";
import "./chunks/chunk-RKSUXO5O.mjs";
import "./chunks/chunk-MDPC2WPP.mjs";
import "./chunks/chunk-S6MZPU35.mjs";
import "./chunks/chunk-N7JV54HD.mjs";
import "./chunks/chunk-GBECXXAI.mjs";
import "./chunks/chunk-MQWNU7DN.mjs";
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
