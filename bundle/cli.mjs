#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-POYFEZQP.mjs";
import "./chunks/chunk-TCYO6K5O.mjs";
import "./chunks/chunk-A35AOTZD.mjs";
import "./chunks/chunk-I47FHBHI.mjs";
import "./chunks/chunk-T2SBRTGH.mjs";
import "./chunks/chunk-3IEJS7G7.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-RKSUXO5O.mjs";
import "./chunks/chunk-GBECXXAI.mjs";
import "./chunks/chunk-MQWNU7DN.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
