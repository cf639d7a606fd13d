#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-DG55RVH6.mjs";
import "./chunks/chunk-OAA27ECD.mjs";
import "./chunks/chunk-7WQWCI4H.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-3DC2VSNU.mjs";
import "./chunks/chunk-BKQ6T3BS.mjs";
import "./chunks/chunk-ZSQ5RBUM.mjs";
import "./chunks/chunk-C7QSZ32D.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
