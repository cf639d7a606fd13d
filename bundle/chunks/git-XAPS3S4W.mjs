import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  changedFiles,
  changedLines,
  comparisonBase,
  fileAt,
  gitTopLevel
} from "./chunk-G6SUVXEL.mjs";
import "./chunk-54F4XOZE.mjs";
import "./chunk-U32DJMBL.mjs";
export {
  changedFiles,
  changedLines,
  comparisonBase,
  fileAt,
  gitTopLevel
};
