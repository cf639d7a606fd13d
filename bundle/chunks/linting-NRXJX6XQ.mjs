import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordFrontmatter,
  recordPage
} from "./chunk-2BUGTO7K.mjs";
import {
  parsePage
} from "./chunk-3L2W4KKW.mjs";
import "./chunk-QY7YPDGI.mjs";
import "./chunk-EGVWPGUB.mjs";
import "./chunk-3IEJS7G7.mjs";
import {
  remarkParse,
  unified
} from "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-R2AQFO33.mjs";
import "./chunk-E4INES43.mjs";
import "./chunk-4VBOKQ77.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-RGYSMUJL.mjs";
import "./chunk-6JP7VBJN.mjs";
import "./chunk-VZP4U3K6.mjs";
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
