#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-7KKBODO3.mjs";
import "./chunks/chunk-4OZQ5YCU.mjs";
import "./chunks/chunk-G6SUVXEL.mjs";
import "./chunks/chunk-XBW2W77N.mjs";
import "./chunks/chunk-SDVFDTFQ.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-GA74JHSD.mjs";
import "./chunks/chunk-WRVZAHCX.mjs";
import "./chunks/chunk-HYKVRL6I.mjs";
import "./chunks/chunk-54F4XOZE.mjs";
import "./chunks/chunk-YBTNYWO2.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
