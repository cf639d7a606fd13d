import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  Minimatch
} from "./shared-balanced-match-dist-esm.mjs";
import {
  require_dist
} from "./shared-config-linear-regex.mjs";
import {
  ConfigError,
  ERRORS
} from "./shared-errors.mjs";
import {
  __commonJS,
  __toESM
} from "./shared-runtime.mjs";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_TEST_BLANK_LINE = /^\s+$/;
    var REGEX_INVALID_TRAILING_BACKSLASH = /(?:[^\\]|^)\\$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var REGEX_TEST_INVALID_PATH = /^\.*\/|^\.+$/;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => Object.defineProperty(object, key, { value });
    var REGEX_REGEXP_RANGE = /([0-z])-([0-z])/g;
    var RETURN_FALSE = () => false;
    var sanitizeRange = (range) => range.replace(
      REGEX_REGEXP_RANGE,
      (match, from, to) => from.charCodeAt(0) <= to.charCodeAt(0) ? match : EMPTY
    );
    var cleanRangeBackSlash = (slashes) => {
      const { length } = slashes;
      return slashes.slice(0, length - length % 2);
    };
    var REPLACERS = [
      [
        // remove BOM
        // TODO:
        // Other similar zero-width characters?
        /^\uFEFF/,
        () => EMPTY
      ],
      // > Trailing spaces are ignored unless they are quoted with backslash ("\")
      [
        // (a\ ) -> (a )
        // (a  ) -> (a)
        // (a ) -> (a)
        // (a \ ) -> (a  )
        /((?:\\\\)*?)(\\?\s+)$/,
        (_, m1, m2) => m1 + (m2.indexOf("\\") === 0 ? SPACE : EMPTY)
      ],
      // replace (\ ) with ' '
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        /(\\+?)\s/g,
        (_, m1) => {
          const { length } = m1;
          return m1.slice(0, length - length % 2) + SPACE;
        }
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^"
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/"
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*\\\*\\\*\\\//,
        // '**/foo' <-> 'foo'
        () => "^(?:.*\\/)?"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        /^(?=[^^])/,
        function startingReplacer() {
          return !/\/(?!$)/.test(this) ? "(?:^|\\/)" : "^";
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? "(?:\\/[^\\/]+)*" : "\\/.+"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\]+)(\\\*)+(?=.+)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        (_, p1, p2) => {
          const unescaped = p2.replace(/\\\*/g, "[^\\/]*");
          return p1 + unescaped;
        }
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE
      ],
      [
        // > The range notation, e.g. [a-zA-Z],
        // > can be used to match one of the characters in a range.
        // `\` is escaped by step 3
        /(\\)?\[([^\]/]*?)(\\*)($|\])/g,
        (match, leadEscape, range, endEscape, close) => leadEscape === ESCAPE ? `\\[${range}${cleanRangeBackSlash(endEscape)}${close}` : close === "]" ? endEscape.length % 2 === 0 ? `[${sanitizeRange(range)}${endEscape}]` : "[]" : "[]"
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        /(?:[^*])$/,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (match) => /\/$/.test(match) ? `${match}$` : `${match}(?=$|\\/$)`
      ],
      // trailing wildcard
      [
        /(\^|\\\/)?\\\*$/,
        (_, p1) => {
          const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
          return `${prefix}(?=$|\\/$)`;
        }
      ]
    ];
    var regexCache = /* @__PURE__ */ Object.create(null);
    var makeRegex = (pattern, ignoreCase) => {
      let source = regexCache[pattern];
      if (!source) {
        source = REPLACERS.reduce(
          (prev, [matcher, replacer]) => prev.replace(matcher, replacer.bind(pattern)),
          pattern
        );
        regexCache[pattern] = source;
      }
      return ignoreCase ? new RegExp(source, "i") : new RegExp(source);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern) && !REGEX_TEST_BLANK_LINE.test(pattern) && !REGEX_INVALID_TRAILING_BACKSLASH.test(pattern) && pattern.indexOf("#") !== 0;
    var splitPattern = (pattern) => pattern.split(REGEX_SPLITALL_CRLF);
    var IgnoreRule = class {
      constructor(origin, pattern, negative, regex) {
        this.origin = origin;
        this.pattern = pattern;
        this.negative = negative;
        this.regex = regex;
      }
    };
    var createRule = (pattern, ignoreCase) => {
      const origin = pattern;
      let negative = false;
      if (pattern.indexOf("!") === 0) {
        negative = true;
        pattern = pattern.substr(1);
      }
      pattern = pattern.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regex = makeRegex(pattern, ignoreCase);
      return new IgnoreRule(
        origin,
        pattern,
        negative,
        regex
      );
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path3, originalPath, doThrow) => {
      if (!isString(path3)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path3) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path3)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path3) => REGEX_TEST_INVALID_PATH.test(path3);
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = [];
        this._ignoreCase = ignoreCase;
        this._allowRelativePaths = allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      _addPattern(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules);
          this._added = true;
          return;
        }
        if (checkPattern(pattern)) {
          const rule = createRule(pattern, this._ignoreCase);
          this._added = true;
          this._rules.push(rule);
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        makeArray(
          isString(pattern) ? splitPattern(pattern) : pattern
        ).forEach(this._addPattern, this);
        if (this._added) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      //          |           ignored : unignored
      // negative |   0:0   |   0:1   |   1:0   |   1:1
      // -------- | ------- | ------- | ------- | --------
      //     0    |  TEST   |  TEST   |  SKIP   |    X
      //     1    |  TESTIF |  SKIP   |  TEST   |    X
      // - SKIP: always skip
      // - TEST: always test
      // - TESTIF: only test if checkUnignored
      // - X: that never happen
      // @param {boolean} whether should check if the path is unignored,
      //   setting `checkUnignored` to `false` could reduce additional
      //   path matching.
      // @returns {TestResult} true if a file is ignored
      _testOne(path3, checkUnignored) {
        let ignored = false;
        let unignored = false;
        this._rules.forEach((rule) => {
          const { negative } = rule;
          if (unignored === negative && ignored !== unignored || negative && !ignored && !unignored && !checkUnignored) {
            return;
          }
          const matched = rule.regex.test(path3);
          if (matched) {
            ignored = !negative;
            unignored = negative;
          }
        });
        return {
          ignored,
          unignored
        };
      }
      // @returns {TestResult}
      _test(originalPath, cache, checkUnignored, slices) {
        const path3 = originalPath && checkPath.convert(originalPath);
        checkPath(
          path3,
          originalPath,
          this._allowRelativePaths ? RETURN_FALSE : throwError
        );
        return this._t(path3, cache, checkUnignored, slices);
      }
      _t(path3, cache, checkUnignored, slices) {
        if (path3 in cache) {
          return cache[path3];
        }
        if (!slices) {
          slices = path3.split(SLASH);
        }
        slices.pop();
        if (!slices.length) {
          return cache[path3] = this._testOne(path3, checkUnignored);
        }
        const parent = this._t(
          slices.join(SLASH) + SLASH,
          cache,
          checkUnignored,
          slices
        );
        return cache[path3] = parent.ignored ? parent : this._testOne(path3, checkUnignored);
      }
      ignores(path3) {
        return this._test(path3, this._ignoreCache, false).ignored;
      }
      createFilter() {
        return (path3) => !this.ignores(path3);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path3) {
        return this._test(path3, this._testCache, true);
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path3) => checkPath(path3 && checkPath.convert(path3), path3, RETURN_FALSE);
    factory.isPathValid = isPathValid;
    factory.default = factory;
    module.exports = factory;
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && (process.env && process.env.IGNORE_TEST_WIN32 || process.platform === "win32")
    ) {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGIX_IS_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path3) => REGIX_IS_WINDOWS_PATH_ABSOLUTE.test(path3) || isNotRelative(path3);
    }
  }
});

