#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-SE277CKR.mjs";
import "./chunks/chunk-R3DZGIXD.mjs";
import "./chunks/chunk-JRXB6TZO.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-FAVPXUKO.mjs";
import "./chunks/chunk-AWBZZOO3.mjs";
import "./chunks/chunk-SCJVOKKN.mjs";
import "./chunks/chunk-C7QSZ32D.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
