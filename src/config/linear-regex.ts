/**
 * Regular expressions from the repository (external.ignorePatterns,
 * mlc_config.json, `pattern` in a repository's own schema) run on RE2
 * (re2js): linear time in the length of the text, whatever the pattern, so
 * no pattern a pull request writes can stall a run. RE2 has no
 * backreferences or lookaround; such a pattern is refused when it is read.
 */
import { RE2JS } from 're2js';

/** What we need of a pattern: does it match somewhere in the text. */
export interface LinearPattern {
  test(text: string): boolean;
  readonly source: string;
  toString(): string;
}

/** A pattern the linear-time engine cannot run; `detail` is RE2's reason. */
export class PatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly detail: string,
  ) {
    super(`${pattern}: ${detail}`);
  }
}

const FLAGS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, s: RE2JS.DOTALL, m: RE2JS.MULTILINE };

/** `pattern` (JavaScript syntax where RE2 has it; `u` and `g` need nothing) on RE2. Throws PatternError. */
export function linearPattern(pattern: string, flags = ''): LinearPattern {
  let re: RE2JS;
  try {
    let bits = 0;
    for (const flag of flags) bits |= FLAGS[flag] ?? 0;
    re = RE2JS.compile(RE2JS.translateRegExp(pattern), bits);
  } catch (error) {
    const reason = error as Error & { getDescription?: () => string };
    throw new PatternError(pattern, reason.getDescription?.() ?? reason.message);
  }
  return { source: pattern, test: (text) => re.test(text), toString: () => `/${pattern}/${flags}` };
}

/** The `problem` of a pattern for RE2, or undefined when it can run. */
export function patternProblem(pattern: string): string | undefined {
  try {
    linearPattern(pattern);
    return undefined;
  } catch (error) {
    return (error as PatternError).detail;
  }
}
