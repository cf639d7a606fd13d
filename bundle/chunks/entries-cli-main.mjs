import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  main
} from "./shared-entries-cli-args.mjs";
import "./shared-reporters-github.mjs";
import "./shared-external-address-guard.mjs";
import "./shared-run-spelling-ahead.mjs";
import "./shared-spelling-worker-start.mjs";
import "./shared-run-stages-finish.mjs";
import "./shared-run-cache.mjs";
import "./shared-repository-digest.mjs";
import "./shared-rule-kit-directives.mjs";
import "./shared-run-signed-file.mjs";
import "./shared-parsing-frontmatter.mjs";
import "./shared-rule-kit-constants.mjs";
import "./shared-config-file-policy.mjs";
import "./shared-config-config.mjs";
import "./shared-config-glob-match.mjs";
import "./shared-package-info.mjs";
import "./shared-balanced-match-dist-esm.mjs";
import "./shared-run-atomic-write.mjs";
import "./shared-repository-source.mjs";
import "./shared-repository-files.mjs";
import "./shared-unist-util-stringify-position.mjs";
import "./shared-spelling-judge.mjs";
import "./shared-spelling-dictionary.mjs";
import "./shared-parsing-tree-nodes.mjs";
import "./shared-run-git.mjs";
import "./shared-errors.mjs";
import "./shared-reporters-printable.mjs";
import "./shared-runtime.mjs";
export {
  main
};
