import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  activeRules
} from "./shared-rule-kit-directives.mjs";
import {
  DOCS_BASE,
  SOURCE
} from "./shared-rule-kit-constants.mjs";
import {
  IGNORE_FILE,
  MKDOCS_FILE,
  filePolicy,
  notBuiltMatcher,
  readMkdocs
} from "./shared-config-file-policy.mjs";
import {
  CODE_CONFIG_FILE_NAMES,
  CONFIG_FILE_NAMES,
  ITEM_KINDS,
  configFor,
  diskFiles,
  findCodeConfigFile,
  isItemKind,
  jsonErrorPlace,
  loadCodeConfig,
  location,
  readConfigFile
} from "./shared-config-config.mjs";
import {
  MAX_TEXT_BYTES,
  RefusedFileError,
  checkConfig,
  closest,
  refusalOf,
  validatorFor
} from "./shared-config-glob-match.mjs";
import {
  writeFileAtomically
} from "./shared-run-atomic-write.mjs";
import {
  isWithin
} from "./shared-repository-files.mjs";
import {
  VFile
} from "./shared-unist-util-stringify-position.mjs";
import {
  ConfigError,
  ERRORS,
  NOTICES,
  PHRASES,
  UsageError,
  hintFor,
  say
} from "./shared-errors.mjs";
import {
  format
} from "./shared-reporters-printable.mjs";
import {
  __require
} from "./shared-runtime.mjs";

// dist/src/repository/repository.js
import { existsSync, statSync } from "node:fs";
import path from "node:path";

// dist/src/repository/digest.js
var createHash;
function sha1(text) {
  createHash ??= __require("node:crypto").createHash;
  return createHash("sha1").update(text).digest("hex");
}

