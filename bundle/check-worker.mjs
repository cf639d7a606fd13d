import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  storeMessages
} from "./chunks/chunk-DGUJIABM.mjs";
import {
  preset_default
} from "./chunks/chunk-IMLSPQ6I.mjs";
import "./chunks/chunk-PFJV7X3D.mjs";
import "./chunks/chunk-O7BLQ5GC.mjs";
import "./chunks/chunk-3IEJS7G7.mjs";
import {
  remarkParse,
  unified
} from "./chunks/chunk-2IGONTN4.mjs";
import {
  VFile
} from "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-L4KA3DNB.mjs";
import "./chunks/chunk-SVESB2GB.mjs";
import "./chunks/chunk-HVM2TPPZ.mjs";
import "./chunks/chunk-MDPC2WPP.mjs";
import "./chunks/chunk-6WKQSPQS.mjs";
import "./chunks/chunk-VJRKN67U.mjs";
import "./chunks/chunk-6JP7VBJN.mjs";
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
