import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  eachNode
} from "./shared-parsing-tree-nodes.mjs";
import {
  __require
} from "./shared-runtime.mjs";

// dist/src/spelling/hunspell.js
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
var BUNDLED_DATA = "../spelling/";
var GLUE = "hunspell-asm/dist/cjs/lib/node/hunspell.js";
var WASM_IN_GLUE = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/;
function wasmInGlue(glueText) {
  const base64 = WASM_IN_GLUE.exec(glueText)?.[1];
  if (!base64)
    throw new Error("hunspell-asm: no WebAssembly binary in its glue code");
  return new Uint8Array(Buffer.from(base64, "base64"));
}
function dataOnDisk() {
  if (!BUNDLED_DATA.startsWith("__ak")) {
    const folder = fileURLToPath(new URL(BUNDLED_DATA, import.meta.url));
    return {
      wasm: () => new Uint8Array(readFileSync(path.join(folder, "hunspell.wasm"))),
      aff: (lang) => readFileSync(path.join(folder, `${lang}.aff`)),
      dic: (lang) => readFileSync(path.join(folder, `${lang}.dic`)),
      trigrams: (lang) => {
        const file = path.join(folder, `${lang}.trigrams.json`);
        return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : void 0;
      }
    };
  }
  const resolve = createRequire(import.meta.url).resolve;
  const packageOf = (lang) => path.dirname(resolve(`dictionary-${lang}`));
  return {
    wasm: () => wasmInGlue(readFileSync(resolve(GLUE), "utf8")),
    aff: (lang) => readFileSync(path.join(packageOf(lang), "index.aff")),
    dic: (lang) => readFileSync(path.join(packageOf(lang), "index.dic"))
  };
}
var supplied;
function emscriptenModule(bytes) {
  const listeners = new Set(process.listeners("uncaughtException"));
  const glue = __require("../lazy/hunspell.cjs")["hunspell-asm/dist/cjs/lib/node/hunspell.js"];
  const module = glue({
    instantiateWasm(imports, receive) {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
      receive(instance);
      return { ...instance.exports };
    },
    print() {
    },
    printErr() {
    }
  });
  for (const listener of process.listeners("uncaughtException"))
    if (!listeners.has(listener))
      process.removeListener("uncaughtException", listener);
  return module;
}
function loadHunspell(data = supplied ?? dataOnDisk()) {
  const module = emscriptenModule(data.wasm());
  const create = module.cwrap("Hunspell_create", "number", ["number", "number"]);
  const suggest = module.cwrap("Hunspell_suggest", "number", ["number", "number", "number"]);
  const freeList = module.cwrap("Hunspell_free_list", null, ["number", "number", "number"]);
  module.FS.mkdir("/dictionaries");
  const withText = (text, use) => {
    const pointer = module.allocateUTF8(text.normalize());
    try {
      return use(pointer);
    } finally {
      module._free(pointer);
    }
  };
  const encoder = new TextEncoder();
  let buffer = { pointer: module._malloc(256), size: 256 };
  const spellDirect = (handle, word) => {
    const text = word.normalize();
    if (text.length * 3 + 1 > buffer.size) {
      module._free(buffer.pointer);
      buffer = { pointer: module._malloc(text.length * 3 + 1), size: text.length * 3 + 1 };
    }
    const heap = module.HEAPU8;
    const { written } = encoder.encodeInto(text, heap.subarray(buffer.pointer, buffer.pointer + buffer.size - 1));
    heap[buffer.pointer + written] = 0;
    return module._Hunspell_spell(handle, buffer.pointer) !== 0;
  };
  const checker = (lang) => {
    module.FS.writeFile(`/dictionaries/${lang}.aff`, data.aff(lang));
    const words = data.dic(lang);
    module.FS.writeFile(`/dictionaries/${lang}.dic`, words);
    const prepared = data.trigrams?.(lang);
    const dic = prepared ? void 0 : words;
    let trigrams;
    const handle = withText(`/dictionaries/${lang}.aff`, (aff) => withText(`/dictionaries/${lang}.dic`, (dic2) => create(aff, dic2)));
    module.FS.unlink(`/dictionaries/${lang}.aff`);
    module.FS.unlink(`/dictionaries/${lang}.dic`);
    return {
      trigrams: () => {
        trigrams ??= prepared ? Trigrams.fromList(prepared) : trigramsOfDic(dic ?? new Uint8Array());
        return trigrams;
      },
      spell: (word) => spellDirect(handle, word),
      suggest: (word) => withText(word, (pointer) => {
        const list = module._malloc(4);
        try {
          const count = suggest(handle, list, pointer);
          const items = module.getValue(list, "*");
          const found = [];
          for (let index = 0; index < count; index++)
            found.push(module.UTF8ToString(module.getValue(items + index * 4, "*")));
          freeList(handle, list, count);
          return found;
        } finally {
          module._free(list);
        }
      })
    };
  };
  return { nl: checker("nl"), en: checker("en") };
}
function trigramsOfDic(dic) {
  return new Trigrams().addWords(new TextDecoder().decode(dic).normalize("NFKC").toLowerCase());
}
var Trigrams = class _Trigrams {
  letters = /* @__PURE__ */ new Map([[BOUNDARY, 0]]);
  bits = new Uint8Array(256 * 256 * 256 / 8);
  /** Every trigram of `word` (lower case) is one of these, or one of `typed`'s (see `framedTrigrams`). */
  allKnown(word, typed) {
    const framed = `
${word}
`;
    for (let i = 0; i + 3 <= framed.length; i++) {
      const known = this.has(this.letterOf(framed.charCodeAt(i)), this.letterOf(framed.charCodeAt(i + 1)), this.letterOf(framed.charCodeAt(i + 2)));
      if (!known && !typed.has(framed.slice(i, i + 3)))
        return false;
    }
    return true;
  }
  /** The trigrams of `text`'s words: a word a line, up to a `/` (a `.dic` file), or `word` alone. */
  addWords(text) {
    let a = 0;
    let b = -1;
    let inWord = true;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 10;
      if (code === 10 || code === 13 || inWord && code === SLASH) {
        if (inWord && b !== -1)
          this.set(a, b, 0);
        a = 0;
        b = -1;
        inWord = code !== SLASH;
      } else if (!inWord)
        continue;
      else if (b === -1)
        b = this.letterFor(code);
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
  list() {
    const characters = new Map([...this.letters].map(([code, letter]) => [letter, String.fromCharCode(code)]));
    const found = [];
    for (let bit = 0; bit < this.bits.length * 8; bit++) {
      if ((this.bits[bit >> 3] & 1 << (bit & 7)) === 0)
        continue;
      found.push(`${characters.get(bit >> 16)}${characters.get(bit >> 8 & 255)}${characters.get(bit & 255)}`);
    }
    return found;
  }
  /** The trigrams `list()` gave. */
  static fromList(list) {
    const trigrams = new _Trigrams();
    for (const trigram of list)
      trigrams.set(trigrams.letterFor(trigram.charCodeAt(0)), trigrams.letterFor(trigram.charCodeAt(1)), trigrams.letterFor(trigram.charCodeAt(2)));
    return trigrams;
  }
  letterOf(code) {
    return this.letters.get(code) ?? -1;
  }
  letterFor(code) {
    let letter = this.letters.get(code);
    if (letter === void 0) {
      letter = this.letters.size < 256 ? this.letters.size : -1;
      if (letter !== -1)
        this.letters.set(code, letter);
    }
    return letter;
  }
  set(a, b, c) {
    if (a < 0 || b < 0 || c < 0)
      return;
    const bit = a << 16 | b << 8 | c;
    this.bits[bit >> 3] |= 1 << (bit & 7);
  }
  has(a, b, c) {
    if (a < 0 || b < 0 || c < 0)
      return false;
    const bit = a << 16 | b << 8 | c;
    return (this.bits[bit >> 3] & 1 << (bit & 7)) !== 0;
  }
};
var BOUNDARY = 10;
var SLASH = 47;
function framedTrigrams(word) {
  const framed = `
${word}
`;
  const trigrams = /* @__PURE__ */ new Set();
  for (let i = 0; i + 3 <= framed.length; i++)
    trigrams.add(framed.slice(i, i + 3));
  return trigrams;
}

// dist/src/spelling/dictionary.js
var WordSet = class {
  exact = /* @__PURE__ */ new Set();
  constructor(words = []) {
    for (const word of words)
      this.add(word);
  }
  add(word) {
    if (word)
      this.exact.add(normalizeApostrophe(word));
  }
  /**
   * A word written with capitals matches only so (`GitHub`); a word in lower
   * case matches itself and its capitalised form (`algoritmegovernance`,
   * `Algoritmegovernance` at the start of a sentence or in a title).
   */
  has(word) {
    const plain = normalizeApostrophe(word);
    if (this.exact.has(plain))
      return true;
    const first = plain.charAt(0);
    if (first === first.toLowerCase())
      return false;
    return this.exact.has(first.toLowerCase() + plain.slice(1));
  }
  get size() {
    return this.exact.size;
  }
  values() {
    return [...this.exact];
  }
};
function parseWordList(text) {
  const words = [];
  for (const line of text.split(/\r?\n/)) {
    const word = line.replace(/#.*$/, "").trim();
    if (word)
      words.push(word);
  }
  return words;
}
function normalizeApostrophe(word) {
  return word.includes("\u2019") || word.includes("\u2018") ? word.replace(/[’‘]/g, "'") : word;
}
var Dictionary = class {
  load;
  known = /* @__PURE__ */ new Map();
  suggested = /* @__PURE__ */ new Map();
  loaded;
  /** Answers given since the last `takeAnswers()`, when asked to keep them. */
  fresh;
  /** `load` runs on the first question the remembered answers cannot answer. */
  constructor(load) {
    this.load = load;
  }
  get checkers() {
    this.loaded ??= this.load();
    return this.loaded;
  }
  /** Dutch or English accepts the word (answers remembered). */
  knows(word) {
    const plain = normalizeApostrophe(word);
    let answer = this.known.get(plain);
    if (answer === void 0) {
      answer = this.checkers.nl.spell(plain) || this.checkers.en.spell(plain);
      this.known.set(plain, answer);
      this.fresh?.known.push([plain, answer]);
    }
    return answer;
  }
  /**
   * Replacements for an unknown word: the words one edit away (a letter
   * left out, two letters swapped, one letter changed, one added), Dutch
   * (and `alsoKnown`, the repository's words) first, English only when
   * Dutch has none. Hunspell's own suggestions take 0.1 to 0.7 s a word on
   * the Dutch dictionary (its n-gram and compound searches); this takes
   * 5 to 25 ms and finds the same word for typos.
   */
  suggest(word, alsoKnown = () => false, limit = Number.POSITIVE_INFINITY) {
    const plain = normalizeApostrophe(word);
    const candidates = oneEditAway(plain);
    const own = candidates.filter(alsoKnown);
    const key = `${limit}\0${plain}`;
    let found = this.suggested.get(key);
    if (!found) {
      found = firstKnown(candidates, plain, this.checkers.nl, limit);
      if (found.length === 0)
        found = firstKnown(candidates, plain, this.checkers.en, limit);
      this.suggested.set(key, found);
      this.fresh?.suggested.push([key, found]);
    }
    return [.../* @__PURE__ */ new Set([...own, ...found])];
  }
  /** The answers given since the last call (the first call starts keeping them). */
  takeAnswers() {
    const taken = this.fresh ?? { known: [], suggested: [] };
    this.fresh = { known: [], suggested: [] };
    return taken;
  }
  /** Answers another dictionary gave: remembered as if given here. */
  remember(answers) {
    for (const [word, answer] of answers.known)
      this.known.set(word, answer);
    for (const [key, found] of answers.suggested)
      this.suggested.set(key, found);
  }
};
function firstKnown(candidates, typed, checker, limit) {
  const known = checker.trigrams();
  const own = framedTrigrams(typed.toLowerCase());
  const found = [];
  for (const candidate of candidates) {
    if (found.length >= limit)
      break;
    if (known.allKnown(candidate.toLowerCase(), own) && checker.spell(candidate))
      found.push(candidate);
  }
  return found;
}
var LETTERS = [..."abcdefghijklmnopqrstuvwxyz\xEB'"];
var KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
var VOWELS = "aeiouy\xEB";
function symmetric(pairs) {
  const near = {};
  for (const [a, b] of pairs) {
    near[a] ??= /* @__PURE__ */ new Set();
    near[b] ??= /* @__PURE__ */ new Set();
    near[a].add(b);
    near[b].add(a);
  }
  return Object.fromEntries(Object.entries(near).map(([letter, set]) => [letter, [...set]]));
}
var ALIKE = symmetric([
  ...[...VOWELS].flatMap((a) => [...VOWELS].filter((b) => b !== a).map((b) => [a, b])),
  ["d", "t"],
  ["c", "k"],
  ["c", "s"],
  ["s", "z"],
  ["f", "v"],
  ...[..."\xEB\xE9"].map((letter) => ["e", letter]),
  ...[..."\xEF\xED"].map((letter) => ["i", letter]),
  ...[..."\xF6\xF3"].map((letter) => ["o", letter]),
  ...[..."\xFC\xFA"].map((letter) => ["u", letter]),
  ["a", "\xE1"]
]);
var NEIGHBOURS = symmetric(KEYBOARD.flatMap((row, r) => [...row].flatMap((letter, i) => {
  const below = KEYBOARD[r + 1] ?? "";
  return [
    [letter, row[i + 1]],
    [letter, below[i]],
    [letter, below[i - 1]]
  ].filter((pair) => Boolean(pair[1]));
})));
function oneEditAway(word) {
  const out = /* @__PURE__ */ new Set();
  const n = word.length;
  const at = (i, replace, insert) => out.add(word.slice(0, i) + insert + word.slice(i + replace));
  const cased = (i, letter) => word[i] === word[i].toLowerCase() ? letter : letter.toUpperCase();
  for (let i = 0; i < n; i++) {
    if (word[i] === word[i + 1])
      at(i, 1, "");
    else if (new RegExp("\\p{L}", "u").test(word[i]))
      at(i, 0, word[i]);
  }
  for (let i = 0; i + 1 < n; i++)
    at(i, 2, word[i + 1] + word[i]);
  for (let i = 0; i < n; i++)
    for (const letter of ALIKE[word[i].toLowerCase()] ?? [])
      at(i, 1, cased(i, letter));
  for (let i = 0; i < n; i++)
    at(i, 1, "");
  for (let i = 0; i < n; i++)
    for (const letter of NEIGHBOURS[word[i].toLowerCase()] ?? [])
      at(i, 1, cased(i, letter));
  for (let i = 0; i <= n; i++)
    for (const letter of LETTERS)
      at(i, 0, letter);
  out.delete(word);
  return [...out].filter((candidate) => candidate.length > 1 && !/^'|''|'$/.test(candidate));
}
var shared;
function dictionary() {
  shared ??= new Dictionary(loadHunspell);
  return shared;
}

// dist/src/spelling/prose.js
var NOT_PROSE = [
  /\b(?:https?|ftp|mailto):[^\s<>)\]]*/gi,
  /\bwww\.[^\s<>)\]]+/gi,
  // Domain names in the text (`data.overheid.nl`).
  /(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|eu|net|io|gov|int|edu|be|de|uk|ai)\b(?:\/[^\s<>)\]]*)?/gi,
  // HTML tags the parser left in the text (unquoted attributes).
  /<\/?[A-Za-z][^<>\n]*>/g,
  // pymdownx blocks: `/// html | div[style='…']`.
  /^[ \t]*\/\/\/.*$/gm,
  /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g,
  /\{[^{}\n]*\}/g,
  /&(?:#\d+|#x[\da-f]+|\w+);/gi,
  // File names and paths: `index.md`, `docs/rollen/jurist.md`.
  /(?<![\w./-])[\w./-]*\.(?:md|pdf|html?|png|jpe?g|svg|gif|csv|xlsx?|docx?|pptx?|odt|ya?ml|json|txt|zip|py|js|ts|xml)\b/gi,
  // Abbreviation definitions (mkdocs `abbr`), a line each.
  /^[ \t]*\*\[[^\]\n]*\]:.*$/gm
];
var WORD = /(?:(?<![\p{L}\p{N}])['’](?=[stk]-))?[\p{L}\p{M}\p{N}_]+(?:['’.-][\p{L}\p{M}\p{N}_]+)*/gu;
function maskedText(source) {
  let masked = source;
  for (const pattern of NOT_PROSE)
    masked = masked.replace(pattern, (found) => found.replace(/[^\n]/g, " "));
  return masked;
}
function definedTerms(text) {
  return [...text.matchAll(/^[ \t]*\*\[([^\]\n]+)\]:/gm)].map((match) => match[1]);
}
function wordsIn(text, offset) {
  const words = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!isCheckable(word))
      continue;
    words.push({ word, start: offset + match.index, end: offset + match.index + word.length });
  }
  return words;
}
function isAbbreviation(part) {
  const letters = part.replace(/['’]s$/, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
function isNameLike(part) {
  return new RegExp("^.+\\p{Lu}", "u").test(part) && !isAbbreviation(part);
}
function isCheckable(word) {
  if (new RegExp("^\\p{Ll}+$", "u").test(word))
    return word.length > 1;
  if (/[\p{N}_]/u.test(word))
    return false;
  const parts = word.replace(/^['’]/, "").split(/[-.]/);
  return parts.some((part) => part.length > 1 && !isAbbreviation(part) && !isNameLike(part));
}
function proseWords(tree, source, frontmatter) {
  const masked = maskedText(source);
  const words = [];
  for (const key of ["title", "toelichting"]) {
    if (typeof frontmatter.data[key] !== "string")
      continue;
    const place = frontmatter.positionOf([key]);
    const start = place?.start.offset;
    const end = place?.end.offset;
    if (start !== void 0 && end !== void 0)
      words.push(...wordsIn(masked.slice(start, end), start));
  }
  eachNode(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === void 0 || end === void 0)
      return;
    if (node.type === "text")
      words.push(...wordsIn(masked.slice(start, end), start));
    else if (node.type === "admonition" && node.title) {
      const lineEnd = source.indexOf("\n", start);
      const headerEnd = lineEnd === -1 ? end : lineEnd;
      const at = source.slice(start, headerEnd).indexOf(`"${node.title}"`);
      if (at !== -1)
        words.push(...wordsIn(masked.slice(start + at + 1, start + at + 1 + node.title.length), start + at + 1));
    }
  });
  return words;
}

export {
  WordSet,
  parseWordList,
  dictionary,
  definedTerms,
  wordsIn,
  isAbbreviation,
  proseWords
};
