#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-7M7SZQCQ.mjs";
import "./chunks/chunk-B5CAY57G.mjs";
import "./chunks/chunk-QGG3IHYA.mjs";
import "./chunks/chunk-3ACODTAR.mjs";
import "./chunks/chunk-ZMHMBN6U.mjs";
import "./chunks/chunk-CXDVSTDV.mjs";
import "./chunks/chunk-KYSN7GUV.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-VBVUI4UF.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-CKC2VKVV.mjs";
import "./chunks/chunk-CWKAOTDK.mjs";
import "./chunks/chunk-TWVPR43B.mjs";
import "./chunks/chunk-SVWXMDYT.mjs";
import "./chunks/chunk-NPOHJVFY.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
