import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);

// dist/src/errors.js
var UsageError = class extends Error {
};

export {
  UsageError
};
