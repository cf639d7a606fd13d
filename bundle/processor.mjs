import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  remark
} from "./chunks/chunk-7DDDHPV4.mjs";
import {
  unified
} from "./chunks/chunk-AXADKXCS.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-MDPC2WPP.mjs";
import "./chunks/chunk-CLKMARJW.mjs";
import "./chunks/chunk-U32DJMBL.mjs";
export {
  remark,
  unified
};
