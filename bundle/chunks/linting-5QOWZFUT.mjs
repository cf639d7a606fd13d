import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordFrontmatter,
  recordPage
} from "./chunk-ANCFL4XJ.mjs";
import {
  parsePage
} from "./chunk-FBKJ2N36.mjs";
import "./chunk-A43MRQ6D.mjs";
import "./chunk-EGVWPGUB.mjs";
import {
  remarkParse,
  unified
} from "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-Q2CHSRPA.mjs";
import "./chunk-WJVNUGRS.mjs";
import "./chunk-34WLX33T.mjs";
import "./chunk-WRVZAHCX.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-HQ7TP5JY.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-EBZ663PH.mjs";
import "./chunk-3XSEATUB.mjs";
import "./chunk-TWVPR43B.mjs";
import "./chunk-WBR56WU2.mjs";
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
  recordFrontmatter,
  recordPage,
  safeParse
};
