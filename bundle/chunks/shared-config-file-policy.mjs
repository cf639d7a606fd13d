import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  GlobError,
  MAX_TOTAL_LENGTH,
  gitignoreMatcher,
  globProblem,
  globsTest
} from "./shared-config-glob-match.mjs";
import {
  ConfigError,
  ERRORS
} from "./shared-errors.mjs";

// dist/src/config/file-policy.js
import path from "node:path";
var IGNORE_FILE = ".algoritmekader-lintignore";
var relativePosix = (root, file) => path.relative(root, path.resolve(file)).split(path.sep).join("/");
function ignoreFileMatcher(root, files) {
  const file = path.join(root, IGNORE_FILE);
  const text = files.readText(file, root);
  if (text === void 0)
    return void 0;
  try {
    return gitignoreMatcher(text);
  } catch (error) {
    if (!(error instanceof GlobError))
      throw error;
    throw new ConfigError(ERRORS.configAt, { where: `${file}:${error.line ?? 1}:${error.column}`, problem: globProblem(error, IGNORE_FILE) });
  }
}
function compile(globs, setting, budget) {
  try {
    return globsTest(globs, budget);
  } catch (error) {
    if (!(error instanceof GlobError))
      throw error;
    throw new ConfigError(ERRORS.globPattern, { path: setting, pattern: error.pattern, reason: error.reason });
  }
}
function filePolicy(root, config, files) {
  const ignored = ignoreFileMatcher(root, files);
  const budget = { left: MAX_TOTAL_LENGTH };
  const ignores = compile(config.ignores ?? [], "ignores", budget);
  const overrides = (config.overrides ?? []).map((override, index) => ({ ...override, test: compile(override.files, `overrides[${index}].files`, budget) }));
  return {
    isIgnored(file) {
      const relative = relativePosix(root, file);
      if (relative.startsWith("../"))
        return false;
      return ignores(relative) || (ignored?.ignores(relative) ?? false);
    },
    rulesFor(file, base) {
      if (overrides.length === 0)
        return void 0;
      const relative = relativePosix(root, file);
      const matching = overrides.filter((override) => override.test(relative));
      if (matching.length === 0)
        return void 0;
      return Object.assign({ ...base }, ...matching.map((override) => override.rules ?? {}));
    }
  };
}

export {
  IGNORE_FILE,
  filePolicy
};
