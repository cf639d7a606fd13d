import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  remark
} from "./chunks/shared-remark-stringify.mjs";
import {
  unified
} from "./chunks/shared-bail.mjs";
import "./chunks/shared-mdast-util-to-string.mjs";
import "./chunks/shared-unist-util-stringify-position.mjs";
import "./chunks/shared-runtime.mjs";
export {
  remark,
  unified
};
