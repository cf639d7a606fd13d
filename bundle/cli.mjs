#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-XZUC6UEH.mjs";
import "./chunks/chunk-B5CAY57G.mjs";
import "./chunks/chunk-CNNNCTZ3.mjs";
import "./chunks/chunk-MU4LI5BT.mjs";
import "./chunks/chunk-JGVD2L2U.mjs";
import "./chunks/chunk-AKDY54FL.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-5YW5HANG.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-3ACODTAR.mjs";
import "./chunks/chunk-IRFBXUSB.mjs";
import "./chunks/chunk-4SPTEEZM.mjs";
import "./chunks/chunk-C33SAMUI.mjs";
import "./chunks/chunk-NPOHJVFY.mjs";
import "./chunks/chunk-TWVPR43B.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
