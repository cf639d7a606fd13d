import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  remarkParse,
  toMarkdown,
  unified
} from "./shared-bail.mjs";

// node_modules/remark-stringify/lib/index.js
function remarkStringify(options) {
  const self = this;
  self.compiler = compiler;
  function compiler(tree) {
    return toMarkdown(tree, {
      ...self.data("settings"),
      ...options,
      // Note: this option is not in the readme.
      // The goal is for it to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self.data("toMarkdownExtensions") || []
    });
  }
}

// node_modules/remark/index.js
var remark = unified().use(remarkParse).use(remarkStringify).freeze();

export {
  remark
};
