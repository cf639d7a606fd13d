#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-VXQN7FWK.mjs";
import "./chunks/chunk-APRKABSO.mjs";
import "./chunks/chunk-4JD2QB6H.mjs";
import "./chunks/chunk-VR2WOAJN.mjs";
import "./chunks/chunk-NYOAK6I3.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-BTA5VK6W.mjs";
import "./chunks/chunk-WRVZAHCX.mjs";
import "./chunks/chunk-YYNWJRUN.mjs";
import "./chunks/chunk-54F4XOZE.mjs";
import "./chunks/chunk-C7QSZ32D.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