// dist/src/config/file-policy.js
import path2 from "node:path";

// dist/src/config/mkdocs.js
var import_ignore = __toESM(require_ignore(), 1);
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
var MKDOCS_FILE = "mkdocs.yml";
var isStrings = (value) => Array.isArray(value) && value.every((item) => typeof item === "string");
var isOptionalString = (value) => value === void 0 || typeof value === "string";
function isMkdocsRead(value) {
  const { text, settings } = value ?? {};
  return typeof text === "string" && typeof settings === "object" && settings !== null && typeof settings.docsDir === "string" && typeof settings.useDirectoryUrls === "boolean" && isStrings(settings.excludeDocs) && isStrings(settings.draftDocs) && isOptionalString(settings.siteUrl) && isOptionalString(settings.docsDirAt);
}
var DEFAULT_MKDOCS = { docsDir: "docs", useDirectoryUrls: true, excludeDocs: [], draftDocs: [] };
var MAX_INHERIT = 8;
function mkdocsTags(env) {
  const fromEnv = (names, fallback) => {
    for (const name of names)
      if (env[name] !== void 0)
        return implicitValue(env[name]);
    return fallback;
  };
  return [
    { tag: "!ENV", resolve: (name) => fromEnv([name], null) },
    {
      tag: "!ENV",
      collection: "seq",
      resolve: (seq) => {
        const items = seq.toJSON();
        return items.length > 1 ? fromEnv(items.slice(0, -1).map(String), items.at(-1)) : fromEnv(items.map(String), null);
      }
    },
    ...["!!python/name", "!!python/object", "!!python/object/apply", "!relative"].map((tag) => ({
      tag,
      identify: () => false,
      resolve: (value) => value
    }))
  ];
}
function implicitValue(text) {
  const document = (0, import_yaml.parseDocument)(text, { version: "1.1", logLevel: "silent" });
  return document.errors.length ? text : document.toJS();
}
var stringOf = (value) => typeof value === "string" ? value : void 0;
function patternsOf(value) {
  return typeof value === "string" ? value.split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#")) : [];
}
function positionOf(document, lines, key) {
  const contents = document.contents;
  if (!(0, import_yaml.isMap)(contents))
    return void 0;
  const items = [...contents.items].reverse();
  const keyOf = (item) => item.key?.value;
  const pair = items.find((item) => keyOf(item) === key) ?? items.find((item) => keyOf(item) === "<<");
  if (!pair)
    return void 0;
  const { line, col } = lines.linePos(pair.value?.range?.[0] ?? pair.key?.range?.[0] ?? 0);
  return `${line}:${col}`;
}
function readMkdocs(root, files, known, env = process.env) {
  const file = path.join(root, MKDOCS_FILE);
  const text = files.readText(file, root);
  if (text === void 0)
    return { text: "", settings: DEFAULT_MKDOCS };
  if (known?.text === text && !/\bINHERIT\b|!ENV\b/.test(text))
    return known;
  const { values, at } = loadMkdocs(root, files, file, text, env, []);
  return { text, settings: settingsOf(values, at) };
}
function settingsOf(values, at) {
  const settings = {
    docsDir: stringOf(values.docs_dir) ?? "docs",
    siteUrl: stringOf(values.site_url) || void 0,
    useDirectoryUrls: values.use_directory_urls !== false,
    excludeDocs: patternsOf(values.exclude_docs),
    draftDocs: patternsOf(values.draft_docs)
  };
  const docsDirAt = stringOf(values.docs_dir) !== void 0 ? at("docs_dir") : void 0;
  if (docsDirAt)
    settings.docsDirAt = docsDirAt;
  return settings;
}
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function mergeInto(parent, child) {
  const merged = { ...parent };
  for (const [key, value] of Object.entries(child))
    merged[key] = isRecord(value) && isRecord(merged[key]) ? mergeInto(merged[key], value) : value;
  return merged;
}
function loadMkdocs(root, files, file, text, env, chain) {
  const shown = path.relative(root, file) || file;
  const lines = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { customTags: mkdocsTags(env), logLevel: "silent", uniqueKeys: false, version: "1.1", lineCounter: lines });
  const [error] = document.errors;
  if (error) {
    const place = error.linePos?.[0];
    throw new ConfigError(ERRORS.mkdocsNotParsable, { at: `${shown}:${place ? `${place.line}:${place.col}` : "1:1"}`, detail: error.message.split("\n")[0] });
  }
  if (!(0, import_yaml.isMap)(document.contents) && document.contents !== null)
    throw new ConfigError(ERRORS.mkdocsNotMapping, { at: `${shown}:1:1` });
  let values;
  try {
    values = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (problem) {
    throw new ConfigError(ERRORS.mkdocsNotParsable, { at: `${shown}:1:1`, detail: problem.message.split("\n")[0] });
  }
  if (!isRecord(values))
    throw new ConfigError(ERRORS.mkdocsNotMapping, { at: `${shown}:1:1` });
  const here = (key) => {
    const place = positionOf(document, lines, key);
    return place ? `${shown}:${place}` : void 0;
  };
  if (!("INHERIT" in values))
    return { values, at: here };
  const { INHERIT: inherit, ...own } = values;
  const inheritAt = here("INHERIT") ?? `${shown}:1:1`;
  if (typeof inherit !== "string" || inherit === "")
    throw new ConfigError(ERRORS.mkdocsInherit, { at: inheritAt, detail: INHERIT_PHRASES.notAPath });
  const parentFile = path.resolve(path.dirname(file), inherit);
  if (chain.length >= MAX_INHERIT || chain.includes(parentFile) || parentFile === file)
    throw new ConfigError(ERRORS.mkdocsInherit, { at: inheritAt, detail: INHERIT_PHRASES.cycle });
  const parentText = files.readText(parentFile, root);
  if (parentText === void 0)
    throw new ConfigError(ERRORS.mkdocsInherit, { at: inheritAt, detail: INHERIT_PHRASES.missing });
  const parent = loadMkdocs(root, files, parentFile, parentText, env, [...chain, file]);
  return { values: mergeInto(parent.values, own), at: (key) => key in own ? here(key) : parent.at(key) };
}
var INHERIT_PHRASES = {
  notAPath: { nl: "INHERIT moet het pad van een ander configuratiebestand zijn", en: "INHERIT must be the path of another configuration file" },
  cycle: {
    nl: `INHERIT verwijst in een kring of meer dan ${MAX_INHERIT} niveaus diep`,
    en: `INHERIT refers in a circle or more than ${MAX_INHERIT} levels deep`
  },
  missing: { nl: "het bestand bestaat niet", en: "the file does not exist" }
};
var gitignore = import_ignore.default;
var MKDOCS_DEFAULT_EXCLUDES = [".*", "/templates/"];
function notBuiltMatcher(settings) {
  return gitignore().add([...MKDOCS_DEFAULT_EXCLUDES, ...settings.excludeDocs, ...settings.draftDocs]);
}

