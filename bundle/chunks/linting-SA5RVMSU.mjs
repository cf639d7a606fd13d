import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordFrontmatter,
  recordPage
} from "./chunk-IIB67TL2.mjs";
import {
  parsePage
} from "./chunk-FEOBIC3B.mjs";
import "./chunk-263FYJC3.mjs";
import "./chunk-EGVWPGUB.mjs";
import {
  remarkParse,
  unified
} from "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-AR5UPDZU.mjs";
import "./chunk-KJFUP6FJ.mjs";
import "./chunk-3TJEX2VU.mjs";
import "./chunk-WRVZAHCX.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-E6FN5K4K.mjs";
import "./chunk-OVWLD2UJ.mjs";
import "./chunk-L57IF5CC.mjs";
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
