import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordPage
} from "./chunk-TLDT5QXS.mjs";
import {
  parsePage
} from "./chunk-XZ6PJ7CX.mjs";
import "./chunk-AI3F4DXI.mjs";
import "./chunk-3IEJS7G7.mjs";
import {
  remarkParse,
  unified
} from "./chunk-AXADKXCS.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-M36V74D3.mjs";
import "./chunk-PYBWQKKW.mjs";
import "./chunk-LLX6ZYEN.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-RA4GDOHF.mjs";
import "./chunk-N7JV54HD.mjs";
import "./chunk-YR5763OS.mjs";
import "./chunk-CLKMARJW.mjs";
import "./chunk-U32DJMBL.mjs";

// dist/src/run/linting.js
function createProcessor() {
  return unified().use(remarkParse).use(preset_default).freeze();
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
  recordPage,
  safeParse
};
