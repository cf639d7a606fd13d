import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  changedFiles,
  changedLines,
  comparisonBase,
  fileAt,
  gitTopLevel
} from "./chunk-4JD2QB6H.mjs";
import "./chunk-54F4XOZE.mjs";
import "./chunk-U32DJMBL.mjs";
export {
  changedFiles,
  changedLines,
  comparisonBase,
  fileAt,
  gitTopLevel
};
