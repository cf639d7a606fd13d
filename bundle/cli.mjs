#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-ZHNJ6ZUH.mjs";
import "./chunks/chunk-B6ZN3QHM.mjs";
import "./chunks/chunk-3ACODTAR.mjs";
import "./chunks/chunk-72QI55OF.mjs";
import "./chunks/chunk-A43MRQ6D.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-34WLX33T.mjs";
import "./chunks/chunk-WRVZAHCX.mjs";
import "./chunks/chunk-B5CAY57G.mjs";
import "./chunks/chunk-B4ZYQONW.mjs";
import "./chunks/chunk-HQ7TP5JY.mjs";
import "./chunks/chunk-3XSEATUB.mjs";
import "./chunks/chunk-TWVPR43B.mjs";
import "./chunks/chunk-WBR56WU2.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
