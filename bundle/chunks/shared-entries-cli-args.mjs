import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  LEVEL_WORDS,
  flatten,
  githubReporter,
  hiddenLines
} from "./shared-reporters-github.mjs";
import {
  parseRange
} from "./shared-external-address-guard.mjs";
import {
  Timings,
  checkPages,
  loadFacts,
  postSpelling,
  warmSpelling
} from "./shared-run-spelling-ahead.mjs";
import {
  finishRun,
  replayLastRun
} from "./shared-run-stages-finish.mjs";
import {
  LintCache,
  fileStore,
  keptMkdocs
} from "./shared-run-cache.mjs";
import {
  SUPPRESSIONS_FILE,
  activeFor,
  applySuppressions,
  createSession,
  loadRules,
  notLinted,
  readSuppressions
} from "./shared-repository-digest.mjs";
import {
  DOCS_BASE,
  SOURCE
} from "./shared-rule-kit-constants.mjs";
import {
  diskFiles,
  memoryFiles,
  overlayFiles
} from "./shared-config-config.mjs";
import {
  GlobError,
  closest,
  globTest,
  nearestPaths
} from "./shared-config-glob-match.mjs";
import {
  VERSION
} from "./shared-package-info.mjs";
import {
  OutsideFolderError,
  writeFileAtomically
} from "./shared-run-atomic-write.mjs";
import {
  ALIASED_ENTRIES
} from "./shared-repository-files.mjs";
import {
  fileAt
} from "./shared-run-git.mjs";
import {
  ConfigError,
  ERRORS,
  LocalizedError,
  NOTICES,
  PHRASES,
  UsageError,
  hintFor,
  say
} from "./shared-errors.mjs";
import {
  format,
  noCommands,
  printable
} from "./shared-reporters-printable.mjs";

// dist/src/entries/cli/main.js
import path6 from "node:path";

// dist/src/external/trusted.js
var HEADERS_ENV = "ALGORITMEKADER_LINT_HTTP_HEADERS";
function trustedExternal(options, env) {
  const trusted = {};
  if (options.externalAllowPrivate)
    trusted.allowPrivateAddresses = true;
  else if (options.externalAllowAddresses?.length)
    trusted.allowPrivateAddresses = options.externalAllowAddresses;
  const text = env[HEADERS_ENV]?.trim();
  if (text)
    trusted.httpHeaders = headersFrom(text);
  return trusted;
}
function headersFrom(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(ERRORS.headersEnv, { name: HEADERS_ENV, detail: error.message });
  }
  const strings = (value2) => Array.isArray(value2) && value2.every((entry) => typeof entry === "string");
  const texts = (value2) => typeof value2 === "object" && value2 !== null && !Array.isArray(value2) && Object.values(value2).every((entry) => typeof entry === "string");
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === "object" && entry !== null && strings(entry.urls) && texts(entry.headers))) {
    throw new UsageError(ERRORS.headersEnv, { name: HEADERS_ENV, detail: { nl: "een andere vorm", en: "another shape" } });
  }
  const headers = value;
  const relative = headers.flatMap((entry) => entry.urls).find((url) => !URL.canParse(url));
  if (relative !== void 0)
    throw new UsageError(ERRORS.headersEnv, {
      name: HEADERS_ENV,
      detail: { nl: `"${relative}" is geen absolute URL`, en: `"${relative}" is not an absolute URL` }
    });
  return headers;
}

// node_modules/vfile-reporter-json/lib/index.js
function reporterJson(files, options) {
  const options_ = options || {};
  const pretty = options_.pretty || 0;
  const data = filesToJson(Array.isArray(files) ? files : [files], options_);
  return JSON.stringify(data, void 0, pretty === true ? 2 : pretty);
}
function filesToJson(files, options) {
  let index = -1;
  const result = [];
  while (++index < files.length) {
    const file = fileToJson(files[index], options);
    if (file) {
      result.push(file);
    }
  }
  return result;
}
function fileToJson(file, options) {
  const messages = messagesToJson(file.messages, options);
  if (!options.quiet && !options.silent || messages.length > 0) {
    return { path: file.path, cwd: file.cwd, history: file.history, messages };
  }
}
function messagesToJson(messages, options) {
  let index = -1;
  const result = [];
  while (++index < messages.length) {
    const message = messages[index];
    if (!options.silent || message.fatal) {
      result.push(messageToJson(message));
    }
  }
  return result;
}
function messageToJson(message) {
  return {
    // Omits the `Error` fields `file`, `message`, `name`, `stack`.
    // Does not support `cause`, which is an error class.
    ancestors: message.ancestors,
    column: message.column,
    fatal: message.fatal,
    line: message.line,
    place: message.place,
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    // Well-known:
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url
  };
}

