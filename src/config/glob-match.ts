/**
 * Glob and gitignore patterns from the repository (`ignores`,
 * `overrides[].files`, `.algoritmekader-lintignore`, mkdocs.yml's
 * `exclude_docs` and `draft_docs`, page globs on the command line) matched in
 * linear time: each pattern is translated once to a regular expression that
 * runs on RE2 (re2js), so matching costs at most pattern × path, whatever a
 * pull request writes. (minimatch and `ignore` backtrack: sixteen `**∕` in an
 * ignore file against a page 40 folders deep took minutes.)
 *
 * Two dialects, with the meaning they had before (test/glob-match.test.ts
 * compares them with minimatch and `ignore` on generated patterns and paths):
 *
 * - glob (minimatch with `dot: true`, `nocomment: true`): `*`, `?`, `[…]`
 *   (with `!`/`^` and POSIX classes), `**` as a whole segment, `{a,b}` and
 *   `{1..3}`, `\` escapes, a leading `!` negates.
 * - gitignore (as the `ignore` package reads it): `#` comments, `!`
 *   negation with the last matching line deciding, a leading or middle `/`
 *   anchors, a pattern without one matches at any depth, a trailing `/`
 *   matches folders (and so everything under them), `**∕`, `/**∕`, `/**`.
 *
 * What a dialect cannot say the same way on RE2, or said differently by git
 * and the `ignore` package, is refused with a GlobError, never guessed:
 * extglobs (`+(a|b)`), negated or nested classes in gitignore, escapes other
 * than `\ `, `\!` and `\#` in gitignore; also patterns over MAX_PATTERN_LENGTH
 * characters or with over MAX_ALTERNATIVES brace alternatives.
 */
import { expand } from 'brace-expansion';
import { RE2JS } from 're2js';
import type { Localized } from '../rule-kit/i18n.js';

export const MAX_PATTERN_LENGTH = 1024;
export const MAX_ALTERNATIVES = 256;
/** Patterns in one list or file (the ignore file, `exclude_docs`, `ignores`). */
export const MAX_PATTERNS = 1000;
/** Characters of all patterns of one list or file together, braces expanded: what one match may cost. */
export const MAX_TOTAL_LENGTH = 64 * 1024;

/** A pattern that cannot be matched in linear time with its meaning kept; `reason` says why, in both languages. */
export class GlobError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: Localized,
    /** 1-based line in a gitignore text, when the pattern came from one. */
    readonly line?: number,
    /** 1-based column of the problem in the pattern's line. */
    readonly column = 1,
  ) {
    super(`${pattern}: ${reason.en}`);
  }
}

const REASONS = {
  tooLong: {
    nl: `langer dan ${MAX_PATTERN_LENGTH} tekens`,
    en: `longer than ${MAX_PATTERN_LENGTH} characters`,
  },
  tooManyAlternatives: {
    nl: `accolades geven meer dan ${MAX_ALTERNATIVES} varianten`,
    en: `braces give over ${MAX_ALTERNATIVES} alternatives`,
  },
  tooMany: { nl: `meer dan ${MAX_PATTERNS} patronen`, en: `over ${MAX_PATTERNS} patterns` },
  tooLarge: {
    nl: `samen (accolades uitgeschreven) meer dan ${MAX_TOTAL_LENGTH} tekens`,
    en: `over ${MAX_TOTAL_LENGTH} characters together (braces expanded)`,
  },
  extglob: {
    nl: 'extglob-groepen zoals +(a|b) of !(a) worden niet ondersteund; gebruik {a,b}',
    en: 'extglob groups such as +(a|b) or !(a) are not supported; use {a,b}',
  },
  posixClass: {
    nl: 'POSIX-klassen zoals [[:alpha:]] worden niet ondersteund; gebruik [a-zA-Z]',
    en: 'POSIX classes such as [[:alpha:]] are not supported; use [a-zA-Z]',
  },
  gitignoreEscape: {
    nl: 'een \\ staat hier alleen voor een spatie, of vooraan voor ! of #',
    en: 'a \\ is only supported before a space, or at the start before ! or #',
  },
  gitignoreClass: {
    nl: 'tussen [ ] alleen letters, cijfers, leestekens en oplopende bereiken zoals a-z (geen [!…], [^…], [[:…:]], * ? \\ of /)',
    en: 'only letters, digits, punctuation and ascending ranges such as a-z go between [ ] (no [!…], [^…], [[:…:]], * ? \\ or /)',
  },
  gitignoreUnclosedClass: { nl: 'een [ zonder ]', en: 'a [ without ]' },
  pathspecEscape: { nl: 'een \\ aan het eind van het patroon', en: 'a \\ at the end of the pattern' },
  pathspecClass: {
    nl: 'tussen [ ] alleen letters, cijfers, _ . spatie en oplopende bereiken zoals a-z (na een eventuele ! of ^)',
    en: 'only letters, digits, _ . space and ascending ranges such as a-z go between [ ] (after an optional ! or ^)',
  },
  pathspecEmpty: { nl: 'een patroon zonder inhoud', en: 'a pattern without content' },
} satisfies Record<string, Localized>;

