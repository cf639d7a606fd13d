import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  preset_default,
  recordFrontmatter,
  recordPage
} from "./chunk-5BTXVITN.mjs";
import {
  parsePage
} from "./chunk-4AYJOJWC.mjs";
import "./chunk-7WQWCI4H.mjs";
import "./chunk-EGVWPGUB.mjs";
import {
  remarkParse,
  unified
} from "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-6YQP5YGW.mjs";
import "./chunk-4JLFKIXB.mjs";
import "./chunk-3DC2VSNU.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-XX2OCW4I.mjs";
import "./chunk-BKQ6T3BS.mjs";
import "./chunk-ZSQ5RBUM.mjs";
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
