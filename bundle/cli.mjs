#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-ZZMVAUEU.mjs";
import "./chunks/chunk-GZ7J5WBT.mjs";
import "./chunks/chunk-DP222M2O.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-NQ4OC4LY.mjs";
import "./chunks/chunk-J3ANYQOP.mjs";
import "./chunks/chunk-JKWWSDVZ.mjs";
import "./chunks/chunk-C7QSZ32D.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