export type PathTest = (path: string) => boolean;

const LINE_CHAR = '[^\\n\\r\\x{2028}\\x{2029}]'; // what `.` is in a JavaScript pattern
const escapeRe = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** The translation on RE2; a GlobError (never a crash) should RE2 refuse it. */
function compile(source: string, ignoreCase = false): PathTest {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    const detail = (error as { getDescription?: () => string }).getDescription?.() ?? (error as Error).message;
    throw new GlobError('', { nl: `niet te vertalen naar RE2 (${detail})`, en: `cannot be translated to RE2 (${detail})` });
  }
  return (path) => re.test(path);
}

// ---------------------------------------------------------------- glob (minimatch)

/**
 * A `[` class at `position`, as minimatch reads it (its `parseClass`):
 * [regex, characters consumed]; consumed 0 when it is no class (a literal
 * `[`). A class never matches `/` (minimatch splits the pattern there first).
 */
const classEscape = (c: string) => c.replace(/[[\]\\^-]/g, '\\$&');
const NOTHING = '[^\\x00-\\x{10FFFF}]';
const POSIX_CLASS = /^\[:(alnum|alpha|ascii|blank|cntrl|digit|graph|lower|print|punct|space|upper|word|xdigit):\]/;

/** `from-to` without `/`. */
function classRange(from: string, to: string): string {
  if (from > '/' || to < '/') return `${classEscape(from)}-${classEscape(to)}`;
  const below = from < '/' ? [from === '.' ? '.' : `${classEscape(from)}-.`] : [];
  const above = to > '/' ? [to === '0' ? '0' : `0-${classEscape(to)}`] : [];
  return [...below, ...above].join('');
}

function globClass(glob: string, position: number): [string, number] {
  const ranges: string[] = [];
  let i = position + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let end = position;
  let rangeStart = '';
  while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === '!' || c === '^') && i === position + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === ']' && sawStart && !escaping) {
      end = i + 1;
      break;
    }
    sawStart = true;
    if (c === '\\' && !escaping) {
      escaping = true;
      i++;
      continue;
    }
    if (c === '[' && !escaping && POSIX_CLASS.test(glob.slice(i))) throw new GlobError(glob, REASONS.posixClass);
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) ranges.push(classRange(rangeStart, c));
      else if (c === rangeStart) ranges.push(classEscape(c));
      rangeStart = '';
      i++;
      continue;
    }
    if (glob.startsWith('-]', i + 1)) {
      ranges.push(classEscape(c) + classEscape('-'));
      i += 2;
      continue;
    }
    if (glob.startsWith('-', i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(classEscape(c));
    i++;
  }
  if (end < i) return ['', 0];
  const body = ranges.join('');
  if (!body) return [NOTHING, glob.length - position]; // as minimatch: nothing matches
  return [`[${negate ? '^/' : ''}${body}]`, end - position];
}

/** One path segment of a glob (no `/`, not `**`) as a regex for one path segment. */
function globSegment(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) {
      out += escapeRe(segment[++i]);
    } else if ('!?+*@'.includes(c) && segment[i + 1] === '(') {
      throw new GlobError(segment, REASONS.extglob);
    } else if (c === '*') {
      out += '[^/]*';
      while (segment[i + 1] === '*') i++;
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const [regex, length] = globClass(segment, i);
      if (length === 0) out += '\\[';
      else {
        out += regex;
        i += length - 1;
      }
    } else {
      out += escapeRe(c);
    }
  }
  return out;
}

