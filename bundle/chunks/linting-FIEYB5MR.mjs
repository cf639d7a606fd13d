import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordFrontmatter,
  recordPage
} from "./chunk-3MQBJ4N2.mjs";
import {
  parsePage
} from "./chunk-IMXXNVOF.mjs";
import "./chunk-NYOAK6I3.mjs";
import "./chunk-EGVWPGUB.mjs";
import {
  remarkParse,
  unified
} from "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-B2PWJYCQ.mjs";
import "./chunk-65VMCUWP.mjs";
import "./chunk-BTA5VK6W.mjs";
import "./chunk-WRVZAHCX.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-A2WPWB2I.mjs";
import "./chunk-YYNWJRUN.mjs";
import "./chunk-54F4XOZE.mjs";
import "./chunk-C7QSZ32D.mjs";
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
