#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-OCJ4K4QM.mjs";
import "./chunks/chunk-XBYJQY5A.mjs";
import "./chunks/chunk-I4ZFOCLP.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-3IEJS7G7.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-YDW7PAT3.mjs";
import "./chunks/chunk-6JP7VBJN.mjs";
import "./chunks/chunk-2OU3AEKG.mjs";
import "./chunks/chunk-C7QSZ32D.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