const GLOBSTAR = Symbol('**');

/** minimatch's level-one optimisation: `**` runs collapsed, `a/..` removed. */
function simplify(parts: string[]): Array<string | typeof GLOBSTAR> {
  const set: string[] = [];
  for (const part of parts) {
    const previous = set[set.length - 1];
    if (part === '**' && previous === '**') continue;
    if (part === '..' && previous && previous !== '..' && previous !== '.' && previous !== '**') {
      set.pop();
      continue;
    }
    set.push(part);
  }
  return (set.length === 0 ? [''] : set).map((part) => (part === '**' ? GLOBSTAR : part));
}

/** One brace alternative, no negation, as an anchored regex body. */
function globAlternative(pattern: string): string {
  const parts = simplify(pattern.split(/\/+/));
  let out = '';
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    if (part === GLOBSTAR) out += last ? '[^/]+(?:/[^/]+)*' : '(?:[^/]+/)*';
    else out += globSegment(part) + (last ? '' : '/');
  }
  return out;
}

/**
 * A glob (minimatch dialect, `dot: true`, `nocomment: true`) as a test of
 * a relative POSIX path. Throws GlobError.
 */
export function globTest(glob: string, budget = { left: MAX_TOTAL_LENGTH }): PathTest {
  if (glob.length > MAX_PATTERN_LENGTH) throw new GlobError(glob, REASONS.tooLong);
  if (!glob) return (path) => path === '';
  let pattern = glob;
  let negate = false;
  while (pattern.startsWith('!')) {
    negate = !negate;
    pattern = pattern.slice(1);
  }
  let alternatives = [pattern];
  if (/\{[^{]*\}/.test(pattern)) {
    alternatives = expand(pattern, { max: MAX_ALTERNATIVES + 1 });
    if (alternatives.length > MAX_ALTERNATIVES) throw new GlobError(glob, REASONS.tooManyAlternatives);
  }
  budget.left -= alternatives.reduce((sum, alternative) => sum + alternative.length, 0);
  if (budget.left < 0) throw new GlobError(glob, REASONS.tooLarge);
  let test: PathTest;
  try {
    const bodies = [...new Set(alternatives)].map(globAlternative);
    test = bodies.length === 0 ? () => false : compile(`^(?:${bodies.join('|')})$`);
  } catch (error) {
    if (error instanceof GlobError) throw new GlobError(glob, error.reason);
    throw error;
  }
  // A path split on `/` as minimatch splits it: `a//b` is `a/b`.
  const normal = (path: string) => (path.includes('//') ? path.replace(/\/+/g, '/') : path);
  return negate ? (path) => !test(normal(path)) : (path) => test(normal(path));
}

/** Does any of the globs match (each compiled once); `budget` may be shared by several lists of one configuration. Throws GlobError. */
export function globsTest(globs: readonly string[], budget = { left: MAX_TOTAL_LENGTH }): PathTest {
  if (globs.length > MAX_PATTERNS) throw new GlobError(globs[MAX_PATTERNS], REASONS.tooMany);
  const tests = globs.map((glob) => globTest(glob, budget));
  return (path) => tests.some((test) => test(path));
}

// ---------------------------------------------------------------- gitignore

interface IgnoreRule {
  negative: boolean;
  test: PathTest;
}

/** The class at `position` in a gitignore pattern: its regex and length. Throws GlobError (at the pattern's column). */
function gitignoreClass(pattern: string, position: number, fail: (reason: Localized, at: number) => never): [string, number] {
  const close = pattern.indexOf(']', position + 1);
  if (close < 0) fail(REASONS.gitignoreUnclosedClass, position);
  const body = pattern.slice(position + 1, close);
  if (body === '' || /^[!^]|[\\*?/[]/.test(body)) fail(REASONS.gitignoreClass, position);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body[i + 2];
      if (!/[0-9A-Za-z]/.test(c) || !/[0-9A-Za-z]/.test(to) || c > to) fail(REASONS.gitignoreClass, position);
      out += `${classEscape(c)}-${classEscape(to)}`;
      i += 2;
    } else out += classEscape(c);
  }
  return [`[${out}]`, close - position + 1];
}

