import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  startSpellingEarly
} from "./chunks/shared-spelling-worker-start.mjs";
import "./chunks/shared-runtime.mjs";

// dist/src/entries/action-bin.js
startSpellingEarly([]);
var { runAction } = await import("./chunks/entries-action.mjs");
process.exitCode = await runAction();
