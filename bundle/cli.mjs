#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-VOZ6MBYB.mjs";
import "./chunks/chunk-B5CAY57G.mjs";
import "./chunks/chunk-ERJG6QTF.mjs";
import "./chunks/chunk-3ACODTAR.mjs";
import "./chunks/chunk-COEMEKTR.mjs";
import "./chunks/chunk-AKDY54FL.mjs";
import "./chunks/chunk-B3WGDRV2.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-5YW5HANG.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-GWYQ2Y2R.mjs";
import "./chunks/chunk-NKOLOXH6.mjs";
import "./chunks/chunk-TWVPR43B.mjs";
import "./chunks/chunk-C33SAMUI.mjs";
import "./chunks/chunk-NPOHJVFY.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
