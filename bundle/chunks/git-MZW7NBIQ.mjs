import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  changedFiles,
  changedLines,
  comparisonBase,
  fileAt,
  gitTopLevel
} from "./chunk-E2OSUYWI.mjs";
import "./chunk-3IEJS7G7.mjs";
import "./chunk-U32DJMBL.mjs";
export {
  changedFiles,
  changedLines,
  comparisonBase,
  fileAt,
  gitTopLevel
};