// dist/src/repository/repository.js
function mtimeOf(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}
function findRoot(start) {
  let current = path.resolve(start);
  for (; ; ) {
    if (existsSync(path.join(current, MKDOCS_FILE)))
      return current;
    const parent = path.dirname(current);
    if (parent === current)
      return void 0;
    current = parent;
  }
}
var PLAIN_VALUE = /^[\w:./-]+$/;
var MAY_HIDE = /[\\&*!%]/;
function heldValues(record) {
  const values = record.urn === void 0 ? [] : [record.urn];
  for (const value of Object.values(record.data))
    if (Array.isArray(value)) {
      for (const item of value)
        if (typeof item === "string")
          values.push(item);
    }
  return values;
}
var TokenIndex = class {
  records;
  byToken = /* @__PURE__ */ new Map();
  always = [];
  order = /* @__PURE__ */ new Map();
  constructor(records) {
    this.records = records;
    for (const record of records) {
      this.order.set(record, this.order.size);
      const raw = record.rawFrontmatter;
      if (raw !== void 0 && MAY_HIDE.test(raw)) {
        this.always.push(record);
        continue;
      }
      const tokens = raw === void 0 ? heldValues(record) : raw.match(/[\w:./-]+/g) ?? [];
      for (const token of new Set(tokens)) {
        const list = this.byToken.get(token);
        if (list)
          list.push(record);
        else
          this.byToken.set(token, [record]);
      }
    }
  }
  /** The pages whose frontmatter may hold `value` (a superset of those that do), in the model's order. */
  candidates(value) {
    if (!PLAIN_VALUE.test(value))
      return this.records;
    const found = [...this.always, ...this.byToken.get(value) ?? []];
    return found.sort((a, b) => this.order.get(a) - this.order.get(b));
  }
};
var digests = /* @__PURE__ */ new WeakMap();
function pageDigest(record) {
  if (!record)
    return void 0;
  let digest = digests.get(record);
  if (digest === void 0) {
    digest = sha1(JSON.stringify([record.docsPath, record.kind, record.urn, record.data, [...record.anchors].sort(), record.headings]));
    digests.set(record, digest);
  }
  return digest;
}
function textDigest(text) {
  return text === void 0 ? "absent" : sha1(text);
}
var Repository = class {
  root;
  docsDir;
  config;
  /** What mkdocs.yml says about the site (docs_dir, site_url, use_directory_urls, exclude_docs, draft_docs). */
  mkdocs;
  /** mkdocs.yml's text with its settings (kept by the cache). */
  mkdocsRead;
  /** Where pages and other files are read from (disk, memory, or disk with changes). */
  files;
  listing;
  vocabularies;
  audit;
  pages = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  urnIndex;
  tokens;
  referenceIndex = /* @__PURE__ */ new Map();
  knownFolderTimes = /* @__PURE__ */ new Map();
  lastRecheck = Date.now();
  reads;
  /** Answers to questions while the model is unchanged (a cached run replays many of the same). */
  answers = /* @__PURE__ */ new Map();
  schemaTexts = /* @__PURE__ */ new Map();
  /** Text files read by `textFile`, with the size and time they had. */
  textFiles = /* @__PURE__ */ new Map();
  /** Pages known by their frontmatter that a rule needed parsed after all. */
  parsedOnDemand = 0;
  constructor(root, config, files = diskFiles, knownMkdocs) {
    this.root = path.resolve(root);
    this.config = config;
    this.files = files;
    this.mkdocsRead = readMkdocs(this.root, files, knownMkdocs);
    this.mkdocs = this.mkdocsRead.settings;
    this.docsDir = path.resolve(this.root, config.docsDir ?? this.mkdocs.docsDir);
    this.checkConfiguredPaths();
    this.listing = this.builtFiles();
    if (![...this.listing.files].some((file) => file.endsWith(".md"))) {
      const where = config.docsDir !== void 0 ? PHRASES.docsDirInConfig : this.mkdocs.docsDirAt ?? PHRASES.noDocsDir;
      throw new ConfigError(ERRORS.docsFolderMissing, { where, folder: path.relative(this.root, this.docsDir) || "." });
    }
    this.knownFolderTimes = this.folderTimes();
    this.vocabularies = this.loadVocabularies();
    for (const kind of ITEM_KINDS)
      this.byName.set(kind, /* @__PURE__ */ new Map());
  }
  /**
   * Run `check` and return, with its result, every question it asked the
   * model. Replaying them later (`answersTo`) tells whether anything the
   * check depended on has changed: the cache needs no list of facts per rule.
   */
  recordReads(check) {
    const outer = this.reads;
    this.reads = /* @__PURE__ */ new Map();
    try {
      const result = check();
      return { result, reads: [...this.reads.values()] };
    } finally {
      this.reads = outer;
    }
  }
  /** Run `work` without recording its questions (the model loading a page's facts is not a rule asking). */
  unrecorded(work) {
    const recording = this.reads;
    this.reads = void 0;
    try {
      return work();
    } finally {
      this.reads = recording;
    }
  }
  /** The current answers to recorded questions, hashed. */
  answersTo(reads) {
    return this.unrecorded(() => sha1(JSON.stringify(reads.map((read) => this.memoizedAnswer(read)))));
  }
  memoizedAnswer(read) {
    const key = read.join("\0");
    if (!this.answers.has(key))
      this.answers.set(key, this.answer(read));
    return this.answers.get(key);
  }
  answer([question, ...args]) {
    const [a = "", b = "", c = ""] = args;
    switch (question) {
      case "findByName":
        return pageDigest(this.findByName(a, b));
      case "page":
        return pageDigest(this.page(a));
      case "namesOf":
        return this.namesOf(a).sort();
      case "pagesWithUrn":
        return this.pagesWithUrn(a).map((record) => record.docsPath);
      case "referencesTo":
        return this.referencesTo(a, b, c).map((record) => record.docsPath);
      case "hasFile":
        return this.hasFile(a);
      case "hasFolder":
        return this.hasFolder(a);
      case "filePaths":
        return sha1([...this.listing.files].sort().join("\n"));
      case "vocabulary":
        return [...this.vocabulary(a) ?? []].sort();
      case "auditCodes":
        return sha1(this.auditCodesText());
      case "schema":
        return this.schemaText(a) ?? null;
      case "textFile":
        return textDigest(this.textFile(a));
      default:
        return Math.random();
    }
  }
  note(...read) {
    this.reads?.set(read.join("\0"), read);
  }
  /** The files under the docs folder that mkdocs builds: without `exclude_docs`, `draft_docs` and its default exclusions. */
  builtFiles() {
    const listing = this.files.list(this.docsDir, this.root);
    return {
      ...listing,
      files: new Set([...listing.files].filter((file) => !this.isNotBuilt(file))),
      folders: new Set([...listing.folders].filter((folder) => folder === "" || !this.isNotBuilt(`${folder}/`)))
    };
  }
  notBuilt;
  /** A docs path mkdocs leaves out of the site (`exclude_docs`, `draft_docs`, dot files, `templates/`). */
  isNotBuilt(docsPath) {
    this.notBuilt ??= notBuiltMatcher(this.mkdocs);
    return !docsPath.startsWith("..") && docsPath !== "" && this.notBuilt.ignores(docsPath);
  }
  /** The published site: `siteUrl` in the configuration, else `site_url` in mkdocs.yml. */
  get siteUrl() {
    return this.config.siteUrl ?? this.mkdocs.siteUrl;
  }
  /** Docs-relative POSIX path of an absolute path (may start with `..` when outside). */
  docsPathOf(file) {
    return path.relative(this.docsDir, path.resolve(file)).split(path.sep).join("/");
  }
  /** Kind of a page from its folder. */
  kindOf(file) {
    const docsPath = this.docsPathOf(file);
    const folder = path.posix.dirname(docsPath);
    for (const kind of ITEM_KINDS) {
      if (folder === this.config.kinds[kind].folder) {
        return path.posix.basename(docsPath) === "index.md" ? "overview" : kind;
      }
    }
    return path.posix.basename(docsPath) === "index.md" ? "overview" : "page";
  }
  /** Every file under docs/ (docs-relative POSIX paths). */
  filePaths() {
    this.note("filePaths");
    return this.listing.files;
  }
  /** Folders skipped because a symlink led back into an ancestor. */
  get loops() {
    return this.listing.loops;
  }
  /** Symbolic links under docs/ skipped because they lead outside the repository. */
  get outside() {
    return this.listing.outside;
  }
  /** Folders reached again through links and not listed: too many files were reached that way. */
  get aliasesCut() {
    return this.listing.aliasesCut ?? [];
  }
  /** A page's text (or why it cannot be read), through the model's file source and within the repository. */
  readPage(file) {
    return this.files.readPage(file, this.root);
  }
  /** Allowed values of a label (`levenscyclus`, `onderwerp`, `rollen`): the page names in its folder. */
  vocabulary(key) {
    this.note("vocabulary", key);
    return this.vocabularies.get(key);
  }
  /** Every Markdown page under docs/, absolute paths, sorted. */
  pagePaths() {
    return [...this.listing.files].filter((file) => file.endsWith(".md")).sort().map((file) => path.join(this.docsDir, file));
  }
  /** Take in a page's facts as they were recorded earlier (`--cache`). */
  importRecord(file, stored) {
    const record = { ...stored, path: path.resolve(file), anchors: new Set(stored.anchors) };
    this.setRecord(record);
    return record;
  }
  /** Add or replace a page's facts. */
  setRecord(record) {
    const { kind, docsPath } = record;
    this.removePage(record.path);
    this.pages.set(record.path, record);
    if (isItemKind(kind))
      this.byName.get(kind).set(record.name, record);
    if (!docsPath.startsWith(".."))
      this.listing.files.add(docsPath);
    this.changed();
  }
  /** The model changed: indexes and remembered answers are rebuilt on next use. */
  changed() {
    this.urnIndex = void 0;
    this.tokens = void 0;
    this.referenceIndex.clear();
    this.answers.clear();
  }
  /** Pages that point at any of these docs paths (links or references). */
  pagesDependingOn(docsPaths) {
    return [...this.pages.values()].filter((record) => record.dependsOn.some((target) => docsPaths.has(target)));
  }
  removePage(file) {
    const old = this.pages.get(path.resolve(file));
    if (!old)
      return;
    this.pages.delete(old.path);
    if (isItemKind(old.kind)) {
      const names = this.byName.get(old.kind);
      if (names.get(old.name) === old)
        names.delete(old.name);
    }
    this.changed();
  }
  /**
   * For a long-lived process: take in pages renamed, added or removed (seen
   * from folder mtimes, cheap) and pages saved since they were read (every
   * page stat'ed, at most every `recheckMs`: the answer says whether now).
   * Pages set from an editor keep their unsaved text until the file on disk
   * changes.
   */
  refresh(recheckMs = 250) {
    const folderTimes = this.folderTimes();
    if ([...folderTimes].some(([folder, time]) => this.knownFolderTimes.get(folder) !== time) || folderTimes.size !== this.knownFolderTimes.size) {
      this.listing = this.builtFiles();
      for (const record of [...this.pages.values()]) {
        if (!this.listing.files.has(record.docsPath))
          this.removePage(record.path);
      }
      this.vocabularies = this.loadVocabularies();
      this.knownFolderTimes = this.folderTimes();
      this.changed();
    }
    const now = Date.now();
    const recheck = now - this.lastRecheck >= recheckMs;
    if (recheck)
      this.lastRecheck = now;
    return recheck;
  }
  folderTimes() {
    return new Map([...this.listing.folders].map((folder) => [folder, mtimeOf(path.join(this.docsDir, folder))]));
  }
  page(file) {
    this.note("page", path.resolve(file));
    return this.pages.get(path.resolve(file));
  }
  allPages() {
    return [...this.pages.values()];
  }
  /**
   * A text file of the repository by its path from the root (a word list, a
   * glossary), through the model's file source; undefined when absent or
   * outside the repository.
   */
  textFile(relative) {
    this.note("textFile", relative);
    const file = path.resolve(this.root, relative);
    if (!isWithin(this.root, file))
      return void 0;
    const stat = this.files.stat(file);
    const known = this.textFiles.get(relative);
    if (stat && known && stat.mtimeMs > 0 && known.mtimeMs === stat.mtimeMs && known.size === stat.size)
      return known.text;
    const text = stat ? this.files.readText(file, this.root) : void 0;
    this.textFiles.set(relative, { mtimeMs: stat?.mtimeMs ?? -1, size: stat?.size ?? -1, text });
    return text;
  }
  /** The text files rules read through `textFile`, with a digest of the text they got: what a kept report also depends on. */
  textFilesRead() {
    return [...this.textFiles].map(([relative, { text }]) => [relative, textDigest(text)]).sort(([a], [b]) => a.localeCompare(b));
  }
  /** A text file's digest as it is now (for the cache's replay; not a question a rule asked). */
  textFileDigest(relative) {
    const file = path.resolve(this.root, relative);
    if (!isWithin(this.root, file))
      return textDigest(void 0);
    try {
      return textDigest(this.files.readText(file, this.root));
    } catch {
      return "refused";
    }
  }
  /** The audit-framework codes (read on first use: only maatregelen with `sources:` need them). */
  get auditCodes() {
    this.note("auditCodes");
    this.audit ??= { codes: this.loadAuditCodes() };
    return this.audit.codes;
  }
  /** The frontmatter schema validator of a kind: the repository's own schema when configured. Throws `SchemaError`. */
  schemaValidator(kind) {
    this.note("schema", kind);
    const override = this.config.schemas[kind];
    return validatorFor(kind, override ? { file: path.resolve(this.root, override), text: this.schemaText(kind) } : void 0);
  }
  /** A configured schema's text, read once per model (not once per page). */
  schemaText(kind) {
    const override = this.config.schemas[kind];
    if (!override)
      return void 0;
    if (!this.schemaTexts.has(kind))
      this.schemaTexts.set(kind, this.files.readText(path.resolve(this.root, override), this.root));
    return this.schemaTexts.get(kind);
  }
  /** Paths in the configuration stay inside the repository: nothing else on the machine is read (`/etc/passwd`, `../../secret`, `docs_dir: /`). */
  checkConfiguredPaths() {
    const configured = [
      ["docs_dir", path.relative(this.root, this.docsDir)],
      ["auditCodes", this.config.auditCodes],
      ...Object.entries(this.config.schemas).map(([kind, file]) => [`schemas.${kind}`, file])
    ];
    for (const [key, value] of configured) {
      if (value === void 0)
        continue;
      if (!isWithin(this.root, path.resolve(this.root, value)))
        throw new ConfigError(ERRORS.outsideRepository, { key, value, root: this.root });
    }
    if (refusalOf(this.docsDir, this.root, Number.POSITIVE_INFINITY)?.reason === "outside") {
      throw new RefusedFileError(path.relative(this.root, this.docsDir) || ".", { reason: "outside" });
    }
    for (const [key, value] of configured) {
      if (key === "docs_dir" || value === void 0)
        continue;
      const refusal = refusalOf(path.resolve(this.root, value), this.root, MAX_TEXT_BYTES);
      if (refusal)
        throw new RefusedFileError(value, refusal);
    }
  }
  /** What the model is built from besides the pages' texts and the settings, as text: the docs listing, the audit codes, the repository's schemas. */
  otherInputs() {
    const schemas = ITEM_KINDS.map((kind) => this.schemaText(kind) ?? null);
    return JSON.stringify([[...this.listing.files].sort(), [...this.listing.folders].sort(), this.auditCodesText(), schemas]);
  }
  /** The audit-code list's text ('' when there is none). */
  auditCodesText() {
    return this.files.readText(path.resolve(this.root, this.config.auditCodes), this.root) ?? "";
  }
  /** An item page of this kind by file name (without `.md`). */
  findByName(kind, name) {
    this.note("findByName", kind, name);
    return this.byName.get(kind).get(name);
  }
  namesOf(kind) {
    this.note("namesOf", kind);
    return [...this.byName.get(kind).keys()];
  }
  /** Pages of `fromKind` whose frontmatter list `key` names `name` (e.g. maatregelen with `vereiste: [name]`). */
  referencesTo(fromKind, key, name) {
    this.note("referencesTo", fromKind, key, name);
    const indexKey = `${fromKind}:${key}`;
    let index = this.referenceIndex.get(indexKey);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      this.referenceIndex.set(indexKey, index);
    }
    let found = index.get(name);
    if (!found) {
      found = this.candidates(name).filter((record) => record.kind === fromKind && Array.isArray(record.data[key]) && record.data[key].includes(name));
      index.set(name, found);
    }
    return found;
  }
  /** The pages whose frontmatter may hold `value`, in the order of the model. */
  candidates(value) {
    this.tokens ??= new TokenIndex([...this.pages.values()]);
    return this.tokens.candidates(value);
  }
  /** Pages carrying this URN, in path order. */
  pagesWithUrn(urn) {
    this.note("pagesWithUrn", urn);
    this.urnIndex ??= /* @__PURE__ */ new Map();
    let found = this.urnIndex.get(urn);
    if (!found) {
      found = this.candidates(urn).filter((record) => record.urn === urn).sort((a, b) => a.docsPath.localeCompare(b.docsPath));
      this.urnIndex.set(urn, found);
    }
    return found;
  }
  /** Does a docs-relative path exist (file or folder)? */
  hasFile(docsPath) {
    this.note("hasFile", docsPath);
    return this.listing.files.has(docsPath);
  }
  hasFolder(docsPath) {
    this.note("hasFolder", docsPath);
    return this.listing.folders.has(docsPath);
  }
  loadVocabularies() {
    const result = /* @__PURE__ */ new Map();
    for (const [key, folder] of Object.entries(this.config.vocabularies)) {
      const values = /* @__PURE__ */ new Set();
      for (const file of this.listing.files) {
        if (path.posix.dirname(file) !== folder || !file.endsWith(".md"))
          continue;
        const name = path.posix.basename(file, ".md");
        if (name !== "index")
          values.add(name);
      }
      if (values.size > 0)
        result.set(key, values);
    }
    return result;
  }
  loadAuditCodes() {
    const file = path.resolve(this.root, this.config.auditCodes);
    const text = this.files.readText(file, this.root);
    if (text === void 0)
      return void 0;
    const codes = { ADR: /* @__PURE__ */ new Set(), ARK: /* @__PURE__ */ new Set(), file: path.relative(this.root, file) };
    try {
      const { parse: parseCsv } = __require("../lazy/csv-parse.cjs")["csv-parse/sync"];
      const rows = parseCsv(text, { delimiter: ";", columns: true, relax_column_count: true, relax_quotes: true, bom: true, skip_empty_lines: true });
      for (const row of rows) {
        const code = (row.nummer ?? "").trim();
        const origin = row.source ?? "";
        if (!code)
          continue;
        if (/Auditdienst/i.test(origin))
          codes.ADR.add(code);
        else if (/Rekenkamer/i.test(origin))
          codes.ARK.add(code);
      }
    } catch {
      return void 0;
    }
    return codes;
  }
};

