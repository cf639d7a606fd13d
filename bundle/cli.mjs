#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-N4LBOEOT.mjs";
import "./chunks/chunk-B5CAY57G.mjs";
import "./chunks/chunk-5NJXDO47.mjs";
import "./chunks/chunk-JGQB63QO.mjs";
import "./chunks/chunk-Y3DDURHH.mjs";
import "./chunks/chunk-I37V7UV5.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-HKMEI7EM.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-VWMMCFZW.mjs";
import "./chunks/chunk-EGHQ5APJ.mjs";
import "./chunks/chunk-RJU3NHDM.mjs";
import "./chunks/chunk-GLC762NP.mjs";
import "./chunks/chunk-PXTZMONH.mjs";
import "./chunks/chunk-T37GTEGO.mjs";
import "./chunks/chunk-NPOHJVFY.mjs";
import "./chunks/chunk-NSJMYWO4.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
