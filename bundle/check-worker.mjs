import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  storeMessages
} from "./chunks/chunk-QLXL4JUP.mjs";
import {
  preset_default
} from "./chunks/chunk-EFVPKMNW.mjs";
import "./chunks/chunk-PFJV7X3D.mjs";
import "./chunks/chunk-QAVFCFL3.mjs";
import "./chunks/chunk-3IEJS7G7.mjs";
import {
  remarkParse,
  unified
} from "./chunks/chunk-2IGONTN4.mjs";
import {
  VFile
} from "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-FUQX5F4P.mjs";
import "./chunks/chunk-SVESB2GB.mjs";
import "./chunks/chunk-S6GGA4IO.mjs";
import "./chunks/chunk-MDPC2WPP.mjs";
import "./chunks/chunk-6WKQSPQS.mjs";
import "./chunks/chunk-CAH6YDDO.mjs";
import "./chunks/chunk-KJ34DISO.mjs";
import "./chunks/chunk-DAKWOVG6.mjs";

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