// dist/src/reporters/junit.js
var escapeXml = (text) => printable(text).replace(/[<>&"']/g, (character) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[character]);
function junitReporter(files, context) {
  let tests = 0;
  let failures = 0;
  const suites = files.map((file, index) => {
    const messages = flatten([file], context.base);
    const name = escapeXml(messages[0]?.file ?? file.path);
    const cases = messages.map((message) => {
      const title = escapeXml(`${message.line}:${message.column} ${message.ruleId}`);
      const body = `${escapeXml(message.file)}:${message.line}:${message.column}: ${escapeXml(message.reason)}`;
      if (message.level === "info")
        return `    <testcase classname="${name}" name="${title}"><system-out>${body}</system-out></testcase>`;
      return `    <testcase classname="${name}" name="${title}"><failure type="${message.level}" message="${escapeXml(message.reason)}">${body}</failure></testcase>`;
    });
    if (cases.length === 0)
      cases.push(`    <testcase classname="${name}" name="algoritmekader-lint"/>`);
    const failed = messages.filter((message) => message.level !== "info").length;
    tests += cases.length;
    failures += failed;
    return `  <testsuite name="${name}" id="${index}" tests="${cases.length}" failures="${failed}" errors="0">
${cases.join("\n")}
  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="algoritmekader-lint" tests="${tests}" failures="${failures}">
${suites.join("\n")}
</testsuites>
`;
}

// dist/src/reporters/pretty.js
import path from "node:path";
var STYLE = { underline: [4, 24], red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], green: [32, 39] };
var WORDS = {
  nl: {
    clean: "geen meldingen",
    summary: { error: "fout(en)", warning: "waarschuwing(en)", info: "informatief" }
  },
  en: { clean: "no issues found", summary: { error: "error(s)", warning: "warning(s)", info: "info" } }
};
var LEVEL_STYLE = { error: "red", warning: "yellow", info: "blue" };
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.match(/(?:[^\s`]|`[^`]*`|`)+/g) ?? []) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else
      line = line ? `${line} ${word}` : word;
  }
  if (line)
    lines.push(line);
  return lines;
}
function place(message) {
  const end = message.endLine ? `-${message.endLine}:${message.endColumn ?? 1}` : "";
  return `${message.line}:${message.column}${end}`;
}
function findingLines(messages, options, paint) {
  const levelWords = LEVEL_WORDS[options.lang];
  const places = messages.map(place);
  const placeWidth = Math.max(...places.map((text) => text.length));
  const levelWidth = Math.max(...messages.map((message) => levelWords[message.level].length));
  const lines = [];
  messages.forEach((message, index) => {
    const head = `  ${places[index].padEnd(placeWidth)}  ${paint(LEVEL_STYLE[message.level], levelWords[message.level].padEnd(levelWidth))}  `;
    const reason = printable(message.reason);
    const rule = paint("dim", message.ruleId);
    const plainLength = 2 + placeWidth + 2 + levelWidth + 2 + reason.length + 2 + message.ruleId.length;
    if (!options.columns || plainLength <= options.columns) {
      lines.push(`${head}${reason}  ${rule}`);
      return;
    }
    const indent = 4;
    lines.push(`${head}${rule}`);
    for (const part of wrap(reason, Math.max(30, options.columns - indent - 1)))
      lines.push(`${" ".repeat(indent)}${part}`);
  });
  return lines;
}
function prettyReport(files, options) {
  const paint = (style, text) => options.color ? `\x1B[${STYLE[style][0]}m${text}\x1B[${STYLE[style][1]}m` : text;
  const words = WORDS[options.lang];
  const blocks = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const file of files) {
    const messages = flatten([file], file.cwd).sort((a, b) => a.line - b.line || a.column - b.column);
    const name = printable(file.path ? path.normalize(file.path).split(path.sep).join("/") : "<stdin>");
    for (const message of messages)
      counts[message.level]++;
    if (messages.length === 0) {
      if (options.verbose && !options.quiet)
        blocks.push(`${paint("underline", name)}: ${paint("green", words.clean)}`);
      continue;
    }
    blocks.push([paint("underline", name), ...findingLines(messages, options, paint)].join("\n"));
  }
  const parts = ["error", "warning", "info"].filter((level) => counts[level] > 0).map((level) => `${counts[level]} ${words.summary[level]}`);
  if (parts.length)
    blocks.push(`${counts.error ? paint("red", "\u2716") : paint("yellow", "\u26A0")} ${parts.join(", ")}`);
  const hidden = hiddenLines(options.hidden, options.lang).flatMap((line) => options.columns ? wrap(line, options.columns - 1) : [line]);
  if (hidden.length)
    blocks.push(hidden.map((line) => paint("dim", line)).join("\n"));
  return blocks.join("\n\n");
}

// dist/src/reporters/sarif.js
var SARIF_LEVEL = { error: "error", warning: "warning", info: "note" };
var DEFAULT_LEVEL = { error: "error", warn: "warning", off: "none" };
function sarifReporter(files, context) {
  const { lang } = context;
  const rules = context.rules;
  const messages = flatten(files, context.base);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = messages.map((message) => {
    const region = {
      startLine: message.line,
      startColumn: message.column,
      ...message.endLine ? { endLine: message.endLine, endColumn: message.endColumn } : {}
    };
    const fix = message.message.fix;
    const result = {
      ruleId: message.ruleId,
      ...ruleIndex.has(message.ruleId) ? { ruleIndex: ruleIndex.get(message.ruleId) } : {},
      level: SARIF_LEVEL[message.level],
      message: { text: message.reason },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(message.file), uriBaseId: "%SRCROOT%" }, region } }]
    };
    if (fix) {
      result.fixes = [
        {
          description: { text: `${lang === "nl" ? "Vervang door" : "Replace with"} ${JSON.stringify(fix.text)}` },
          artifactChanges: [
            {
              artifactLocation: { uri: encodeURI(message.file), uriBaseId: "%SRCROOT%" },
              replacements: [{ deletedRegion: { charOffset: fix.start, charLength: fix.end - fix.start }, insertedContent: { text: fix.text } }]
            }
          ]
        }
      ];
    }
    return result;
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: SOURCE,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: "https://github.com/MinBZK/algoritmekader-lint",
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_whole, _dash, letter) => letter.toUpperCase()),
              shortDescription: { text: rule.description[lang] },
              fullDescription: { text: rule.description[lang] },
              helpUri: `${DOCS_BASE}${rule.id}.md`,
              help: { text: `${rule.description[lang]} ${lang === "nl" ? "Zie" : "See"} docs/rules/${rule.id}.md.` },
              defaultConfiguration: { level: DEFAULT_LEVEL[rule.severity] }
            }))
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: `file://${encodeURI(context.base.replace(/\\/g, "/"))}/` } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// dist/src/reporters/index.js
var NEEDS_RULES = /* @__PURE__ */ new Set(["github", "sarif"]);
var REPORTERS = {
  pretty: (files, { quiet, verbose, color, lang, columns, hidden }) => prettyReport(files, { quiet, verbose, color, lang, columns, hidden }),
  json: (files, { quiet }) => reporterJson(files, { quiet }),
  github: githubReporter,
  sarif: sarifReporter,
  junit: junitReporter
};

// dist/src/run/engine.js
import path4 from "node:path";

// dist/src/run/stages/external.js
async function checkExternal(session, pages, selected, options, changes) {
  const { checkExternalUrls, externalUrlsOf } = await import("./external-run.mjs");
  const { repository } = session;
  const external2 = options === true ? {} : options;
  const urls = selected.flatMap((file) => {
    const { tree, value } = pages.get(file);
    return tree ? externalUrlsOf(repository, { docsPath: repository.docsPathOf(file), tree, source: value ?? "" }) : [];
  });
  const previous = changes?.previousUrls();
  const only = previous ? new Set(urls.filter((url) => !previous.has(url))) : external2.only;
  session.run.external = await checkExternalUrls(repository, urls, { ...external2, only, onNotice: session.onNotice, lang: session.lang });
}

// dist/src/run/stages/resolve.js
import path3 from "node:path";

// dist/src/run/stages/select.js
import { readdirSync, statSync } from "node:fs";
import path2 from "node:path";
function firstFolder(entry) {
  return /[*?[{]/.test(entry) ? entry.split(/[*?[{]/)[0] || "." : path2.extname(entry) ? path2.dirname(entry) : entry;
}
async function selectPages(session, entries) {
  if (!entries?.length)
    return void 0;
  const result = [];
  for (const entry of entries) {
    const pages = await pagesOf(session, entry);
    if (pages.length === 0)
      throw new UsageError(ERRORS.noPageMatches, { entry });
    const kept = pages.filter((file) => !skipped(session, file, pages.length === 1 && !/[*?[{]/.test(entry)));
    result.push(...kept);
  }
  return result.map((file) => path2.resolve(file));
}
function lintable(session, files) {
  return [...files].filter((file) => !notLinted(session, file));
}
function skipped(session, file, named) {
  const { repository, cwd } = session;
  const why = notLinted(session, file);
  if (why && named) {
    const docs = path2.relative(cwd, repository.docsDir) || ".";
    session.onNotice?.(say(why, { file: path2.relative(cwd, file) || file, docs }, session.lang));
  }
  return why !== void 0;
}
async function pagesOf(session, entry) {
  const { repository, cwd } = session;
  const absolute = path2.resolve(cwd, entry);
  if (/[*?[{]/.test(entry))
    return globPages(session, entry);
  const inDocs = repository.docsPathOf(absolute);
  if (repository.hasFile(inDocs))
    return [absolute];
  if (repository.hasFolder(inDocs) || inDocs.startsWith("..") && absolute === repository.root) {
    const prefix = inDocs && !inDocs.startsWith("..") ? `${inDocs}/` : "";
    return repository.pagePaths().filter((file) => repository.docsPathOf(file).startsWith(prefix));
  }
  return outsideDocs(session, entry, absolute);
}
var MAX_WALKED = 2e4;
function globPages(session, entry) {
  const { repository, cwd } = session;
  const absolute = path2.isAbsolute(entry);
  const pattern = absolute ? entry : entry.replace(/^(?:\.\/+)+/, "");
  let test;
  try {
    test = globTest(pattern);
  } catch (error) {
    if (!(error instanceof GlobError))
      throw error;
    throw new UsageError(ERRORS.globPattern, { path: PHRASES.pageGlob, pattern: error.pattern, reason: error.reason });
  }
  const matches = (file) => {
    const shown = (absolute ? file : path2.relative(cwd, file)).split(path2.sep).join("/");
    return file.endsWith(".md") && !/(^|\/)node_modules\//.test(shown) && test(shown);
  };
  const pages = [...repository.pagePaths(), ...walk(repository.docsDir).special].filter(matches);
  return pages.length ? pages : walk(path2.resolve(cwd, firstFolder(entry))).files.filter(matches);
}
function walk(folder) {
  const files = [];
  const special = [];
  const pending = [folder];
  let seen = 0;
  while (pending.length && seen < MAX_WALKED) {
    let entries;
    try {
      entries = readdirSync(pending.pop(), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (++seen > MAX_WALKED)
        break;
      const file = path2.join(entry.parentPath, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== ".git")
          pending.push(file);
      } else if (entry.isFile())
        files.push(file);
      else if (!entry.isSymbolicLink())
        special.push(file);
    }
  }
  return { files, special };
}
async function outsideDocs(session, entry, absolute) {
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (!stat)
    throw new UsageError(ERRORS.noSuchPath, { entry, hint: hintFor(nearestPage(session, absolute)) });
  if (!stat.isDirectory())
    return [absolute];
  const { glob } = await import("./glob-dist-esm.mjs");
  return glob("**/*.md", { cwd: absolute, absolute: true, nodir: true, ignore: ["**/node_modules/**"] });
}
async function readChangesSince(session, ref, staged) {
  const { readChanges } = await import("./run-changes.mjs");
  return readChanges(session.repository, ref, staged);
}
async function narrowToChanges(session, pending, explicit) {
  const { completeChanges } = await import("./run-changes.mjs");
  const changes = completeChanges(session.repository, pending);
  session.run.urnChanges = { ...changes.urns, ref: changes.ref };
  return { changes, selected: [.../* @__PURE__ */ new Set([...explicit ?? [], ...lintable(session, changes.pages)])] };
}
function nearestPage(session, absolute) {
  const { repository, cwd } = session;
  const [nearest] = nearestPaths(repository.filePaths(), repository.docsPathOf(absolute), 1);
  return nearest && path2.relative(cwd, path2.join(repository.docsDir, nearest));
}

// dist/src/run/stages/resolve.js
async function resolveRun(options) {
  const cwd = path3.resolve(options.cwd ?? process.cwd());
  const base = options.files ?? diskFiles;
  const files = options.overrides ? overlayFiles(base, Object.fromEntries(Object.entries(options.overrides).map(([file, text]) => [path3.resolve(cwd, file), text]))) : base;
  const start = options.paths?.length ? firstFolder(options.paths[0]) : void 0;
  const session = await createSession({ ...options, cwd, start, files });
  const shown = (docsPath) => path3.relative(cwd, path3.join(session.repository.docsDir, docsPath));
  for (const loop of session.repository.loops)
    options.onNotice?.(say(NOTICES.symlinkLoop, { file: shown(loop) }, session.lang));
  for (const link of session.repository.outside)
    options.onNotice?.(say(NOTICES.symlinkOutside, { file: shown(link) }, session.lang));
  const [firstCut] = session.repository.aliasesCut;
  if (firstCut !== void 0) {
    const details = { file: shown(firstCut), count: session.repository.aliasesCut.length, limit: ALIASED_ENTRIES };
    options.onNotice?.(say(NOTICES.symlinkAliasesCut, details, session.lang));
  }
  return session;
}

// dist/src/run/engine.js
async function lint(options = {}) {
  const result = await lintOnce(options);
  const { changes, session } = result;
  if (!changes || options.acceptConfigChange)
    return result;
  const { changedConfiguration, configurationNotices, strictestOf } = await import("./run-config-change.mjs");
  const changed = changedConfiguration(session, changes, options.configFile);
  if (!changed)
    return result;
  let byBase;
  try {
    byBase = await lintOnce({
      ...options,
      overrides: { ...options.overrides, ...changed },
      suppressions: { location: options.suppressions?.location },
      timings: void 0,
      onNotice: void 0,
      // The network is asked once, by the run with the change's own configuration.
      external: void 0,
      acceptConfigChange: true
    });
  } catch (error) {
    if (!(error instanceof LocalizedError))
      throw error;
    throw new ConfigError(ERRORS.baseConfigurationUnusable, { detail: error.in(session.lang) });
  }
  const notices = configurationNotices(session, changes, Object.keys(changed));
  return { ...result, files: [...strictestOf(result.files, byBase.files, session.lang), ...notices] };
}
async function lintOnce(options) {
  const { timings } = options;
  const timed = (stage, work) => timings ? timings.stage(stage, work) : work();
  let store;
  const knownMkdocs = (root) => {
    store ??= cacheStore(options, root);
    return store && keptMkdocs(store);
  };
  const session = await timed("resolve", () => resolveRun(options.cache ? { ...options, knownMkdocs } : options));
  if (timings)
    session.run.timings = timings;
  try {
    const cache = openCache(session, options, store ?? cacheStore(options, session.root));
    const run = { session, options, cache, all: session.repository.pagePaths(), selected: [], files: [], replayed: false, parsed: 0, reused: 0 };
    for (const stage of STAGES) {
      if (run.replayed && !stage.afterReplay || stage.when && !stage.when(run))
        continue;
      await timed(stage.name, () => stage.run(run));
    }
    const { files, changes, preexisting } = run;
    const parsed = run.parsed + session.repository.parsedOnDemand;
    return { files, repository: session.repository, session, changes, preexisting, suppressions: run.suppressions, stats: { parsed, reused: run.reused } };
  } catch (error) {
    if (error instanceof LocalizedError)
      error.lang ??= session.lang;
    throw error;
  }
}
var STAGES = [
  { name: "select", run: select },
  { name: "replay", when: (run) => run.cache && !run.options.readSources, run: replay },
  { name: "loadFacts", run: load },
  { name: "narrow", when: (run) => run.pending, run: narrow },
  { name: "external", when: (run) => run.options.external, run: external },
  { name: "check", run: check },
  { name: "finish", run: finish },
  { name: "baseline", when: (run) => run.changes, run: baseline },
  { name: "suppress", afterReplay: true, run: suppress },
  { name: "narrowToNew", when: (run) => run.changes && !run.options.allFindings, run: narrowToNew }
];
async function select(run) {
  const { session, options } = run;
  run.explicit = await selectPages(session, options.paths);
  if (options.changedSince !== void 0)
    run.pending = await readChangesSince(session, options.changedSince, options.staged);
  else
    run.selected = run.explicit ?? lintable(session, run.all);
}
function replay(run) {
  const files = replayLastRun(run.session, run.cache, run.all, run.selected);
  if (!files)
    return;
  Object.assign(run, { files, replayed: true, reused: files.length });
}
async function load(run) {
  const { session, options, explicit, pending } = run;
  const parseNow = pending ? /* @__PURE__ */ new Set([...explicit ?? [], ...pending.pages, ...pending.mayDependOn]) : explicit && new Set(explicit);
  const toCheck = new Set(parseNow ?? run.selected);
  const onParsed = (file, tree, source) => toCheck.has(file) ? postSpelling(session, file, tree, source) : Promise.resolve();
  if (!run.cache)
    await warmSpelling(session, toCheck.values().next().value);
  const loaded = await loadFacts(session, [...run.all, ...explicit ?? []], run.cache, options.readSources === true, parseNow, onParsed);
  run.pages = loaded.pages;
  run.parsed += loaded.parsed;
}
async function narrow(run) {
  Object.assign(run, await narrowToChanges(run.session, run.pending, run.explicit));
}
async function external(run) {
  await checkExternal(run.session, run.pages, run.selected, run.options.external, run.changes);
}
async function check(run) {
  const checked = await checkPages(run.session, run.pages, run.selected, run.cache);
  run.files = checked.files;
  run.parsed += checked.parsed;
  run.reused += checked.reused;
}
async function finish(run) {
  run.files = await finishRun(run.session, run.files, run.cache, { onNotice: run.options.onNotice, pages: run.all, selected: run.selected });
}
async function baseline(run) {
  const { oldFindings } = await import("./run-baseline.mjs");
  run.old = await oldFindings(run.session, run.files, run.changes);
}
async function narrowToNew(run) {
  const { dropOldFindings } = await import("./run-baseline.mjs");
  run.preexisting = dropOldFindings(run.files, run.old ?? /* @__PURE__ */ new Set(), run.changes);
}
function suppress(run) {
  const { session, changes, options } = run;
  const { suppressions = {} } = options;
  const rules = session.only && new Set(session.only);
  const base = changes && baseSuppressions(session, changes, suppressions.location, options.onNotice);
  const applied = applySuppressions(session, run.files, { ...suppressions, rules, base, onlyOld: run.old });
  run.files = applied.files;
  run.suppressions = applied.run;
}
function baseSuppressions(session, changes, location, onNotice) {
  const file = path4.resolve(session.root, location ?? SUPPRESSIONS_FILE);
  const text = fileAt(changes.top, changes.base, path4.relative(changes.top, file));
  if (text === void 0)
    return null;
  try {
    return readSuppressions(session.root, memoryFiles(session.root, { [file]: text }), location) ?? null;
  } catch (error) {
    if (!(error instanceof ConfigError))
      throw error;
    onNotice?.(say(NOTICES.baseSuppressionsBroken, { file: path4.relative(session.cwd, file) || file, detail: error.in(session.lang) }, session.lang));
    return void 0;
  }
}
function cacheStore({ cache }, root) {
  if (!cache)
    return void 0;
  if (cache !== true && "store" in cache)
    return cache.store;
  if (cache !== true && cache.location)
    return fileStore(cache.location);
  return fileStore(path4.join(root, "node_modules/.cache/algoritmekader-lint"), root);
}
function openCache(session, { external: external2, changedSince }, store) {
  if (!store || external2 || changedSince !== void 0)
    return void 0;
  const settings = { config: session.config, mkdocs: session.repository.mkdocs, only: session.only ?? null };
  return new LintCache(store, settings);
}

// dist/src/entries/cli/args.js
import { parseArgs } from "node:util";
var ArgumentError = class extends LocalizedError {
};
var HELP = {
  en: `Usage: algoritmekader-lint [options] [files, folders or globs\u2026]

Checks the pages of an Algoritmekader repository (mkdocs.yml and docs/):
frontmatter, URNs, labels, references, site markers, sections and links.
Without paths, every page under the docs folder is checked.

Options:
  --root <folder>          repository root (folder with mkdocs.yml); default: found upward
  --config <file>          JSON or YAML configuration (default: .algoritmekader-lint.json in the root)
  --allow-code-config      load .algoritmekader-lint.mjs/.js (runs code from the repository:
                           never on untrusted pull requests; .remarkrc.js is never run)
  --reporter <name[=file]> pretty (default), json, github, sarif or junit; repeat for
                           several; "=file" writes to a file (sarif=out.sarif)
  --cache                  reuse results of unchanged pages between runs
  --cache-location <path>  cache folder or .json file (default: node_modules/.cache/algoritmekader-lint/)
  --fix                    apply safe fixes to the pages (written atomically), then report what is left
  --fix-dry-run            print the fixes as a unified diff; change nothing
  --changed-since <ref>    only pages changed since a git ref (e.g. origin/main), plus the pages
                           that point at them; reports URNs removed, changed or moved; only
                           findings the change brought (new ones, and those on changed lines)
  --all-findings           with --changed-since: also the findings that were already there
  --staged                 judge what is staged for the next commit, as a pull request against HEAD
                           (pre-commit): only the findings it brings fail; unstaged edits are not seen
  --accept-config-change   with --changed-since: judge by the change's own configuration alone
                           (by default the base's configuration judges too, where it is stricter)
  --suppress-all           record every finding of this run in .algoritmekader-lint-suppressions.json
                           (to switch the linter on in a repository with old findings)
  --prune-suppressions     lower the counts in the suppressions file to what is left
  --suppressions-location <file>  suppressions file (default: .algoritmekader-lint-suppressions.json in the root)
  --external               also check external http(s) links (network; successes cached a day)
  --external-cache <file>  cache file (default: node_modules/.cache/algoritmekader-lint/external-links.json)
  --external-allow-address <ip|cidr>  let the external check reach this internal address or range
                           (repeat for several); never taken from a file in the repository
  --external-allow-private let the external check reach every internal address (loopback, private)
                           Headers for the external check: ALGORITMEKADER_LINT_HTTP_HEADERS (JSON, as httpHeaders)
  --progress, --no-progress  progress of the external check on stderr (default: on a terminal only)
  --rule <id>              only this rule (repeat for several); the others are off
  --stdin                  read the page from standard input (with --stdin-filename)
  --stdin-filename <path>  where that page is in the repository (decides its kind and links)
  --print-config <file>    print the configuration that applies to that page, and stop
  --list-rules             list the rules with their severity, and stop
  --quiet                  only show files with messages
  --verbose                also list files without messages
  --timing                 after the report, the time per stage and per rule (on stderr)
  --max-warnings <n>       exit 1 when there are more than n warnings (-1: no limit)
  --lang <nl|en>           message language (default: nl)
  --no-color               plain output (also NO_COLOR=1; FORCE_COLOR=1 forces colour)
  -h, --help               this help
  -v, --version            the version

Exit status: 0 no errors, 1 errors (or too many warnings), 2 usage or configuration error.`,
  nl: `Gebruik: algoritmekader-lint [opties] [bestanden, mappen of globs\u2026]

Controleert de pagina's van een Algoritmekader-repository (mkdocs.yml en docs/):
frontmatter, URN's, labels, verwijzingen, site-markeringen, secties en links.
Zonder paden wordt elke pagina in de docs-map gecontroleerd.

Opties:
  --root <map>             hoofdmap van de repository (met mkdocs.yml); standaard: naar boven gezocht
  --config <bestand>       JSON- of YAML-configuratie (standaard: .algoritmekader-lint.json in de hoofdmap)
  --allow-code-config      laad .algoritmekader-lint.mjs/.js (voert code uit de repository uit:
                           nooit op pull requests van anderen; .remarkrc.js wordt nooit uitgevoerd)
  --reporter <naam[=bestand]> pretty (standaard), json, github, sarif of junit; herhaal voor
                           meer; "=bestand" schrijft naar een bestand (sarif=out.sarif)
  --cache                  hergebruik resultaten van ongewijzigde pagina's tussen runs
  --cache-location <pad>   cachemap of .json-bestand (standaard: node_modules/.cache/algoritmekader-lint/)
  --fix                    pas veilige herstellingen toe (atomair geschreven), meld daarna wat overblijft
  --fix-dry-run            toon de herstellingen als unified diff; verander niets
  --changed-since <ref>    alleen pagina's die sinds een git-ref zijn gewijzigd (bijv. origin/main), plus
                           de pagina's die ernaar wijzen; meldt verwijderde, gewijzigde of verplaatste URN's;
                           alleen meldingen die de wijziging meebracht (nieuwe, en op gewijzigde regels)
  --all-findings           met --changed-since: ook de meldingen die er al stonden
  --staged                 beoordeel wat klaarstaat voor de volgende commit, als pull request tegen HEAD
                           (pre-commit): alleen meldingen die het meebrengt, falen; niet-gestagede wijzigingen tellen niet
  --accept-config-change   met --changed-since: beoordeel alleen met de eigen configuratie van de wijziging
                           (standaard beoordeelt ook de configuratie van de basis, waar die strenger is)
  --suppress-all           leg elke melding van deze run vast in .algoritmekader-lint-suppressions.json
                           (om de linter aan te zetten in een repository met oude meldingen)
  --prune-suppressions     verlaag de aantallen in het onderdrukkingenbestand tot wat er nog is
  --suppressions-location <bestand>  onderdrukkingenbestand (standaard: .algoritmekader-lint-suppressions.json in de hoofdmap)
  --external               controleer ook externe http(s)-links (netwerk; successen een dag bewaard)
  --external-cache <bestand> cachebestand (standaard: node_modules/.cache/algoritmekader-lint/external-links.json)
  --external-allow-address <ip|cidr>  laat de externe controle dit interne adres of bereik bereiken
                           (herhaal voor meer); nooit uit een bestand in de repository
  --external-allow-private laat de externe controle elk intern adres bereiken (loopback, priv\xE9)
                           Headers voor de externe controle: ALGORITMEKADER_LINT_HTTP_HEADERS (JSON, als httpHeaders)
  --progress, --no-progress  voortgang van de externe controle op stderr (standaard: alleen in een terminal)
  --rule <id>              alleen deze regel (herhaal voor meer); de andere staan uit
  --stdin                  lees de pagina van standaardinvoer (met --stdin-filename)
  --stdin-filename <pad>   waar die pagina in de repository staat (bepaalt soort en links)
  --print-config <bestand> toon de configuratie die voor die pagina geldt, en stop
  --list-rules             toon de regels met hun ernst, en stop
  --quiet                  toon alleen bestanden met meldingen
  --verbose                toon ook bestanden zonder meldingen
  --timing                 toon na het rapport de tijd per stap en per regel (op stderr)
  --max-warnings <n>       exit 1 bij meer dan n waarschuwingen (-1: geen grens)
  --lang <nl|en>           taal van de meldingen (standaard: nl)
  --no-color               zonder kleur (ook NO_COLOR=1; FORCE_COLOR=1 dwingt kleur af)
  -h, --help               deze hulp
  -v, --version            de versie

Exitcode: 0 geen fouten, 1 fouten (of te veel waarschuwingen), 2 gebruiks- of configuratiefout.`
};
function negativeValuesJoined(argv) {
  const joined = [];
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === "--max-warnings" && /^-\d+$/.test(argv[index + 1] ?? ""))
      joined.push(`--max-warnings=${argv[++index]}`);
    else
      joined.push(argv[index]);
  }
  return joined;
}
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseCliArgsRaw(negativeValuesJoined(argv));
  } catch (error) {
    throw parseArgsError(error);
  }
  return toOptions(parsed);
}
var OPTIONS = {
  root: { type: "string" },
  config: { type: "string" },
  reporter: { type: "string", multiple: true },
  quiet: { type: "boolean", short: "q" },
  "max-warnings": { type: "string" },
  lang: { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "changed-since": { type: "string" },
  "all-findings": { type: "boolean" },
  "accept-config-change": { type: "boolean" },
  staged: { type: "boolean" },
  "suppress-all": { type: "boolean" },
  "prune-suppressions": { type: "boolean" },
  "suppressions-location": { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "allow-code-config": { type: "boolean" },
  external: { type: "boolean" },
  "external-cache": { type: "string" },
  "external-allow-private": { type: "boolean" },
  "external-allow-address": { type: "string", multiple: true },
  progress: { type: "boolean" },
  "no-progress": { type: "boolean" },
  rule: { type: "string", multiple: true },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  "print-config": { type: "string" },
  "list-rules": { type: "boolean" },
  verbose: { type: "boolean" },
  timing: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function parseArgsError(error) {
  const option = /--[\w-]+/.exec(error.message)?.[0] ?? /'(-\w)/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const [near] = closest(option.replace(/^-+/, ""), Object.keys(OPTIONS));
    return new ArgumentError(ERRORS.unknownOption, { option, hint: hintFor(near && `--${near}`) });
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return new ArgumentError(/does not take an argument/.test(error.message) ? ERRORS.optionTakesNoValue : ERRORS.optionNeedsValue, { option });
  }
  return new ArgumentError({ nl: error.message, en: error.message });
}
function parseCliArgsRaw(argv) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: OPTIONS
  });
}
function toOptions({ values, positionals }) {
  const lang = values.lang;
  if (lang !== void 0 && lang !== "nl" && lang !== "en")
    throw new ArgumentError(ERRORS.langValue, { value: lang });
  const maxWarnings = values["max-warnings"] === void 0 || values["max-warnings"] === "-1" ? void 0 : wholeNumber("--max-warnings", values["max-warnings"]);
  if (values.fix && values["fix-dry-run"])
    throw new ArgumentError(ERRORS.fixAndDryRun);
  if (values["stdin-filename"] !== void 0 && !values.stdin)
    throw new ArgumentError(ERRORS.stdinFilenameAlone);
  if (values.stdin && values["stdin-filename"] === void 0)
    throw new ArgumentError(ERRORS.stdinNeedsFilename);
  if (values.stdin && positionals.length)
    throw new ArgumentError(ERRORS.stdinPaths);
  if (values.stdin && values.fix)
    throw new ArgumentError(ERRORS.stdinFix);
  if (values["suppress-all"] && values["prune-suppressions"])
    throw new ArgumentError(ERRORS.suppressAndPrune);
  if ((values["suppress-all"] || values["prune-suppressions"]) && (values.stdin || values.staged || values["changed-since"] !== void 0))
    throw new ArgumentError(ERRORS.suppressWholeRun);
  if (values.staged && (values.stdin || values.fix || values["fix-dry-run"] || values["changed-since"] !== void 0 || positionals.length))
    throw new ArgumentError(ERRORS.stagedAlone);
  for (const entry of values["external-allow-address"] ?? []) {
    if (!parseRange(entry))
      throw new ArgumentError(ERRORS.notAnAddress, { option: "--external-allow-address", entry });
  }
  const reporters = (values.reporter ?? ["pretty"]).map((spec) => {
    const [name, ...rest] = spec.split("=");
    return { name, output: rest.length ? rest.join("=") : void 0 };
  });
  return {
    paths: positionals,
    root: values.root,
    reporters,
    quiet: values.quiet ?? false,
    maxWarnings,
    lang,
    config: values.config,
    color: values["no-color"] ? false : values.color,
    changedSince: values["changed-since"],
    allFindings: values["all-findings"] ?? false,
    acceptConfigChange: values["accept-config-change"] ?? false,
    staged: values.staged ?? false,
    writeSuppressions: values["suppress-all"] ? "all" : values["prune-suppressions"] ? "prune" : void 0,
    suppressionsLocation: values["suppressions-location"],
    cache: values.cache ?? false,
    cacheLocation: values["cache-location"],
    fix: values.fix ?? false,
    fixDryRun: values["fix-dry-run"] ?? false,
    allowCodeConfig: values["allow-code-config"] ?? false,
    external: values.external ?? false,
    externalCache: values["external-cache"],
    externalAllowPrivate: values["external-allow-private"] ?? false,
    externalAllowAddresses: values["external-allow-address"],
    progress: values["no-progress"] ? false : values.progress,
    rules: values.rule,
    stdin: values.stdin ?? false,
    stdinFilename: values["stdin-filename"],
    printConfig: values["print-config"],
    listRules: values["list-rules"] ?? false,
    verbose: values.verbose ?? false,
    timing: values.timing ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  };
}
function wholeNumber(option, value) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new ArgumentError(ERRORS.wholeNumber, { option, value });
  return number;
}

// dist/src/entries/cli/inspect.js
import path5 from "node:path";
async function ruleSettings(options, file) {
  const session = await createSession(options);
  await loadRules(session);
  const active = new Map((file ? activeFor(session, file) : session.active ?? []).map((entry) => [entry.rule.meta.id, entry]));
  const rules = (session.ruleList ?? []).map((rule) => {
    const entry = active.get(rule.meta.id);
    return { meta: rule.meta, severity: entry?.severity ?? "off", options: entry?.options };
  });
  return { session, rules };
}
async function printConfig(options, file) {
  const absolute = path5.resolve(options.cwd ?? process.cwd(), file);
  const { session, rules } = await ruleSettings({ ...options, start: path5.dirname(absolute) }, absolute);
  const { repository } = session;
  const docsPath = repository.docsPathOf(absolute);
  const { overrides: _overrides, ...config } = session.config;
  const printed = {
    file: path5.relative(session.cwd, absolute) || file,
    root: repository.root,
    kind: repository.kindOf(absolute),
    ignored: session.policy.isIgnored(absolute),
    builtByMkdocs: !docsPath.startsWith("..") && !repository.isNotBuilt(docsPath),
    mkdocs: repository.mkdocs,
    ...config,
    rules: Object.fromEntries(rules.map(({ meta, severity, options: options2 }) => [meta.id, options2 && Object.keys(options2).length ? [severity, options2] : severity]))
  };
  return `${JSON.stringify(printed, null, 2)}
`;
}
async function listRules(options) {
  const { session, rules } = await ruleSettings(options, void 0);
  const { lang } = session;
  const width = Math.max(...rules.map(({ meta }) => meta.id.length));
  return `${rules.map(({ meta, severity }) => `${meta.id.padEnd(width)}  ${severity.padEnd(5)}  ${meta.description[lang]}`).join("\n")}
`;
}

// dist/src/entries/cli/notices.js
var NOTICES2 = {
  fixed: { nl: "{count} bestand(en) hersteld", en: "fixed {count} file(s)" },
  changed: {
    nl: "{file} niet hersteld: het bestand is tijdens de controle gewijzigd; draai `--fix` opnieuw",
    en: "not fixed {file}: it changed while it was being checked; run `--fix` again"
  },
  hardlinked: {
    nl: "{file} niet hersteld: het bestand heeft meer namen (hardlink); een herstel zou ze scheiden",
    en: "not fixed {file}: it has more than one name (hard link); a fix would split them"
  },
  "read-only": { nl: "{file} niet hersteld: het bestand is alleen-lezen", en: "not fixed {file}: it is read-only" },
  stub: {
    nl: "{file} niet hersteld: het is een symbolische link van git (een bestand met een pad); herstel het doel",
    en: "not fixed {file}: it is a git symbolic link (a file holding a path); fix its target"
  },
  progress: {
    nl: "externe links: {done}/{total} gecontroleerd, {failures} werken niet",
    en: "external links: {done}/{total} checked, {failures} failing"
  },
  suppressionsWritten: {
    nl: "alle meldingen van deze run vastgelegd in {file}: commit het bestand; los ze op en draai dan `--prune-suppressions`",
    en: "recorded every finding of this run in {file}: commit it; fix them, then run `--prune-suppressions`"
  },
  suppressionsPruned: {
    nl: "{file} bijgewerkt: alleen de meldingen die er nog zijn blijven onderdrukt",
    en: "updated {file}: only the findings that remain stay suppressed"
  },
  owner: {
    nl: "{file} niet hersteld: de eigenaar van het bestand kan niet behouden blijven",
    en: "not fixed {file}: its owner cannot be kept"
  }
};
function noticeText(id, lang, params = {}) {
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === "string" ? printable(value) : value]));
  return format(NOTICES2[id][lang], values);
}
function notice(id, lang, params = {}) {
  return `algoritmekader-lint: ${noticeText(id, lang, params)}
`;
}

// dist/src/entries/cli/main.js
var defaultIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.isTTY ? process.stdout.columns : void 0
};
async function fixFiles(files, dryRun, io, lang) {
  const { applyFixes, fixDiff, writeFix } = await import("./run-fix.mjs");
  let changed = 0;
  for (const file of files) {
    const before = String(file.value ?? "");
    const { text, applied } = applyFixes(before, file.messages);
    if (applied.length === 0 || text === before)
      continue;
    if (dryRun) {
      io.stdout(fixDiff(file.path, before, text));
      changed++;
      continue;
    }
    const outcome = writeFix(path6.resolve(file.cwd, file.path), before, text, file.data.bom === true);
    if ("written" in outcome)
      changed++;
    else
      io.stderr(notice(outcome.skipped, lang, { file: file.path }));
  }
  if (!dryRun && changed > 0)
    io.stderr(notice("fixed", lang, { count: changed }));
  return changed;
}
function progressPrinter(io) {
  let last = 0;
  return ({ done, total, failures }, lang) => {
    const now = Date.now();
    if (done < total && now - last < 100)
      return;
    last = now;
    io.stderr(`\r${noticeText("progress", lang, { done, total, failures })}${done === total ? "\n" : ""}`);
  };
}
async function writeReports(files, run, options, io) {
  const { base, lang, changes, hidden } = run;
  const ruleMetas = options.reporters.some(({ name }) => NEEDS_RULES.has(name)) ? (await import("./rules.mjs")).rules.map((rule) => rule.meta) : [];
  const wantsLines = changes && (io.onReport || options.reporters.some(({ name }) => name === "github"));
  const changedLines = wantsLines ? changes.changedLines() : void 0;
  for (const { name, output } of options.reporters) {
    const text = REPORTERS[name](files, {
      rules: ruleMetas,
      quiet: options.quiet,
      verbose: options.verbose,
      columns: output ? void 0 : io.columns,
      color: output ? false : options.color ?? io.isTTY,
      base,
      env: io.env ?? process.env,
      lang,
      changedLines,
      hidden
    });
    if (output) {
      writeReportFile(output, text.endsWith("\n") ? text : `${text}
`, io.cwd);
    } else if (text) {
      const write = name === "github" && io.annotate ? io.annotate : io.stdout;
      write(text.endsWith("\n") ? text : `${text}
`);
    }
  }
  io.onReport?.({ files, base, changes, changedLines, hidden, lang });
}
function writeReportFile(output, text, cwd) {
  const inside = path6.isAbsolute(output) ? void 0 : cwd;
  try {
    writeFileAtomically(path6.resolve(cwd, output), text, { makeFolder: true, inside });
  } catch (error) {
    if (error instanceof OutsideFolderError)
      throw new UsageError(ERRORS.reportOutside, { output, cwd });
    throw error;
  }
}
function exitStatus(files, maxWarnings, io, lang) {
  let errors = 0;
  let warnings = 0;
  for (const file of files)
    for (const message of file.messages) {
      if (message.fatal)
        errors++;
      else if (message.fatal === false)
        warnings++;
    }
  if (errors > 0)
    return 1;
  if (maxWarnings !== void 0 && warnings > maxWarnings) {
    io.stderr(`algoritmekader-lint: ${say(ERRORS.tooManyWarnings, { count: warnings, max: maxWarnings }, lang)}
`);
    return 1;
  }
  return 0;
}
function useColor(options, io) {
  if (options.color !== void 0)
    return options.color;
  const env = io.env ?? process.env;
  if (env.FORCE_COLOR !== void 0 && !["0", "false"].includes(env.FORCE_COLOR))
    return true;
  if (env.NO_COLOR)
    return false;
  return io.isTTY;
}
function sessionOptions(options, io) {
  return {
    cwd: io.cwd,
    root: options.root,
    configFile: options.config,
    lang: options.lang,
    only: options.rules,
    allowCodeConfig: options.allowCodeConfig,
    onNotice: (text) => io.stderr(`algoritmekader-lint: ${text}
`)
  };
}
async function stagedChange(options, io) {
  const git = await import("./run-git.mjs");
  const top = git.gitTopLevel(path6.resolve(io.cwd, options.root ?? "."));
  return { tree: git.stagedTree(top), since: git.hasHead(top) ? "HEAD" : void 0 };
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin)
    chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
async function lintAndReport(options, io) {
  const showProgress = options.progress ?? (io.isTTY && !(io.env ?? process.env).CI);
  const external2 = options.external ? {
    cacheFile: options.externalCache ? path6.resolve(io.cwd, options.externalCache) : void 0,
    onProgress: showProgress ? progressPrinter(io) : void 0,
    ...trustedExternal(options, io.env ?? process.env)
  } : void 0;
  const stdinFile = options.stdin && options.stdinFilename ? path6.resolve(io.cwd, options.stdinFilename) : void 0;
  const staged = options.staged ? await stagedChange(options, io) : void 0;
  const lintOptions = {
    ...sessionOptions(options, io),
    paths: stdinFile ? [stdinFile] : options.paths,
    start: stdinFile ? path6.dirname(stdinFile) : void 0,
    overrides: stdinFile ? { [stdinFile]: await (io.readStdin ?? readStdin)() } : staged?.tree,
    external: external2,
    changedSince: staged ? staged.since : options.changedSince,
    staged: staged !== void 0,
    readSources: options.fix || options.fixDryRun,
    cache: options.cache && !stdinFile ? { location: options.cacheLocation ? path6.resolve(io.cwd, options.cacheLocation) : void 0 } : void 0,
    timings: options.timing ? Timings.sinceProcessStart() : void 0,
    allFindings: options.allFindings,
    acceptConfigChange: options.acceptConfigChange,
    suppressions: { location: options.suppressionsLocation, write: options.writeSuppressions }
  };
  let result = await lint(lintOptions);
  let { files, repository } = result;
  const { changes } = result;
  const { lang } = result.session;
  if (options.fix || options.fixDryRun) {
    const fixed = await fixFiles(files, options.fixDryRun, io, lang);
    if (fixed > 0 && !options.fixDryRun) {
      result = await lint({ ...lintOptions, external: void 0, suppressions: { location: options.suppressionsLocation } });
      ({ files, repository } = result);
    }
  }
  if (result.suppressions.written) {
    const file = path6.relative(io.cwd, result.suppressions.written) || result.suppressions.written;
    io.stderr(notice(options.writeSuppressions === "all" ? "suppressionsWritten" : "suppressionsPruned", lang, { file }));
  }
  const { timings } = lintOptions;
  const hidden = { preexisting: result.preexisting, suppressed: result.suppressions.suppressed };
  const report = () => writeReports(files, { base: repository.root, lang, changes, hidden }, options, io);
  await (timings ? timings.stage("report", report) : report());
  if (timings)
    io.stderr(timings.format(lang));
  return exitStatus(files, options.maxWarnings, io, lang);
}
function langIn(argv) {
  let lang = "nl";
  argv.forEach((arg, index) => {
    const value = arg.startsWith("--lang=") ? arg.slice("--lang=".length) : arg === "--lang" ? argv[index + 1] : void 0;
    if (value === "en" || value === "nl")
      lang = value;
  });
  return lang;
}
async function main(argv, rawIo = defaultIo) {
  const io = { ...rawIo, stdout: (text) => rawIo.stdout(noCommands(text)), stderr: (text) => rawIo.stderr(noCommands(text)), annotate: rawIo.stdout };
  try {
    const options = parseCliArgs(argv);
    options.color = useColor(options, io);
    if (options.help) {
      io.stdout(`${HELP[options.lang ?? "nl"]}
`);
      return 0;
    }
    if (options.version) {
      io.stdout(`${VERSION}
`);
      return 0;
    }
    for (const { name } of options.reporters) {
      if (!REPORTERS[name])
        throw new ArgumentError(ERRORS.unknownReporter, { name, choices: Object.keys(REPORTERS).join(", ") });
    }
    if (options.listRules) {
      io.stdout(await listRules(sessionOptions(options, io)));
      return 0;
    }
    if (options.printConfig) {
      io.stdout(await printConfig(sessionOptions(options, io), options.printConfig));
      return 0;
    }
    return await lintAndReport(options, io);
  } catch (error) {
    const lang = langIn(argv);
    if (error instanceof LocalizedError) {
      io.stderr(`algoritmekader-lint: ${error.in(lang)}
${error instanceof ArgumentError ? `${say(ERRORS.seeHelp, {}, lang)}
` : ""}`);
      return 2;
    }
    io.stderr(`algoritmekader-lint: ${say(ERRORS.unexpected, { detail: error?.message ?? String(error) }, lang)}
`);
    if (process.env.ALGORITMEKADER_LINT_DEBUG)
      io.stderr(`${error?.stack ?? ""}
`);
    return 2;
  }
}

export {
  HEADERS_ENV,
  main
};
