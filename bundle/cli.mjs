#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-TNXHLLVY.mjs";
import "./chunks/chunk-B5CAY57G.mjs";
import "./chunks/chunk-Y3SQ3QCO.mjs";
import "./chunks/chunk-IRFFTYFG.mjs";
import "./chunks/chunk-ACAL6ZQN.mjs";
import "./chunks/chunk-5OTX7HKS.mjs";
import "./chunks/chunk-6LHGKTKN.mjs";
import "./chunks/chunk-EGVWPGUB.mjs";
import "./chunks/chunk-4BQAJF5O.mjs";
import "./chunks/chunk-QEXTNYDE.mjs";
import "./chunks/chunk-URLJJMJD.mjs";
import "./chunks/chunk-GDTDTOTH.mjs";
import "./chunks/chunk-26SHCCWN.mjs";
import "./chunks/chunk-MEHWUHNP.mjs";
import "./chunks/chunk-IRTUEMLW.mjs";
import "./chunks/chunk-NPOHJVFY.mjs";
import "./chunks/chunk-VWB2Y7RE.mjs";
import "./chunks/chunk-PJWMYOAS.mjs";
import "./chunks/chunk-U32DJMBL.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
