#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-F5IXZ5OV.mjs";
import "./chunks/chunk-TCYO6K5O.mjs";
import "./chunks/chunk-EW6LWNX5.mjs";
import "./chunks/chunk-BUTLIUQE.mjs";
import "./chunks/chunk-AI3F4DXI.mjs";
import "./chunks/chunk-3IEJS7G7.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-LLX6ZYEN.mjs";
import "./chunks/chunk-YR5763OS.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
