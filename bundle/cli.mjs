#!/usr/bin/env node
import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./chunks/shared-entries-cli-args.mjs";
import "./chunks/shared-reporters-github.mjs";
import "./chunks/shared-external-address-guard.mjs";
import "./chunks/shared-run-spelling-ahead.mjs";
import "./chunks/shared-run-stages-finish.mjs";
import "./chunks/shared-run-cache.mjs";
import "./chunks/shared-repository-digest.mjs";
import "./chunks/shared-rule-kit-directives.mjs";
import "./chunks/shared-run-signed-file.mjs";
import "./chunks/shared-parsing-frontmatter.mjs";
import "./chunks/shared-rule-kit-constants.mjs";
import "./chunks/shared-config-file-policy.mjs";
import "./chunks/shared-config-config.mjs";
import "./chunks/shared-config-glob-match.mjs";
import "./chunks/shared-package-info.mjs";
import "./chunks/shared-balanced-match-dist-esm.mjs";
import "./chunks/shared-run-atomic-write.mjs";
import "./chunks/shared-repository-source.mjs";
import "./chunks/shared-repository-files.mjs";
import "./chunks/shared-unist-util-stringify-position.mjs";
import "./chunks/shared-spelling-judge.mjs";
import "./chunks/shared-spelling-dictionary.mjs";
import "./chunks/shared-parsing-tree-nodes.mjs";
import "./chunks/shared-run-git.mjs";
import "./chunks/shared-errors.mjs";
import "./chunks/shared-reporters-printable.mjs";
import "./chunks/shared-runtime.mjs";

// dist/src/entries/cli/bin.js
process.exitCode = await main(process.argv.slice(2));
