import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  applyFixes,
  fixDiff,
  writeFix
} from "./shared-run-fix.mjs";
import "./shared-run-atomic-write.mjs";
import "./shared-repository-source.mjs";
import "./shared-repository-files.mjs";
import "./shared-runtime.mjs";
export {
  applyFixes,
  fixDiff,
  writeFix
};
