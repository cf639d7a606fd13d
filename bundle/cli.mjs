#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-J6WTVL2Y.mjs";
import "./chunks/chunk-TCYO6K5O.mjs";
import "./chunks/chunk-EW6LWNX5.mjs";
import "./chunks/chunk-RES7OZ5O.mjs";
import "./chunks/chunk-HODXE3UG.mjs";
import "./chunks/chunk-3IEJS7G7.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-LLGVMNSS.mjs";
import "./chunks/chunk-6JP7VBJN.mjs";
import "./chunks/chunk-6KLIGVHB.mjs";
import "./chunks/chunk-DAKWOVG6.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
