import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  boundedParse,
  createProcessor,
  safeParse
} from "./shared-run-linting.mjs";
import {
  recordFrontmatter,
  recordPage
} from "./shared-entries-preset.mjs";
import "./shared-rules-external-url-rate-limited.mjs";
import "./shared-repository-resolve-link.mjs";
import "./shared-parsing-html-links.mjs";
import "./shared-repository-digest.mjs";
import "./shared-rule-kit-directives.mjs";
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
import "./shared-parsing-mkdocs-attr-list.mjs";
import "./shared-bail.mjs";
import "./shared-mdast-util-to-string.mjs";
import "./shared-unist-util-stringify-position.mjs";
import "./shared-spelling-judge.mjs";
import "./shared-spelling-dictionary.mjs";
import "./shared-parsing-tree-nodes.mjs";
import "./shared-errors.mjs";
import "./shared-reporters-printable.mjs";
import "./shared-runtime.mjs";
export {
  boundedParse,
  createProcessor,
  recordFrontmatter,
  recordPage,
  safeParse
};
