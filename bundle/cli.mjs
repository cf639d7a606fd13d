#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-RZ2LOWJ3.mjs";
import "./chunks/chunk-TCYO6K5O.mjs";
import "./chunks/chunk-EW6LWNX5.mjs";
import "./chunks/chunk-QLXL4JUP.mjs";
import "./chunks/chunk-QAVFCFL3.mjs";
import "./chunks/chunk-3IEJS7G7.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-S6GGA4IO.mjs";
import "./chunks/chunk-KJ34DISO.mjs";
import "./chunks/chunk-DAKWOVG6.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
