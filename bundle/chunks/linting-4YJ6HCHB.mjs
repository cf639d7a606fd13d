import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordFrontmatter,
  recordPage
} from "./chunk-2I4S3T2D.mjs";
import {
  parsePage
} from "./chunk-SZB6L6GF.mjs";
import "./chunk-I4ZFOCLP.mjs";
import "./chunk-EGVWPGUB.mjs";
import "./chunk-3IEJS7G7.mjs";
import {
  remarkParse,
  unified
} from "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-BN63SHP4.mjs";
import "./chunk-AYLB5AOJ.mjs";
import "./chunk-YDW7PAT3.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-H7MNUIEX.mjs";
import "./chunk-6JP7VBJN.mjs";
import "./chunk-2OU3AEKG.mjs";
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
