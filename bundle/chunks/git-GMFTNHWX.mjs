import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  changedFiles,
  changedLines,
  comparisonBase,
  fileAt,
  gitTopLevel
} from "./chunk-3ACODTAR.mjs";
import "./chunk-TWVPR43B.mjs";
import "./chunk-U32DJMBL.mjs";
export {
  changedFiles,
  changedLines,
  comparisonBase,
  fileAt,
  gitTopLevel
};
