import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  changedFiles,
  changedLines,
  comparisonBase,
  diffFileName,
  fileAt,
  filesAt,
  gitTopLevel,
  hasHead,
  isPlainRef,
  isShallow,
  mergeBase,
  parentsOf,
  stagedTree
} from "./shared-run-git.mjs";
import "./shared-errors.mjs";
import "./shared-reporters-printable.mjs";
import "./shared-runtime.mjs";
export {
  changedFiles,
  changedLines,
  comparisonBase,
  diffFileName,
  fileAt,
  filesAt,
  gitTopLevel,
  hasHead,
  isPlainRef,
  isShallow,
  mergeBase,
  parentsOf,
  stagedTree
};