/** One line of a gitignore text as a rule; undefined for a blank line or a comment. Throws GlobError. */
function gitignoreRule(line: string, lineNumber: number, ignoreCase: boolean): IgnoreRule | undefined {
  const fail = (reason: Localized, at = 0): never => {
    throw new GlobError(line, reason, lineNumber, at + 1);
  };
  if (!line || /^\s+$/.test(line) || line.startsWith('#')) return undefined;
  if (line.length > MAX_PATTERN_LENGTH) fail(REASONS.tooLong);
  let pattern = line;
  let offset = 0; // columns removed from the front, for positions
  const negative = pattern.startsWith('!');
  if (negative) {
    pattern = pattern.slice(1);
    offset = 1;
  }
  // Trailing white space goes, unless escaped (then one space stays).
  const trailing = /(\\?)\s+$/.exec(pattern);
  if (trailing) pattern = pattern.slice(0, trailing.index) + (trailing[1] ? ' ' : '');
  // `\!` and `\#` at the start, and `\ ` anywhere, are the character itself; no other escape.
  if (/^\\[!#]/.test(pattern)) {
    pattern = pattern.slice(1);
    offset += 1;
  }
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '\\') continue;
    if (pattern[i + 1] === ' ') i++;
    else fail(REASONS.gitignoreEscape, i + offset);
  }
  pattern = pattern.replace(/\\ /g, ' ');
  if (!pattern) return undefined;

  const dirOnly = pattern.endsWith('/');
  const body = dirOnly ? pattern.slice(0, -1) : pattern;
  const leadingSlash = body.startsWith('/');
  // A `/` at the start or in the middle anchors the pattern at the root.
  const anchored = /\/(?!$)/.test(pattern);
  const segments = (leadingSlash ? body.slice(1) : body).split('/');
  let out = anchored ? '^' : '(?:^|/)';
  // A leading `**/` (also `/**/`): in any folder. A `**` right after it is a plain `*`.
  let start = 0;
  if (segments.length > 1 && segments[0] === '**') {
    out = `^(?:${LINE_CHAR}*/)?`;
    start = 1;
  }
  let column = offset + (leadingSlash ? 1 : 0);
  for (const [index, segment] of segments.entries()) {
    if (index > start) out += '/';
    const last = index === segments.length - 1;
    // `**` and a lone last `*` after a real `/` (or the leading one) are special.
    const afterSlash = index > start || (index === 0 && leadingSlash);
    if (index < start) {
      // the leading `**/`, written above
    } else if (segment === '**' && index > start && (!last || dirOnly)) {
      // `/**/`: zero or more folders; the `/` just written belongs to the next segment.
      out = `${out.slice(0, -1)}(?:/[^/]+)*`;
    } else if (segment === '**' && index > start) {
      out += `${LINE_CHAR}+`;
    } else if (segment === '*' && last && afterSlash && !dirOnly) {
      out += '[^/]+';
    } else {
      out += gitignoreSegment(segment, column, fail);
    }
    column += segment.length + 1;
  }
  out += dirOnly ? '/$' : '(?:$|/$)';
  try {
    return { negative, test: compile(out, ignoreCase) };
  } catch (error) {
    return fail((error as GlobError).reason);
  }
}

function gitignoreSegment(segment: string, column: number, fail: (reason: Localized, at: number) => never): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const [regex, length] = gitignoreClass(segment, i, (reason, at) => fail(reason, at + column));
      out += regex;
      i += length - 1;
    } else out += escapeRe(c);
  }
  return out;
}

export interface GitignoreMatcher {
  /**
   * Is a relative POSIX path ignored: the last rule that matches it decides,
   * and a path in an ignored folder is ignored. A folder is given with a
   * trailing `/`.
   */
  ignores(path: string): boolean;
}

/**
 * gitignore lines (a file's text or a list of patterns) as a matcher;
 * `ignoreCase` as the `ignore` package's default. Throws GlobError with the
 * line (1-based) of the pattern it cannot translate.
 */
