#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-MYMNKIIW.mjs";
import "./chunks/chunk-TCYO6K5O.mjs";
import "./chunks/chunk-EW6LWNX5.mjs";
import "./chunks/chunk-DGUJIABM.mjs";
import "./chunks/chunk-GBG2ML23.mjs";
import "./chunks/chunk-3IEJS7G7.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-HVM2TPPZ.mjs";
import "./chunks/chunk-6JP7VBJN.mjs";
import "./chunks/chunk-KJ34DISO.mjs";
import "./chunks/chunk-DAKWOVG6.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