// dist/src/run/suppressions.js
import path2 from "node:path";
var SUPPRESSIONS_FILE = ".algoritmekader-lint-suppressions.json";
var SUPPRESSIONS_ID = "suppressions";
var STALE = {
  nl: "`{file}` heeft hier {count} onderdrukte meldingen van `{rule}`, maar er zijn er nog {actual}. Werk het bestand bij met `algoritmekader-lint --prune-suppressions`, zodat het alleen kleiner wordt.",
  en: "`{file}` has {count} suppressed findings of `{rule}` here, but only {actual} remain. Update this file with `algoritmekader-lint --prune-suppressions`, so that it only shrinks."
};
var SUPPRESSED_NOTE = {
  nl: "(onderdrukt in {file}: staat er al; los het op als je hier toch bent)",
  en: "(suppressed in {file}: already there; fix it while you are here)"
};
var MAX_DEPTH = 3;
function keyPlaces(text) {
  const places = { pages: /* @__PURE__ */ new Map() };
  let depth = 0;
  let page;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "{" || char === "[") {
      depth++;
      if (depth > MAX_DEPTH) {
        places.tooDeep = index;
        return places;
      }
    } else if (char === "}" || char === "]")
      depth--;
    else if (char === '"') {
      const start = index;
      for (index++; index < text.length && text[index] !== '"'; index++)
        if (text[index] === "\\")
          index++;
      let after = index + 1;
      while (after < text.length && /\s/.test(text[after]))
        after++;
      if (text[after] !== ":" || depth !== 1 && depth !== 2)
        continue;
      let key;
      try {
        key = JSON.parse(text.slice(start, index + 1));
      } catch {
        continue;
      }
      if (depth === 1) {
        page = { at: start, rules: /* @__PURE__ */ new Map() };
        places.pages.set(key, page);
      } else
        page?.rules.set(key, start);
    }
  }
  return places;
}
function readSuppressions(root, files, location2) {
  const file = path2.resolve(root, location2 ?? SUPPRESSIONS_FILE);
  const text = files.readText(file);
  if (text === void 0)
    return void 0;
  return parseSuppressions(file, path2.relative(root, file) || file, text);
}
function parseSuppressions(file, shown, text) {
  const places = location(text);
  const pointAt = (offset) => {
    const point = places.toPoint(offset);
    return `${point?.line ?? 1}:${point?.column ?? 1}`;
  };
  const bad = (at, detail) => new ConfigError(ERRORS.suppressionsInvalid, { file: `${shown}:${at}`, detail });
  const keys = keyPlaces(text);
  if (keys.tooDeep !== void 0)
    throw bad(pointAt(keys.tooDeep), `nested deeper than {"page": {"rule": {"count": n}}}`);
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(ERRORS.suppressionsInvalid, { file: `${shown}:${jsonErrorPlace(text, error)}`, detail: error.message });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw bad("1:1", "not an object");
  for (const [page, rules] of Object.entries(value)) {
    const at = () => pointAt(keys.pages.get(page)?.at ?? 0);
    if (typeof rules !== "object" || rules === null || Array.isArray(rules))
      throw bad(at(), `"${page}" is not an object of rules`);
    for (const [rule, entry] of Object.entries(rules)) {
      const fields = typeof entry === "object" && entry !== null && !Array.isArray(entry) ? Object.keys(entry) : [];
      const count = entry?.count;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || fields.length !== 1)
        throw bad(at(), `"${page}" \u2192 "${rule}" needs {"count": <whole number \u2265 0>} and nothing else`);
    }
  }
  return { file, counts: value, text, keys };
}
function suppressionsOf(session) {
  if (session.suppressions === void 0)
    session.suppressions = readSuppressions(session.root, session.repository.files) ?? null;
  return session.suppressions ?? void 0;
}
function suppressionKey(root, file) {
  return path2.relative(root, path2.resolve(file.cwd, file.path)).split(path2.sep).join("/");
}
var counted = (message) => message.fatal !== void 0 && message.fatal !== null;
function countsOf(file) {
  const byRule = /* @__PURE__ */ new Map();
  for (const message of file.messages) {
    if (!counted(message) || !message.ruleId || message.ruleId === SUPPRESSIONS_ID)
      continue;
    byRule.set(message.ruleId, [...byRule.get(message.ruleId) ?? [], message]);
  }
  return byRule;
}
function suppressFile(file, suppressions, root, display, lang, onlyOld) {
  const entries = suppressions.counts[suppressionKey(root, file)];
  if (!entries)
    return 0;
  let suppressed = 0;
  const hidden = /* @__PURE__ */ new Set();
  for (const [rule, all] of countsOf(file)) {
    const messages = onlyOld ? all.filter((message) => onlyOld.has(message)) : all;
    const allowed = entries[rule]?.count ?? 0;
    if (messages.length > allowed)
      continue;
    suppressed += messages.length;
    for (const message of messages)
      hidden.add(message);
  }
  if (display === "omit")
    file.messages = file.messages.filter((message) => !hidden.has(message));
  else {
    const note = format(SUPPRESSED_NOTE[lang], { file: SUPPRESSIONS_FILE });
    for (const message of hidden) {
      message.fatal = void 0;
      message.info = true;
      message.reason = `${message.reason} ${note}`;
      message.message = message.reason;
    }
  }
  return suppressed;
}
function countFindings(files, root) {
  const counts = {};
  for (const file of files) {
    for (const [rule, messages] of countsOf(file)) {
      counts[suppressionKey(root, file)] ??= {};
      counts[suppressionKey(root, file)][rule] = { count: messages.length };
    }
  }
  return counts;
}
function serialize(counts) {
  const sorted = {};
  for (const page of Object.keys(counts).sort()) {
    const rules = Object.keys(counts[page]).sort();
    if (rules.length)
      sorted[page] = Object.fromEntries(rules.map((rule) => [rule, { count: counts[page][rule].count }]));
  }
  return `${JSON.stringify(sorted, null, 2)}
`;
}
function applySuppressions(session, files, options) {
  const { root, lang } = session;
  let suppressions = readSuppressions(root, session.repository.files, options.location);
  let raised;
  if (suppressions && options.base !== void 0) {
    raised = raisedCounts(suppressions, options.base?.counts ?? {}, session);
    suppressions = { ...suppressions, counts: atMost(suppressions.counts, options.base?.counts ?? {}) };
  }
  const file = suppressions?.file ?? path2.resolve(root, options.location ?? SUPPRESSIONS_FILE);
  const run = { suppressed: 0 };
  const now = countFindings(files, root);
  const checked = new Set(files.map((vfile) => suppressionKey(root, vfile)));
  const ran = (rule) => !options.rules || options.rules.has(rule);
  if (options.write) {
    const counts = structuredClone(suppressions?.counts ?? {});
    for (const page of checked) {
      const kept = Object.entries(counts[page] ?? {}).filter(([rule]) => !ran(rule));
      const fresh = Object.entries(now[page] ?? {}).map(([rule, entry]) => {
        const before = counts[page]?.[rule]?.count;
        return [rule, { count: options.write === "all" ? entry.count : Math.min(entry.count, before ?? 0) }];
      });
      counts[page] = Object.fromEntries([...kept, ...fresh].filter(([, entry]) => entry.count > 0));
    }
    for (const page of Object.keys(counts))
      if (!session.repository.page(path2.resolve(root, page)))
        delete counts[page];
    const text = serialize(counts);
    writeFileAtomically(file, text, options.location === void 0 ? { inside: root } : {});
    suppressions = parseSuppressions(file, path2.relative(root, file) || file, text);
    run.written = file;
  }
  if (!suppressions)
    return { files, run };
  for (const vfile of files)
    run.suppressed += suppressFile(vfile, suppressions, root, "omit", lang, options.onlyOld);
  const stale = staleEntries(suppressions, now, checked, ran, session);
  return { files: [...files, ...stale ? [stale] : [], ...raised ? [raised] : []], run };
}
var RAISED = {
  nl: "Deze pull request verhoogt het aantal onderdrukte meldingen van `{rule}` op `{file}` van {before} naar {count}. In een pull request geldt het aantal van de basis ({before}): een nieuwe melding wordt altijd gemeld. Verhoog het in een eigen pull request als dat de bedoeling is.",
  en: "This pull request raises the suppressed findings of `{rule}` on `{file}` from {before} to {count}. In a pull request the base's count ({before}) holds: a new finding is always reported. Raise it in a pull request of its own if that is intended."
};
function raisedCounts(suppressions, base, session) {
  return entryMessages(suppressions, session, false, (page, rule, count) => {
    const before = base[page]?.[rule]?.count ?? 0;
    return count > before ? format(RAISED[session.lang], { file: page, rule, count, before }) : void 0;
  });
}
function entryMessages(suppressions, session, fatal, say2) {
  const shown = path2.relative(session.cwd, suppressions.file) || suppressions.file;
  const vfile = new VFile({ path: shown, cwd: session.cwd, value: suppressions.text });
  const places = location(suppressions.text);
  const keys = suppressions.keys ?? keyPlaces(suppressions.text);
  for (const [page, rules] of Object.entries(suppressions.counts))
    for (const [rule, { count }] of Object.entries(rules)) {
      const text = say2(page, rule, count);
      if (text === void 0)
        continue;
      const offset = keys.pages.get(page)?.rules.get(rule) ?? keys.pages.get(page)?.at ?? 0;
      const message = vfile.message(text, { place: places.toPoint(offset), ruleId: SUPPRESSIONS_ID, source: SOURCE });
      message.fatal = fatal;
      message.url = DOCS_BASE.replace(/rules\/$/, "suppressions.md");
    }
  return vfile.messages.length ? vfile : void 0;
}
function atMost(counts, limit) {
  const capped = {};
  for (const [page, rules] of Object.entries(counts)) {
    capped[page] = {};
    for (const [rule, { count }] of Object.entries(rules))
      capped[page][rule] = { count: Math.min(count, limit[page]?.[rule]?.count ?? 0) };
  }
  return capped;
}
function staleEntries(suppressions, now, checked, ran, session) {
  return entryMessages(suppressions, session, true, (page, rule, count) => {
    const actual = now[page]?.[rule]?.count ?? 0;
    return checked.has(page) && ran(rule) && actual < count ? format(STALE[session.lang], { file: page, rule, count, actual }) : void 0;
  });
}

