/**
 * The spelling service: the Dutch and English dictionaries, loaded once per
 * process on first use (the CLI, remark-cli and the language server all ask
 * this one), with every answer remembered; and the words a repository adds.
 * A word passes when Dutch or English accepts it.
 */
import { framedTrigrams, type Hunspell, loadHunspell } from './hunspell.js';

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

  values(): string[] {
    return [...this.exact];
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
  return word.includes('’') || word.includes('‘') ? word.replace(/[’‘]/g, "'") : word;
}

/** Answers a dictionary gave, to hand to another thread's dictionary (see prefetch.ts). */
export interface Answers {
  known: Array<[string, boolean]>;
  suggested: Array<[string, string[]]>;
}

export class Dictionary {
  private readonly known = new Map<string, boolean>();
  private readonly suggested = new Map<string, string[]>();
  private loaded?: Record<'nl' | 'en', Hunspell>;
  /** Answers given since the last `takeAnswers()`, when asked to keep them. */
  private fresh?: Answers;

  /** `load` runs on the first question the remembered answers cannot answer. */
  constructor(private readonly load: () => Record<'nl' | 'en', Hunspell>) {}

  private get checkers(): Record<'nl' | 'en', Hunspell> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  /** Dutch or English accepts the word (answers remembered). */
  knows(word: string): boolean {
    const plain = normalizeApostrophe(word);
    let answer = this.known.get(plain);
    if (answer === undefined) {
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
  suggest(word: string, alsoKnown: (candidate: string) => boolean = () => false, limit = Number.POSITIVE_INFINITY): string[] {
    const plain = normalizeApostrophe(word);
    const candidates = oneEditAway(plain);
    const own = candidates.filter(alsoKnown);
    // The candidates are likeliest first: the search stops at `limit` (a look-up is the cost of a suggestion).
    const key = `${limit}\0${plain}`;
    let found = this.suggested.get(key);
    if (!found) {
      found = firstKnown(candidates, plain, this.checkers.nl, limit);
      if (found.length === 0) found = firstKnown(candidates, plain, this.checkers.en, limit);
      this.suggested.set(key, found);
      this.fresh?.suggested.push([key, found]);
    }
    return [...new Set([...own, ...found])];
  }

  /** The answers given since the last call (the first call starts keeping them). */
  takeAnswers(): Answers {
    const taken = this.fresh ?? { known: [], suggested: [] };
    this.fresh = { known: [], suggested: [] };
    return taken;
  }

  /** Answers another dictionary gave: remembered as if given here. */
  remember(answers: Answers): void {
    for (const [word, answer] of answers.known) this.known.set(word, answer);
    for (const [key, found] of answers.suggested) this.suggested.set(key, found);
  }
}

/**
 * The first `limit` of `candidates` (edits of `typed`) the checker knows, in
 * their order. A candidate with a letter trigram that neither `typed` nor any
 * of the dictionary's words has is not looked up: the look-up of a string
 * that is no word is the dear one (Hunspell tries every compound split), and
 * most edits make such a trigram (`verkrjigen`). One made of known trigrams
 * is looked up as before, so no word Hunspell knows is lost but a compound
 * or derivation whose new trigram spans its seam, which no word has.
 */
function firstKnown(candidates: string[], typed: string, checker: Hunspell, limit: number): string[] {
  const known = checker.trigrams();
  const own = framedTrigrams(typed.toLowerCase());
  const found: string[] = [];
  for (const candidate of candidates) {
    if (found.length >= limit) break;
    if (known.allKnown(candidate.toLowerCase(), own) && checker.spell(candidate)) found.push(candidate);
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

/**
 * The process's dictionary, shared by every session: Hunspell is loaded
 * (0.2 to 0.4 s) on the first question its remembered answers (perhaps
 * from the spelling worker) do not answer.
 */
export function dictionary(): Dictionary {
  shared ??= new Dictionary(loadHunspell);
  return shared;
}
