import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  changedFiles,
  changedLines,
  comparisonBase,
  fileAt,
  gitTopLevel
} from "./chunk-VWMMCFZW.mjs";
import "./chunk-NSJMYWO4.mjs";
import "./chunk-U32DJMBL.mjs";
export {
  changedFiles,
  changedLines,
  comparisonBase,
  fileAt,
  gitTopLevel
};
