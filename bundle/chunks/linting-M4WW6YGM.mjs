import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordFrontmatter,
  recordPage
} from "./chunk-5T5WEWS2.mjs";
import {
  parsePage
} from "./chunk-QCEBABOB.mjs";
import "./chunk-YV67J7OK.mjs";
import "./chunk-EGVWPGUB.mjs";
import {
  remarkParse,
  unified
} from "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-NFUQ7APE.mjs";
import "./chunk-CGI7TZD3.mjs";
import "./chunk-TG73N3WL.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-AUNLX2I3.mjs";
import "./chunk-DVLSDEWH.mjs";
import "./chunk-SCJVOKKN.mjs";
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
