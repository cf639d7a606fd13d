import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordPage
} from "./chunk-Q4KWURXW.mjs";
import {
  parsePage
} from "./chunk-XZ6PJ7CX.mjs";
import "./chunk-T2SBRTGH.mjs";
import "./chunk-3IEJS7G7.mjs";
import {
  remarkParse,
  unified
} from "./chunk-AXADKXCS.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-C7ZE5HNL.mjs";
import "./chunk-ZLYKAUYY.mjs";
import "./chunk-RKSUXO5O.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-S6MZPU35.mjs";
import "./chunk-N7JV54HD.mjs";
import "./chunk-GBECXXAI.mjs";
import "./chunk-MQWNU7DN.mjs";
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
