import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);

// dist/src/rule-kit/constants.js
var SOURCE = "algoritmekader-lint";
var DOCS_BASE = "https://github.com/MinBZK/algoritmekader-lint/blob/main/docs/rules/";

export {
  SOURCE,
  DOCS_BASE
};
