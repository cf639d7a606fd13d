// node:module in the browser: the bundle turns `createRequire(import.meta.url)('x')`
// into bundled code (scripts/bundle-web.mjs); what is left cannot load anything.
function createRequire() {
  const require = (specifier) => {
    throw new Error(`require(${specifier}): not available in the browser`);
  };
  require.resolve = require;
  return require;
}
module.exports = { createRequire };
