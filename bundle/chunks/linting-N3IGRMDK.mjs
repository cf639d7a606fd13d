import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  PAGE_PARSE_LIMIT_MS,
  boundedParse,
  createProcessor,
  safeParse
} from "./chunk-WSZS3GCB.mjs";
import {
  recordFrontmatter,
  recordPage
} from "./chunk-LDAHXCTC.mjs";
import "./chunk-6G36UXMT.mjs";
import "./chunk-EGVWPGUB.mjs";
import "./chunk-4BQAJF5O.mjs";
import "./chunk-W6FZIKPS.mjs";
import "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-NY2DETNL.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-7TYIX5XL.mjs";
import "./chunk-POETCY3V.mjs";
import "./chunk-ELUXKXXH.mjs";
import "./chunk-TR5RXHHW.mjs";
import "./chunk-IRTUEMLW.mjs";
import "./chunk-NPOHJVFY.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-TWVPR43B.mjs";
import "./chunk-U32DJMBL.mjs";
export {
  PAGE_PARSE_LIMIT_MS,
  boundedParse,
  createProcessor,
  recordFrontmatter,
  recordPage,
  safeParse
};
