import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordFrontmatter,
  recordPage
} from "./chunk-JXLDABSU.mjs";
import {
  parsePage
} from "./chunk-PFJV7X3D.mjs";
import "./chunk-HODXE3UG.mjs";
import "./chunk-3IEJS7G7.mjs";
import {
  remarkParse,
  unified
} from "./chunk-2IGONTN4.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-HDEF4YJ2.mjs";
import "./chunk-Y2M5GM4H.mjs";
import "./chunk-LLGVMNSS.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-VJRKN67U.mjs";
import "./chunk-6JP7VBJN.mjs";
import "./chunk-6KLIGVHB.mjs";
import "./chunk-DAKWOVG6.mjs";

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