export function gitignoreMatcher(source: string | readonly string[], options: { ignoreCase?: boolean } = {}): GitignoreMatcher {
  const lines = typeof source === 'string' ? source.replace(/^\uFEFF/, '').split(/\r?\n/) : source;
  const rules: IgnoreRule[] = [];
  let left = MAX_TOTAL_LENGTH;
  for (const [index, line] of lines.entries()) {
    const rule = gitignoreRule(line, index + 1, options.ignoreCase ?? true);
    if (!rule) continue;
    if (rules.length === MAX_PATTERNS) throw new GlobError(line, REASONS.tooMany, index + 1);
    left -= line.length;
    if (left < 0) throw new GlobError(line, REASONS.tooLarge, index + 1);
    rules.push(rule);
  }
  // Folders are asked again for every page in them: their answers are kept.
  const folders = new Map<string, boolean>();
  const decide = (path: string): boolean => {
    const known = folders.get(path);
    if (known !== undefined) return known;
    let ignored = false;
    for (let i = rules.length - 1; i >= 0; i--)
      if (rules[i].test(path)) {
        ignored = !rules[i].negative;
        break;
      }
    if (path.endsWith('/') && folders.size < 100_000) folders.set(path, ignored);
    return ignored;
  };
  return {
    ignores(path) {
      if (rules.length === 0) return false;
      // Each parent folder first: what is in an ignored folder stays ignored.
      for (let slash = path.indexOf('/'); slash >= 0 && slash < path.length - 1; slash = path.indexOf('/', slash + 1))
        if (decide(path.slice(0, slash + 1))) return true;
      return decide(path);
    },
  };
}

// ---------------------------------------------------------------- pathspec (mkdocs)

/** What Python's `str.rstrip()` removes (`str.isspace`), which is not JavaScript's `\s`. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Python counts \x1c-\x1f and \x85 as white space
const PY_TRAILING_SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/;
/** Python's `.` (every character but a line feed). */
const PY_DOT = '[^\\n]';

interface PathspecRule {
  /** true: the pattern excludes what it matches; false: `!`, it includes again. */
  include: boolean;
  /** The first group is pathspec's directory mark: set when the match ended at a `/` (a folder above the path). */
  re: RE2JS;
}

/** One segment's glob as pathspec translates it (`_translate_segment_glob`); undefined when pathspec drops the pattern (a `[` without `]`). */
function pathspecSegment(segment: string, column: number, fail: (reason: Localized, at: number) => never): string | undefined {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\') {
      if (i + 1 >= segment.length) fail(REASONS.pathspecEscape, column + i);
      out += escapeRe(segment[++i]);
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      // pathspec: after `!`/`^` and a first `]`, the class ends at the next `]`; its text goes to Python's re as it is.
      let j = i + 1;
      if (segment[j] === '!' || segment[j] === '^') j++;
      if (segment[j] === ']') j++;
      const close = segment.indexOf(']', j);
      if (close < 0) return undefined; // pathspec (as git) discards a pattern with an unclosed range
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      // Only what means the same in Python's re and in RE2: letters, digits, `_ . space` and ascending ranges between letters or digits.
      if (!/^(?:[0-9A-Za-z](?:-[0-9A-Za-z])?|[_. ])+$/.test(body)) fail(REASONS.pathspecClass, column + i);
      for (const [, from, to] of body.matchAll(/([0-9A-Za-z])-([0-9A-Za-z])/g))
        if (from > to || /\d/.test(from) !== /\d/.test(to) || /[a-z]/.test(from) !== /[a-z]/.test(to)) fail(REASONS.pathspecClass, column + i);
      // A negated class matches `/` too, as in pathspec (its classes are plain regex classes).
      out += `[${negate ? '^' : ''}${body}]`;
      i = close;
    } else out += escapeRe(c);
  }
  return out;
}

