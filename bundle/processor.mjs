import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  remark
} from "./chunks/chunk-GXZZMCPZ.mjs";
import {
  unified
} from "./chunks/chunk-DIRPFVSX.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-MDPC2WPP.mjs";
import "./chunks/chunk-U32DJMBL.mjs";
export {
  remark,
  unified
};
