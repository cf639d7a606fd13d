// What a browser cannot do (Node's disk, processes, threads, sockets): every
// function of such a module throws, as on a machine where the resource is
// missing. The web server never calls these on purpose (its files come
// through FileStore); code shared with the desktop that tries anyway meets an
// error it already handles. `fallback` lets fs.cjs and crypto.cjs keep the few
// functions that do work.
function unavailable(name) {
  return function unavailableInTheBrowser() {
    const error = new Error(`${name}: not available in the browser`);
    error.code = 'ENOENT';
    throw error;
  };
}

function moduleWith(implemented) {
  return new Proxy(implemented, {
    get(target, name) {
      if (name in target) return target[name];
      if (name === '__esModule' || typeof name === 'symbol') return undefined;
      return unavailable(String(name));
    },
  });
}

module.exports = moduleWith({ parentPort: null, moduleWith });
