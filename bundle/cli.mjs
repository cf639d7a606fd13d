#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-IV355YR3.mjs";
import "./chunks/chunk-B5CAY57G.mjs";
import "./chunks/chunk-AMGBUL7L.mjs";
import "./chunks/chunk-SHG25MQM.mjs";
import "./chunks/chunk-6G36UXMT.mjs";
import "./chunks/chunk-6LHGKTKN.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-4BQAJF5O.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-3ACODTAR.mjs";
import "./chunks/chunk-ELUXKXXH.mjs";
import "./chunks/chunk-TR5RXHHW.mjs";
import "./chunks/chunk-IRTUEMLW.mjs";
import "./chunks/chunk-NPOHJVFY.mjs";
import "./chunks/chunk-TWVPR43B.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
