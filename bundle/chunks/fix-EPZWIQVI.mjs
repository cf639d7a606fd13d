import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  applyFixes,
  fixDiff,
  writeFix
} from "./chunk-BVNTQZRM.mjs";
import "./chunk-4BQAJF5O.mjs";
import "./chunk-IRTUEMLW.mjs";
import "./chunk-U32DJMBL.mjs";
export {
  applyFixes,
  fixDiff,
  writeFix
};
