import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  remark
} from "./chunks/chunk-PVNND26S.mjs";
import {
  unified
} from "./chunks/chunk-2IGONTN4.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-MDPC2WPP.mjs";
import "./chunks/chunk-DAKWOVG6.mjs";
export {
  remark,
  unified
};
