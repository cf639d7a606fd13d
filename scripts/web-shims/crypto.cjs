// node:crypto's createHash in the browser (synchronous, which Web Crypto is
// not). The model hashes texts only to see whether they changed within one
// session, never to store them or compare with another process: a fast
// 2×32-bit FNV-1a stands in for SHA-1 there. Everything else throws.
const { moduleWith } = require('./unavailable.cjs');

function createHash() {
  let text = '';
  const hash = {
    update(chunk) {
      text += String(chunk);
      return hash;
    },
    digest() {
      let a = 0x811c9dc5;
      let b = 0x01000193 ^ text.length;
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        a = Math.imul(a ^ code, 0x01000193);
        b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
      }
      return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
    },
  };
  return hash;
}

module.exports = moduleWith({ createHash });
