/**
 * Per-file configuration, as ESLint does it: `ignores` (globs) and an
 * `.algoritmekader-lintignore` file (gitignore syntax) say which pages are
 * not linted (they stay link targets); `overrides` give pages matching
 * `files` their own rule settings. Globs are relative to the repository root.
 */
import path from 'node:path';
import { Minimatch } from 'minimatch';
import type { FileSource } from '../repository/file-source.js';
import type { RuleSetting } from './config.js';
import { gitignore } from './mkdocs.js';

export const IGNORE_FILE = '.algoritmekader-lintignore';

export interface Override {
  files: string[];
  rules?: Record<string, RuleSetting>;
}

const GLOB_OPTIONS = { dot: true, matchBase: false, nocomment: true } as const;

const relativePosix = (root: string, file: string) => path.relative(root, path.resolve(file)).split(path.sep).join('/');

export interface FilePolicy {
  /** Not linted: `ignores` or the ignore file. */
  isIgnored(file: string): boolean;
  /** The rule settings for a page: the configuration's, with every matching override on top (in order); undefined when none match. */
  rulesFor(file: string, base: Record<string, RuleSetting>): Record<string, RuleSetting> | undefined;
}

export function filePolicy(root: string, config: { ignores?: string[]; overrides?: Override[] }, files: FileSource): FilePolicy {
  const ignoreFile = files.readText(path.join(root, IGNORE_FILE), root);
  const ignored = ignoreFile === undefined ? undefined : gitignore().add(ignoreFile);
  // Compiled once: the editor asks on every check.
  const compile = (globs: string[]) => globs.map((glob) => new Minimatch(glob, GLOB_OPTIONS));
  const ignores = compile(config.ignores ?? []);
  const overrides = (config.overrides ?? []).map((override) => ({ ...override, globs: compile(override.files) }));
  return {
    isIgnored(file) {
      const relative = relativePosix(root, file);
      if (relative.startsWith('../')) return false;
      return ignores.some((glob) => glob.match(relative)) || (ignored?.ignores(relative) ?? false);
    },
    rulesFor(file, base) {
      if (overrides.length === 0) return undefined;
      const relative = relativePosix(root, file);
      const matching = overrides.filter((override) => override.globs.some((glob) => glob.match(relative)));
      if (matching.length === 0) return undefined;
      return Object.assign({ ...base }, ...matching.map((override) => override.rules ?? {}));
    },
  };
}