// dist/src/run/session.js
import path3 from "node:path";
function selectedRules(rules, only) {
  if (!only)
    return rules;
  const known = new Set(rules.map((rule) => rule.meta.id));
  const unknown = only.find((id) => !known.has(id));
  if (!unknown)
    return rules.filter((rule) => only.includes(rule.meta.id));
  const [near] = closest(unknown, known);
  throw new UsageError(ERRORS.unknownRule, { id: unknown, hint: hintFor(near && `"${near}"`) });
}
function sessionRoot(options) {
  const cwd = path3.resolve(options.cwd ?? process.cwd());
  if (options.root)
    return path3.resolve(cwd, options.root);
  const root = findRoot(path3.resolve(cwd, options.start ?? "."));
  if (!root)
    throw new UsageError(ERRORS.noRepository, { cwd });
  return root;
}
async function createSession(options) {
  const cwd = path3.resolve(options.cwd ?? process.cwd());
  const root = sessionRoot(options);
  const files = options.files ?? diskFiles;
  const codeConfig = options.configFile && /\.[cm]?js$/i.test(options.configFile) ? path3.resolve(cwd, options.configFile) : findCodeConfigFile(root, files);
  let extra = {};
  if (codeConfig && options.allowCodeConfig)
    extra = await loadCodeConfig(codeConfig);
  else if (codeConfig && options.configFile) {
    throw new UsageError(ERRORS.codeConfigRefused, { file: options.configFile });
  }
  if (options.configFile && !codeConfig) {
    const file = path3.resolve(cwd, options.configFile);
    extra = readConfigFile(file, files, isWithin(root, file) ? root : void 0);
  }
  const session = sessionFor({ ...options, cwd, root, files }, extra);
  if (codeConfig && !options.allowCodeConfig)
    options.onNotice?.(say(NOTICES.codeConfigIgnored, { file: path3.relative(cwd, codeConfig) || codeConfig }, session.lang));
  return session;
}
async function loadRules(session) {
  if (!session.active) {
    const { rules } = await import("./rules.mjs");
    session.ruleList = selectedRules(rules, session.only);
    session.active = activeRules(session.ruleList, session.config.rules);
    for (const override of session.config.overrides ?? [])
      activeRules(session.ruleList, { ...session.config.rules, ...override.rules });
  }
  return session.active;
}
function activeFor(session, file) {
  const settings = session.policy.rulesFor(file, session.config.rules);
  if (!settings || !session.ruleList)
    return session.active ?? [];
  const key = JSON.stringify(settings);
  session.overridden ??= /* @__PURE__ */ new Map();
  let active = session.overridden.get(key);
  if (!active) {
    active = activeRules(session.ruleList, settings);
    session.overridden.set(key, active);
  }
  return active;
}
function sessionFor(options, extra = {}, rules) {
  const files = options.files ?? diskFiles;
  if (options.config || options.rules)
    checkConfig({ ...options.config, ...options.rules ? { rules: { ...options.config?.rules, ...options.rules } } : {} }, { file: "options" });
  const merged = { ...extra, ...options.config, rules: { ...extra.rules, ...options.config?.rules, ...options.rules } };
  const config = configFor(options.root, merged, files);
  if (options.lang)
    config.lang = options.lang;
  if (config.lang !== "nl" && config.lang !== "en")
    throw new ConfigError(ERRORS.langSetting, { value: JSON.stringify(config.lang) });
  const repository = new Repository(options.root, config, files, options.knownMkdocs?.(options.root));
  const ruleList = rules ? selectedRules(rules, options.only) : void 0;
  return {
    policy: filePolicy(repository.root, config, files),
    onNotice: options.onNotice,
    ruleList,
    root: repository.root,
    cwd: path3.resolve(options.cwd ?? process.cwd()),
    config,
    lang: config.lang,
    repository,
    active: ruleList ? activeRules(ruleList, config.rules) : void 0,
    only: options.only,
    run: {}
  };
}
var CONFIGURATION_FILES = [...CONFIG_FILE_NAMES, ...CODE_CONFIG_FILE_NAMES, IGNORE_FILE, MKDOCS_FILE, SUPPRESSIONS_FILE];
function stampOf(root, files, names) {
  return names.map((name) => {
    const stat = name === void 0 ? void 0 : files.stat(path3.resolve(root, name));
    return stat ? `${stat.mtimeMs}:${stat.size}` : "-";
  }).join("|");
}
function configurationStamp(session) {
  const { root, config, repository } = session;
  return `${stampOf(root, repository.files, CONFIGURATION_FILES)}|${stampOf(root, repository.files, [config.auditCodes, ...Object.values(config.schemas)])}`;
}
function baseConfigurationStamp(root, files = diskFiles) {
  return stampOf(root, files, CONFIGURATION_FILES);
}
function notLinted(session, file) {
  const { repository, policy } = session;
  const docsPath = repository.docsPathOf(file);
  if (docsPath.startsWith("..") || !docsPath.endsWith(".md"))
    return NOTICES.notAPage;
  if (policy.isIgnored(file))
    return NOTICES.pageIgnored;
  if (repository.isNotBuilt(docsPath))
    return NOTICES.pageNotBuilt;
  return void 0;
}

export {
  sha1,
  mtimeOf,
  findRoot,
  pageDigest,
  Repository,
  SUPPRESSIONS_FILE,
  readSuppressions,
  suppressionsOf,
  suppressFile,
  applySuppressions,
  createSession,
  loadRules,
  activeFor,
  sessionFor,
  configurationStamp,
  baseConfigurationStamp,
  notLinted
};