/** One line as pathspec's GitIgnoreSpecPattern reads it; undefined for a line that matches nothing. Throws GlobError. */
function pathspecRule(line: string, lineNumber: number): PathspecRule | undefined {
  const fail = (reason: Localized, at = 0): never => {
    throw new GlobError(line, reason, lineNumber, at + 1);
  };
  if (line.length > MAX_PATTERN_LENGTH) fail(REASONS.tooLong);
  // Leading white space stays; trailing goes, unless the line ends with `\ ` (then nothing goes).
  let pattern = line.endsWith('\\ ') ? line : line.replace(PY_TRAILING_SPACE, '');
  if (!pattern || pattern.startsWith('#') || pattern === '/') return undefined;
  const include = !pattern.startsWith('!');
  const offset = include ? 0 : 1;
  if (!include) pattern = pattern.slice(1);
  const segments = pattern.split('/');
  const dirPattern = segments[segments.length - 1] === '';
  // Normalised as pathspec does (`__normalize_segments`).
  if (segments[0] === '') segments.shift();
  else if (segments.length === 1 || (segments.length === 2 && segments[1] === '')) {
    if (segments[0] !== '**') segments.unshift('**');
  }
  if (segments.length === 0) fail(REASONS.pathspecEmpty);
  if (segments[segments.length - 1] === '') segments[segments.length - 1] = '**';
  for (let i = segments.length - 1; i > 0; i--) if (segments[i - 1] === '**' && segments[i] === '**') segments.splice(i, 1);
  const DIR_MARK = '(/)';
  const compileRule = (source: string): PathspecRule => {
    try {
      return { include, re: RE2JS.compile(source) };
    } catch (error) {
      const detail = (error as { getDescription?: () => string }).getDescription?.() ?? (error as Error).message;
      return fail({ nl: `niet te vertalen naar RE2 (${detail})`, en: `cannot be translated to RE2 (${detail})` });
    }
  };
  const [first, second, third] = segments;
  if (segments.length === 1 && first === '**') return compileRule(dirPattern ? DIR_MARK : `${PY_DOT}()`);
  if (segments.length === 2 && first === '**' && second === '*') return compileRule(`${PY_DOT}()`);
  if (segments.length === 3 && first === '**' && second === '*' && third === '**') return compileRule(dirPattern ? DIR_MARK : '/()');
  let out = '';
  let needSlash = false;
  const end = segments.length - 1;
  // Columns of each segment in the line, for messages.
  let column = offset + (pattern.startsWith('/') ? 1 : 0);
  for (const [i, segment] of segments.entries()) {
    if (segment === '**') {
      if (i === 0) out += `^(?:${PY_DOT}+/)?`;
      else if (i < end) {
        out += `(?:/${PY_DOT}+)?`;
        needSlash = true;
      } else out += dirPattern ? DIR_MARK : '/()';
    } else {
      if (i === 0) out += '^';
      if (needSlash) out += '/';
      if (segment === '*') out += '[^/]+';
      else {
        const glob = pathspecSegment(segment, column, fail);
        if (glob === undefined) return undefined;
        out += glob;
      }
      if (i === end) out += `(?:${DIR_MARK}|$)`;
      needSlash = true;
    }
    column += segment.length + 1;
  }
  return compileRule(out);
}

/**
 * Patterns as mkdocs matches `exclude_docs`, `draft_docs` and `not_in_nav`:
 * pathspec's GitIgnoreSpec (1.x) on each file's docs-relative path. Unlike
 * `gitignoreMatcher` (the `ignore` package, for our own ignore file): case
 * sensitive; leading white space is part of the pattern; escapes `\x` are the
 * character; a `[` without `]` drops its line; and the decision is per file:
 * the last pattern that matches the path itself decides, and only when none
 * does, the last one that matches a folder above it (so `folder/` then
 * `!folder/x.md` builds `x.md`, and `!folder/` never re-includes a file a
 * pattern named itself). Classes are limited to what Python's re and RE2
 * read alike. Throws GlobError with the 1-based line.
 */
export function pathspecMatcher(lines: readonly string[]): GitignoreMatcher {
  const rules: PathspecRule[] = [];
  let left = MAX_TOTAL_LENGTH;
  for (const [index, line] of lines.entries()) {
    const rule = pathspecRule(line, index + 1);
    if (!rule) continue;
    if (rules.length === MAX_PATTERNS) throw new GlobError(line, REASONS.tooMany, index + 1);
    left -= line.length;
    if (left < 0) throw new GlobError(line, REASONS.tooLarge, index + 1);
    rules.push(rule);
  }
  return {
    ignores(path) {
      // pathspec's SimpleGiBackend.match_file (its default, patterns reversed): the last pattern that matches
      // the path itself decides; when none does, the last one that matches a folder above it.
      let excluded = false;
      let folderMatch = false;
      for (let i = rules.length - 1; i >= 0; i--) {
        const matcher = rules[i].re.matcher(path);
        if (!matcher.find()) continue;
        if (!matcher.group(1)) return rules[i].include;
        if (!folderMatch) {
          folderMatch = true;
          excluded = rules[i].include;
        }
      }
      return excluded;
    },
  };
}
