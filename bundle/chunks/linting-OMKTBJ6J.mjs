import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  PAGE_PARSE_LIMIT_MS,
  boundedParse,
  createProcessor,
  safeParse
} from "./chunk-KD6554F2.mjs";
import {
  recordFrontmatter,
  recordPage
} from "./chunk-TH4IQ46G.mjs";
import "./chunk-5OTX7HKS.mjs";
import "./chunk-EGVWPGUB.mjs";
import "./chunk-4BQAJF5O.mjs";
import "./chunk-W6FZIKPS.mjs";
import "./chunk-DIRPFVSX.mjs";
import "./chunk-QEXTNYDE.mjs";
import "./chunk-4ZAIKFMR.mjs";
import "./chunk-6WKQSPQS.mjs";
import "./chunk-YVSETIFB.mjs";
import "./chunk-W2ZMYNIN.mjs";
import "./chunk-GDTDTOTH.mjs";
import "./chunk-26SHCCWN.mjs";
import "./chunk-MEHWUHNP.mjs";
import "./chunk-IRTUEMLW.mjs";
import "./chunk-NPOHJVFY.mjs";
import "./chunk-MDPC2WPP.mjs";
import "./chunk-VWB2Y7RE.mjs";
import "./chunk-PJWMYOAS.mjs";
import "./chunk-U32DJMBL.mjs";
export {
  PAGE_PARSE_LIMIT_MS,
  boundedParse,
  createProcessor,
  recordFrontmatter,
  recordPage,
  safeParse
};
