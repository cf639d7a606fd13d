#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-2EVDM7EO.mjs";
import "./chunks/chunk-FVCLKXZB.mjs";
import "./chunks/chunk-3RA5VJ6E.mjs";
import "./chunks/chunk-CWSIFTGP.mjs";
import "./chunks/chunk-PGYQ7QO4.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-H4UBWI3V.mjs";
import "./chunks/chunk-WRVZAHCX.mjs";
import "./chunks/chunk-FTS2K6SV.mjs";
import "./chunks/chunk-L57IF5CC.mjs";
import "./chunks/chunk-YBTNYWO2.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
