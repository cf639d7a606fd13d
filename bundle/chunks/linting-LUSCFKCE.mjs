import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordFrontmatter,
  recordPage
} from "./chunk-5XTVMBBP.mjs";
import {
  parsePage
} from "./chunk-4B735ROU.mjs";
import "./chunk-SDVFDTFQ.mjs";
import "./chunk-EGVWPGUB.mjs";
import {
  remarkParse,
  unified
} from "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-EP72SWG2.mjs";
import "./chunk-JJCVSLHE.mjs";
import "./chunk-GA74JHSD.mjs";
import "./chunk-WRVZAHCX.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-E6BRPUCE.mjs";
import "./chunk-HYKVRL6I.mjs";
import "./chunk-54F4XOZE.mjs";
import "./chunk-YBTNYWO2.mjs";
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
