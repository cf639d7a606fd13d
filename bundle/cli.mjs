#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  startSpellingEarly
} from "./chunks/shared-spelling-worker-start.mjs";
import "./chunks/shared-runtime.mjs";

// dist/src/entries/cli/bin.js
startSpellingEarly(process.argv.slice(2));
var { main } = await import("./chunks/entries-cli-main.mjs");
process.exitCode = await main(process.argv.slice(2));
