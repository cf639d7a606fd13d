import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordFrontmatter,
  recordPage
} from "./chunk-QQT4CHMN.mjs";
import {
  parsePage
} from "./chunk-SXITWJUT.mjs";
import "./chunk-BWI4WZEX.mjs";
import "./chunk-EGVWPGUB.mjs";
import {
  remarkParse,
  unified
} from "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-QMBAKJWA.mjs";
import "./chunk-ZHI7DXOR.mjs";
import "./chunk-JEXWP2ZI.mjs";
import "./chunk-WRVZAHCX.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-SAJ27H3M.mjs";
import "./chunk-EG3NLX57.mjs";
import "./chunk-77FHV4YV.mjs";
import "./chunk-HBLVKKLX.mjs";
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
