/**
 * The spelling service: the Dutch and English dictionaries, loaded once per
 * process on first use (the CLI, remark-cli and the language server all ask
 * this one), with every answer remembered; and the words a repository adds.
 * A word passes when Dutch or English accepts it.
 */
import { type Hunspell, loadHunspell } from './hunspell.js';

/** Words a repository accepts besides the dictionaries (its word lists, its glossary, its vocabulary names). */
export class WordSet {
  private readonly exact = new Set<string>();

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    if (word) this.exact.add(normalizeApostrophe(word));
  }

  /**
   * A word written with capitals matches only so (`GitHub`); a word in lower
   * case matches itself and its capitalised form (`algoritmegovernance`,
   * `Algoritmegovernance` at the start of a sentence or in a title).
   */
  has(word: string): boolean {
    const plain = normalizeApostrophe(word);
    if (this.exact.has(plain)) return true;
    const first = plain.charAt(0);
    if (first === first.toLowerCase()) return false;
    return this.exact.has(first.toLowerCase() + plain.slice(1));
  }

  get size(): number {
    return this.exact.size;
  }
}

/** One word a line; `#` starts a comment (a whole line or the rest of a line). */
export function parseWordList(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const word = line.replace(/#.*$/, '').trim();
    if (word) words.push(word);
  }
  return words;
}

function normalizeApostrophe(word: string): string {
  return word.replace(/[’‘]/g, "'");
}

export class Dictionary {
  private readonly known = new Map<string, boolean>();
  private readonly suggested = new Map<string, string[]>();

  constructor(private readonly checkers: Record<'nl' | 'en', Hunspell>) {}

  /** Dutch or English accepts the word (answers remembered). */
  knows(word: string): boolean {
    const plain = normalizeApostrophe(word);
    let answer = this.known.get(plain);
    if (answer === undefined) {
      answer = this.checkers.nl.spell(plain) || this.checkers.en.spell(plain);
      this.known.set(plain, answer);
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
  suggest(word: string, alsoKnown: (candidate: string) => boolean = () => false, limit = Number.POSITIVE_INFINITY): string[] {
    const plain = normalizeApostrophe(word);
    const candidates = oneEditAway(plain);
    const own = candidates.filter(alsoKnown);
    // The candidates are likeliest first: the search stops at `limit` (a look-up is the cost of a suggestion).
    const key = `${limit}\0${plain}`;
    let found = this.suggested.get(key);
    if (!found) {
      found = firstKnown(candidates, this.checkers.nl, limit);
      if (found.length === 0) found = firstKnown(candidates, this.checkers.en, limit);
      this.suggested.set(key, found);
    }
    return [...new Set([...own, ...found])];
  }
}

/** The first `limit` of `candidates` the checker knows, in their order. */
function firstKnown(candidates: string[], checker: Hunspell, limit: number): string[] {
  const found: string[] = [];
  for (const candidate of candidates) {
    if (found.length >= limit) break;
    if (checker.spell(candidate)) found.push(candidate);
  }
  return found;
}

/** Letters a typo may have left out. */
const LETTERS = [..."abcdefghijklmnopqrstuvwxyzë'"];
const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = 'aeiouyë';

function symmetric(pairs: Array<[string, string]>): Record<string, string[]> {
  const near: Record<string, Set<string>> = {};
  for (const [a, b] of pairs) {
    near[a] ??= new Set();
    near[b] ??= new Set();
    near[a].add(b);
    near[b].add(a);
  }
  return Object.fromEntries(Object.entries(near).map(([letter, set]) => [letter, [...set]]));
}

/** A vowel for another, letters that sound alike (`d`/`t`, `c`/`k`, `c`/`s`, `s`/`z`, `f`/`v`), a letter and its accented form. */
const ALIKE = symmetric([
  ...[...VOWELS].flatMap((a) => [...VOWELS].filter((b) => b !== a).map((b): [string, string] => [a, b])),
  ['d', 't'],
  ['c', 'k'],
  ['c', 's'],
  ['s', 'z'],
  ['f', 'v'],
  ...[...'ëé'].map((letter): [string, string] => ['e', letter]),
  ...[...'ïí'].map((letter): [string, string] => ['i', letter]),
  ...[...'öó'].map((letter): [string, string] => ['o', letter]),
  ...[...'üú'].map((letter): [string, string] => ['u', letter]),
  ['a', 'á'],
]);

/** Neighbours on a QWERTY keyboard (as the Dutch dictionary's KEY line): beside, above and below. */
const NEIGHBOURS = symmetric(
  KEYBOARD.flatMap((row, r) =>
    [...row].flatMap((letter, i): Array<[string, string]> => {
      const below = KEYBOARD[r + 1] ?? '';
      return [
        [letter, row[i + 1]],
        [letter, below[i]],
        [letter, below[i - 1]],
      ].filter((pair): pair is [string, string] => Boolean(pair[1]));
    }),
  ),
);

/**
 * The strings one edit from `word` that a typo explains, the likeliest
 * first: a letter doubled or not doubled (`bewijsstuken`, `Overijsel`), two
 * letters swapped, a vowel or a letter that sounds alike (`rigide`,
 * `elektriciteit`), a letter too many, a neighbour on the keyboard, a
 * letter left out. Every one is looked up in the dictionary, so their
 * number is the cost of a suggestion.
 */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  const n = word.length;
  const at = (i: number, replace: number, insert: string) => out.add(word.slice(0, i) + insert + word.slice(i + replace));
  const cased = (i: number, letter: string) => (word[i] === word[i].toLowerCase() ? letter : letter.toUpperCase());
  for (let i = 0; i < n; i++) {
    if (word[i] === word[i + 1]) at(i, 1, '');
    else if (/\p{L}/u.test(word[i])) at(i, 0, word[i]);
  }
  for (let i = 0; i + 1 < n; i++) at(i, 2, word[i + 1] + word[i]);
  for (let i = 0; i < n; i++) for (const letter of ALIKE[word[i].toLowerCase()] ?? []) at(i, 1, cased(i, letter));
  for (let i = 0; i < n; i++) at(i, 1, '');
  for (let i = 0; i < n; i++) for (const letter of NEIGHBOURS[word[i].toLowerCase()] ?? []) at(i, 1, cased(i, letter));
  for (let i = 0; i <= n; i++) for (const letter of LETTERS) at(i, 0, letter);
  out.delete(word);
  return [...out].filter((candidate) => candidate.length > 1 && !/^'|''|'$/.test(candidate));
}

let shared: Dictionary | undefined;

/** The process's dictionary: loaded on first call (0.2 to 0.4 s), then shared by every session. */
export function dictionary(): Dictionary {
  shared ??= new Dictionary(loadHunspell());
  return shared;
}

/** Whether the dictionaries were loaded in this process (tests, `--timing`). */
export function dictionaryLoaded(): boolean {
  return shared !== undefined;
}
