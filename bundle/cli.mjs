#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-DHU7N4IG.mjs";
import "./chunks/chunk-RMKEM2EQ.mjs";
import "./chunks/chunk-YV67J7OK.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-TG73N3WL.mjs";
import "./chunks/chunk-DVLSDEWH.mjs";
import "./chunks/chunk-SCJVOKKN.mjs";
import "./chunks/chunk-C7QSZ32D.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
