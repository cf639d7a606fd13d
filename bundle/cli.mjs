#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-SVO3CNET.mjs";
import "./chunks/chunk-AQBRGHWL.mjs";
import "./chunks/chunk-3RA5VJ6E.mjs";
import "./chunks/chunk-FC4RZMQW.mjs";
import "./chunks/chunk-263FYJC3.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-3TJEX2VU.mjs";
import "./chunks/chunk-WRVZAHCX.mjs";
import "./chunks/chunk-OVWLD2UJ.mjs";
import "./chunks/chunk-L57IF5CC.mjs";
import "./chunks/chunk-HBLVKKLX.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
