// hunspell-asm's emscripten glue carries its WebAssembly binary as a base64
// data URI. Both bundles leave it out of the glue: the Node bundle keeps the
// binary in bundle/spelling/hunspell.wasm (compiled from there, synchronously:
// src/spelling/hunspell.ts), and the web extension sends that file to its
// server, which is 0.6 MB lighter for it.
import { readFileSync } from 'node:fs';

const WASM_DATA_URI = /(data:application\/octet-stream;base64,)([A-Za-z0-9+/=]+)/;

/** An esbuild plugin: hunspell-asm's `node` or `browser` glue without its binary. */
export function glueWithoutWasm(flavour) {
  return {
    name: `hunspell-${flavour}-without-wasm`,
    setup(context) {
      context.onLoad({ filter: new RegExp(`hunspell-asm[\\\\/]dist[\\\\/]cjs[\\\\/]lib[\\\\/]${flavour}[\\\\/]hunspell\\.js$`) }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replace(WASM_DATA_URI, '$1'),
        loader: 'js',
      }));
    },
  };
}

/** The binary the glue's text carries. */
export function wasmOfGlue(glue) {
  return Buffer.from(WASM_DATA_URI.exec(glue)[2], 'base64');
}