// dist/src/config/file-policy.js
var IGNORE_FILE = ".algoritmekader-lintignore";
var GLOB_OPTIONS = { dot: true, matchBase: false, nocomment: true };
var relativePosix = (root, file) => path2.relative(root, path2.resolve(file)).split(path2.sep).join("/");
function filePolicy(root, config, files) {
  const ignoreFile = files.readText(path2.join(root, IGNORE_FILE), root);
  const ignored = ignoreFile === void 0 ? void 0 : gitignore().add(ignoreFile);
  const compile = (globs) => globs.map((glob) => new Minimatch(glob, GLOB_OPTIONS));
  const ignores = compile(config.ignores ?? []);
  const overrides = (config.overrides ?? []).map((override) => ({ ...override, globs: compile(override.files) }));
  return {
    isIgnored(file) {
      const relative = relativePosix(root, file);
      if (relative.startsWith("../"))
        return false;
      return ignores.some((glob) => glob.match(relative)) || (ignored?.ignores(relative) ?? false);
    },
    rulesFor(file, base) {
      if (overrides.length === 0)
        return void 0;
      const relative = relativePosix(root, file);
      const matching = overrides.filter((override) => override.globs.some((glob) => glob.match(relative)));
      if (matching.length === 0)
        return void 0;
      return Object.assign({ ...base }, ...matching.map((override) => override.rules ?? {}));
    }
  };
}

export {
  require_ignore,
  MKDOCS_FILE,
  isMkdocsRead,
  readMkdocs,
  notBuiltMatcher,
  IGNORE_FILE,
  filePolicy
};
