#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-HF7J4LG4.mjs";
import "./chunks/chunk-OXNAH4MG.mjs";
import "./chunks/chunk-H3M3B2T4.mjs";
import "./chunks/chunk-NODHDH56.mjs";
import "./chunks/chunk-BWI4WZEX.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-JEXWP2ZI.mjs";
import "./chunks/chunk-WRVZAHCX.mjs";
import "./chunks/chunk-EG3NLX57.mjs";
import "./chunks/chunk-77FHV4YV.mjs";
import "./chunks/chunk-HBLVKKLX.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
