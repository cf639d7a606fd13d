/**
 * Per-file configuration, as ESLint does it: `ignores` (globs) and an
 * `.algoritmekader-lintignore` file (gitignore syntax) say which pages are
 * not linted (they stay link targets); `overrides` give pages matching
 * `files` their own rule settings. Globs are relative to the repository root.
 */
import path from 'node:path';
import { ConfigError, ERRORS } from '../errors.js';
import type { FileSource } from '../repository/file-source.js';
import type { RuleSetting } from './config.js';
import { GlobError, gitignoreMatcher, globsTest, MAX_TOTAL_LENGTH } from './glob-match.js';
import { globProblem } from './validate-config.js';

export const IGNORE_FILE = '.algoritmekader-lintignore';

export interface Override {
  files: string[];
  rules?: Record<string, RuleSetting>;
}

const relativePosix = (root: string, file: string) => path.relative(root, path.resolve(file)).split(path.sep).join('/');

export interface FilePolicy {
  /** Not linted: `ignores` or the ignore file. */
  isIgnored(file: string): boolean;
  /** The rule settings for a page: the configuration's, with every matching override on top (in order); undefined when none match. */
  rulesFor(file: string, base: Record<string, RuleSetting>): Record<string, RuleSetting> | undefined;
}

/** The ignore file's patterns; ConfigError at the line and column of one that cannot be matched in bounded time. */
function ignoreFileMatcher(root: string, files: FileSource) {
  const file = path.join(root, IGNORE_FILE);
  const text = files.readText(file, root);
  if (text === undefined) return undefined;
  try {
    return gitignoreMatcher(text);
  } catch (error) {
    if (!(error instanceof GlobError)) throw error;
    throw new ConfigError(ERRORS.configAt, { where: `${file}:${error.line ?? 1}:${error.column}`, problem: globProblem(error, IGNORE_FILE) });
  }
}

/** Globs of the configuration (checked when it was read; a configuration given as an API option is checked again here). */
function compile(globs: string[], setting: string, budget: { left: number }) {
  try {
    return globsTest(globs, budget);
  } catch (error) {
    if (!(error instanceof GlobError)) throw error;
    throw new ConfigError(ERRORS.globPattern, { path: setting, pattern: error.pattern, reason: error.reason });
  }
}

export function filePolicy(root: string, config: { ignores?: string[]; overrides?: Override[] }, files: FileSource): FilePolicy {
  const ignored = ignoreFileMatcher(root, files);
  // Compiled once: the editor asks on every check.
  const budget = { left: MAX_TOTAL_LENGTH };
  const ignores = compile(config.ignores ?? [], 'ignores', budget);
  const overrides = (config.overrides ?? []).map((override, index) => ({ ...override, test: compile(override.files, `overrides[${index}].files`, budget) }));
  return {
    isIgnored(file) {
      const relative = relativePosix(root, file);
      if (relative.startsWith('../')) return false;
      return ignores(relative) || (ignored?.ignores(relative) ?? false);
    },
    rulesFor(file, base) {
      if (overrides.length === 0) return undefined;
      const relative = relativePosix(root, file);
      const matching = overrides.filter((override) => override.test(relative));
      if (matching.length === 0) return undefined;
      return Object.assign({ ...base }, ...matching.map((override) => override.rules ?? {}));
    },
  };
}
