import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  readSignedJson,
  writeSignedJson
} from "./shared-run-signed-file.mjs";
import {
  DOCS_BASE,
  SOURCE
} from "./shared-rule-kit-constants.mjs";
import {
  isMkdocsRead
} from "./shared-config-file-policy.mjs";
import {
  VERSION
} from "./shared-package-info.mjs";

// dist/src/run/cache.js
import path from "node:path";
var FORMAT = 2;
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function isStoredMessage(value) {
  return isObject(value) && typeof value.reason === "string" && typeof value.ruleId === "string" && /^[a-z][a-z0-9-]*$/.test(value.ruleId) && value.source === SOURCE;
}
function isCachedPage(value) {
  if (!isObject(value) || typeof value.hash !== "string" || !isObject(value.record))
    return false;
  const record = value.record;
  if (typeof record.docsPath !== "string" || !Array.isArray(record.anchors) || !Array.isArray(record.dependsOn) || !isObject(record.data))
    return false;
  if (value.result === void 0)
    return true;
  const result = value.result;
  return isObject(result) && Array.isArray(result.reads) && typeof result.answers === "string" && Array.isArray(result.messages) && result.messages.every(isStoredMessage);
}
function isCacheData(value, key) {
  if (!isObject(value) || value.format !== FORMAT || value.key !== key || !isObject(value.pages))
    return false;
  return Object.values(value.pages).every(isCachedPage);
}
function fileStore(location, inside) {
  const file = path.extname(location) === ".json" ? location : path.join(location, "lint-cache.json");
  const runFile = file.replace(/(\.json)?$/, ".last-run.json");
  let run;
  let refusal;
  const read = (name) => {
    const read2 = readSignedJson(name);
    if (read2 && "refused" in read2)
      refusal ??= read2.refused;
    return read2 && "data" in read2 ? read2.data : void 0;
  };
  return {
    file,
    load: () => read(file),
    save: (data) => writeSignedJson(file, data, { inside }),
    // Read once per run: the session (mkdocs.yml) and the replay both ask.
    loadRun() {
      run ??= { data: read(runFile) };
      return run.data;
    },
    saveRun: (data) => writeSignedJson(runFile, data, { inside }),
    refusal: () => refusal
  };
}
function keptMkdocs(store) {
  try {
    const mkdocs = store.loadRun()?.mkdocs;
    return isMkdocsRead(mkdocs) ? mkdocs : void 0;
  } catch {
    return void 0;
  }
}
function isLastRun(value, key) {
  return isObject(value) && value.format === FORMAT && value.key === key && Array.isArray(value.files) && value.files.every((file) => isObject(file) && typeof file.docsPath === "string" && Array.isArray(file.messages) && file.messages.every(isStoredMessage));
}
var LintCache = class {
  store;
  loaded;
  dirty = false;
  run;
  /** The tool version and the settings, as text: a cache made with others is not used. */
  key;
  constructor(store, settings) {
    this.store = store;
    this.key = JSON.stringify({ version: VERSION, settings });
  }
  /** Every page's facts and result, read on first need (a run that replays the last report never reads them). */
  get data() {
    if (!this.loaded) {
      let data;
      try {
        data = this.store.load();
      } catch {
        data = void 0;
      }
      this.loaded = isCacheData(data, this.key) ? data : { format: FORMAT, key: this.key, pages: {} };
    }
    return this.loaded;
  }
  /** The last run's report, if it was made from exactly these inputs (`runKey`). */
  lastRun(runKey) {
    let run;
    try {
      run = this.store.loadRun();
    } catch {
      return void 0;
    }
    return isLastRun(run, runKey) ? run.files : void 0;
  }
  /** The text files the last run's rules read (`LastRun.textFiles`); none when there is no usable last run. */
  lastRunTextFiles() {
    try {
      const files = this.store.loadRun()?.textFiles;
      return Array.isArray(files) && files.every((file) => typeof file === "string") ? files : [];
    } catch {
      return [];
    }
  }
  /** Keep this run's report for a next run with the same inputs (written by `save`). */
  setLastRun(runKey, files, mkdocs, textFiles = []) {
    this.run = { format: FORMAT, key: runKey, files, mkdocs, textFiles };
  }
  get(docsPath) {
    return this.data.pages[docsPath];
  }
  /** Keep a page's facts (its result survives when its text did not change). */
  setRecord(docsPath, page, record) {
    const previous = this.data.pages[docsPath];
    this.dirty = true;
    const { hash, problem, bom, mtimeMs, size } = page;
    this.data.pages[docsPath] = {
      hash,
      mtimeMs,
      size,
      record: storeRecord(record),
      problem,
      bom,
      result: previous?.hash === hash ? previous.result : void 0
    };
  }
  /** The page's text is unchanged, its mtime or size as read now is kept. */
  setStat(docsPath, mtimeMs, size) {
    const entry = this.data.pages[docsPath];
    if (!entry || entry.mtimeMs === mtimeMs && entry.size === size)
      return;
    Object.assign(entry, { mtimeMs, size });
    this.dirty = true;
  }
  setResult(docsPath, result, repository) {
    const entry = this.data.pages[docsPath];
    if (!entry)
      return;
    this.dirty = true;
    entry.result = { ...result, answers: repository.answersTo(result.reads) };
  }
  /** The stored messages of a page, if what its rules asked the model is still answered the same. */
  resultFor(docsPath, hash, repository) {
    const entry = this.data.pages[docsPath];
    if (!entry?.result || entry.hash !== hash)
      return void 0;
    return repository.answersTo(entry.result.reads) === entry.result.answers ? entry.result.messages : void 0;
  }
  /** Forget pages that no longer exist. */
  keepOnly(docsPaths) {
    for (const docsPath of Object.keys(this.data.pages)) {
      if (docsPaths.has(docsPath))
        continue;
      delete this.data.pages[docsPath];
      this.dirty = true;
    }
  }
  /** Why the stored cache was not used, if it was refused (not merely absent or stale). */
  get refusal() {
    return this.store.refusal?.();
  }
  /** Write the cache; a cache that cannot be written is a reason given back, never a failure of the run. */
  save() {
    try {
      if (this.dirty)
        this.store.save(this.data);
      this.dirty = false;
      if (this.run)
        this.store.saveRun(this.run);
      this.run = void 0;
      return void 0;
    } catch (error) {
      return error.code ?? error.message;
    }
  }
};
function storeRecord(record) {
  const { tree: _tree, anchors, ...rest } = record;
  return { ...rest, anchors: [...anchors] };
}
function storeMessages(file) {
  return file.messages.map((message) => ({
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    expected: message.expected,
    actual: message.actual,
    fix: message.fix,
    messageId: message.messageId,
    info: message.info
  }));
}
function restoreMessages(file, messages) {
  for (const stored of messages) {
    const message = file.message(stored.reason, { place: stored.place, ruleId: stored.ruleId, source: stored.source });
    message.fatal = stored.fatal ?? void 0;
    if (stored.ruleId)
      message.url = `${DOCS_BASE}${stored.ruleId}.md`;
    if (stored.expected)
      message.expected = stored.expected;
    if (stored.actual !== void 0)
      message.actual = stored.actual;
    if (stored.fix)
      message.fix = stored.fix;
    if (stored.messageId)
      message.messageId = stored.messageId;
    if (stored.info)
      message.info = true;
  }
}

export {
  fileStore,
  keptMkdocs,
  LintCache,
  storeMessages,
  restoreMessages
};
