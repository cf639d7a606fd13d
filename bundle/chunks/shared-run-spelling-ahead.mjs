import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  SPELL_WORKER,
  endEarlyWorker,
  newSpellWorker,
  takeEarlyWorker
} from "./shared-spelling-worker-start.mjs";
import {
  restoreMessages,
  storeMessages
} from "./shared-run-cache.mjs";
import {
  activeFor,
  loadRules,
  sha1
} from "./shared-repository-digest.mjs";
import {
  readFrontmatter
} from "./shared-parsing-frontmatter.mjs";
import {
  spellingService
} from "./shared-config-file-policy.mjs";
import {
  parseBudget
} from "./shared-repository-source.mjs";
import {
  VFile
} from "./shared-unist-util-stringify-position.mjs";
import {
  acceptedWords,
  wordsToJudgeAhead
} from "./shared-spelling-judge.mjs";
import {
  dictionary
} from "./shared-spelling-dictionary.mjs";

// dist/src/run/timings.js
var STAGE_NAMES = {
  start: { nl: "Node starten, modules laden", en: "start Node, load modules" },
  resolve: { nl: "sessie (configuratie, mkdocs.yml, bestanden)", en: "session (configuration, mkdocs.yml, files)" },
  select: { nl: "pagina's kiezen", en: "select pages" },
  replay: { nl: "vorige rapport (cache)", en: "last report (cache)" },
  loadFacts: { nl: "feiten van elke pagina", en: "every page's facts" },
  narrow: { nl: "gewijzigde pagina's en wie ernaar wijst", en: "changed pages and what points at them" },
  external: { nl: "externe links", en: "external links" },
  check: { nl: "regels per pagina", en: "rules per page" },
  finish: { nl: "afronden (cache bewaren)", en: "finish (keep the cache)" },
  baseline: { nl: "vergelijken met de basis (pull request)", en: "compare with the base (pull request)" },
  suppress: { nl: "onderdrukkingen toepassen", en: "apply suppressions" },
  narrowToNew: { nl: "alleen wat de wijziging bracht (pull request)", en: "only what the change brought (pull request)" },
  report: { nl: "rapport schrijven", en: "write the report" },
  parse: { nl: "waarvan Markdown lezen", en: "of which parsing Markdown" }
};
var SPELLING_WAIT = { nl: "waarvan wachten op de spellingthread", en: "of which waiting for the spelling thread" };
var HEADINGS = {
  stages: { nl: "Tijd per stap", en: "Time per stage" },
  rules: { nl: "Tijd per regel, over alle pagina's", en: "Time per rule, over all pages" },
  total: { nl: "totaal", en: "total" }
};
var Timings = class _Timings {
  stages = /* @__PURE__ */ new Map();
  rules = /* @__PURE__ */ new Map();
  /** Markdown parsing, by the stage it happened in. */
  parseIn = /* @__PURE__ */ new Map();
  /** The check stage waited this long for the spelling worker's answers. */
  spellingWait = 0;
  /** Timings of a command-line run: the time before it (Node's start, our modules) is its first stage. */
  static sinceProcessStart() {
    const timings = new _Timings();
    timings.stages.set("start", performance.now());
    return timings;
  }
  /** Run a stage and add its wall time. */
  async stage(name, work) {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.stages.set(name, (this.stages.get(name) ?? 0) + performance.now() - start);
    }
  }
  rule(id, ms) {
    this.rules.set(id, (this.rules.get(id) ?? 0) + ms);
  }
  /** A table for stderr: the stages in run order, then the rules, slowest first. */
  format(lang) {
    const total = [...this.stages.values()].reduce((sum, ms) => sum + ms, 0);
    const rulesTotal = [...this.rules.values()].reduce((sum, ms) => sum + ms, 0);
    const line = (name, ms, of) => `  ${name.padEnd(46)} ${ms.toFixed(1).padStart(9)} ms ${of > 0 ? `${(100 * ms / of).toFixed(1).padStart(5)} %` : ""}`.trimEnd();
    const lines = [`${HEADINGS.stages[lang]}:`];
    for (const [stage, ms] of this.stages) {
      lines.push(line(STAGE_NAMES[stage][lang], ms, total));
      if (stage === "loadFacts" || stage === "check") {
        const parse = this.parseIn.get(stage) ?? 0;
        if (parse > 0)
          lines.push(line(`  ${STAGE_NAMES.parse[lang]}`, parse, total));
      }
      if (stage === "check" && this.spellingWait > 0)
        lines.push(line(`  ${SPELLING_WAIT[lang]}`, this.spellingWait, total));
    }
    lines.push(line(HEADINGS.total[lang], total, total));
    if (this.rules.size) {
      lines.push("", `${HEADINGS.rules[lang]}:`);
      for (const [id, ms] of [...this.rules].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
        lines.push(line(id, ms, rulesTotal));
      lines.push(line(HEADINGS.total[lang], rulesTotal, rulesTotal));
    }
    return `${lines.join("\n")}
`;
  }
  /** Time a parse done in `stage`. */
  parse(stage, work) {
    const start = performance.now();
    const add = () => this.parseIn.set(stage, (this.parseIn.get(stage) ?? 0) + performance.now() - start);
    const result = work();
    if (result instanceof Promise)
      return result.finally(add);
    add();
    return result;
  }
};
function timedParse(timings, stage, work) {
  return timings ? timings.parse(stage, work) : work();
}

// dist/src/run/stages/check.js
import path from "node:path";

// dist/src/spelling/prefetch.js
var SpellingWorker = class {
  script;
  worker;
  waiting = /* @__PURE__ */ new Map();
  /** The word sets this worker was sent (a new worker knows none). */
  setIds = /* @__PURE__ */ new WeakMap();
  /** The words this worker was asked about, by the word set and limit they were judged with. */
  asked = /* @__PURE__ */ new Map();
  nextKey = 0;
  constructor(script) {
    this.script = script;
  }
  /**
   * The page's words to the worker; resolves when its answers are remembered
   * (or the worker failed). A word it was asked about on an earlier page is
   * not sent again: its answers come first, the worker answering in order.
   * Not so for a page that defines terms of its own (they change which
   * questions a word raises).
   */
  post(words, repositoryWords, pageTerms, limit) {
    const worker = this.start();
    const key = this.nextKey++;
    const done = new Promise((resolve) => this.waiting.set(key, resolve));
    const set = this.idOf(worker, repositoryWords);
    const toAsk = pageTerms.size > 0 ? words : this.notAsked(words, `${set}\0${limit}`);
    worker.ref();
    worker.postMessage({ type: "page", key, sets: [set], terms: pageTerms.values(), words: toAsk, limit });
    return done;
  }
  notAsked(words, context) {
    let asked = this.asked.get(context);
    if (!asked)
      this.asked.set(context, asked = /* @__PURE__ */ new Set());
    const toAsk = [];
    for (const [word, next] of words) {
      const period = next === "." ? "." : "";
      const key = period ? `${word}\0.` : word;
      if (asked.has(key))
        continue;
      asked.add(key);
      toAsk.push([word, period]);
    }
    return toAsk;
  }
  /** Start the worker (it loads Hunspell at once), if it is not running. */
  start() {
    if (this.worker)
      return this.worker;
    const worker = takeEarlyWorker() ?? newSpellWorker(this.script);
    this.setIds = /* @__PURE__ */ new WeakMap();
    this.asked = /* @__PURE__ */ new Map();
    worker.on("message", (reply) => {
      if (reply.answers)
        dictionary().remember(reply.answers);
      this.settle(reply.key);
    });
    worker.on("error", () => this.stop(worker));
    worker.on("exit", () => this.stop(worker));
    this.worker = worker;
    return worker;
  }
  idOf(worker, words) {
    let id = this.setIds.get(words);
    if (id === void 0) {
      id = this.nextKey++;
      this.setIds.set(words, id);
      worker.postMessage({ type: "words", id, words: words.values() });
    }
    return id;
  }
  settle(key) {
    this.waiting.get(key)?.();
    this.waiting.delete(key);
    if (this.waiting.size === 0)
      this.worker?.unref();
  }
  stop(worker) {
    if (this.worker !== worker)
      return;
    this.worker = void 0;
    for (const key of [...this.waiting.keys()])
      this.settle(key);
  }
};
var shared = SPELL_WORKER ? new SpellingWorker(SPELL_WORKER) : void 0;
function startSpelling() {
  shared?.start().unref();
}
function spellAhead(repository, options, tree, source) {
  const words = wordsToJudgeAhead(tree, source, readFrontmatter(tree, source));
  if (!shared || words.length === 0)
    return void 0;
  const sets = acceptedWords(spellingService, repository, options, source);
  const unknown = words.filter(({ word }) => !sets.some((set) => set.has(word)));
  const [repositoryWords, pageTerms] = sets;
  return shared.post(unknown.map(({ word, next }) => [word, next]), repositoryWords, pageTerms, options.suggestions);
}

// dist/src/run/spelling-ahead.js
var posted = /* @__PURE__ */ new WeakMap();
async function spellingFor(session, file) {
  await loadRules(session);
  return activeFor(session, file).find((active) => active.rule.meta.id === "spelling");
}
async function warmSpelling(session, file) {
  if (file && await spellingFor(session, file))
    startSpelling();
  else if (file)
    endEarlyWorker();
}
async function postSpelling(session, file, tree, source) {
  const spelling = await spellingFor(session, file);
  if (!spelling)
    return;
  const ready = spellAhead(session.repository, spelling.options, tree, source);
  if (!ready)
    return;
  const files = posted.get(session) ?? /* @__PURE__ */ new Map();
  posted.set(session, files.set(file, ready));
}
function spellingReady(session, file) {
  return posted.get(session)?.get(file);
}

// dist/src/run/stages/check.js
async function checkPages(session, pages, selected, cache) {
  const { repository, cwd } = session;
  const files = [];
  let linting;
  let processor;
  let reused = 0;
  let parsed = 0;
  for (const file of [...selected].sort((a, b) => a.localeCompare(b))) {
    const state = pages.get(file);
    const vfile = new VFile({ path: path.relative(cwd, file) || file, cwd, value: state.value ?? "" });
    vfile.data.algoritmekaderSession = session;
    vfile.data.suppressionDisplay = "by-run";
    if (state.problem)
      vfile.data.sourceProblem = state.problem;
    if (state.bom)
      vfile.data.bom = true;
    files.push(vfile);
    const docsPath = repository.docsPathOf(file);
    const stored = cache?.resultFor(docsPath, state.hash, repository);
    if (stored) {
      restoreMessages(vfile, stored);
      reused++;
      continue;
    }
    if (!linting) {
      await loadRules(session);
      linting = await import("./run-linting.mjs");
    }
    if (!state.tree) {
      const source = state.value === void 0 ? repository.readPage(file) : void 0;
      state.value ??= source?.value ?? "";
      const { value, problem } = state;
      vfile.value = value;
      const nearBudget = source ? source.nearBudget : parseBudget(value).near;
      const read = await timedParse(session.run.timings, "check", () => linting.boundedParse(value, problem, nearBudget));
      state.tree = read.tree;
      state.problem = read.problem;
      if (read.problem)
        vfile.data.sourceProblem = read.problem;
      parsed++;
    }
    const spelling = spellingReady(session, file);
    if (spelling) {
      const start = performance.now();
      await spelling;
      if (session.run.timings)
        session.run.timings.spellingWait += performance.now() - start;
    }
    processor ??= linting.createProcessor();
    processor.runSync(state.tree, vfile);
    cache?.setResult(docsPath, { reads: vfile.data.modelReads ?? [], messages: storeMessages(vfile) }, repository);
  }
  return { files, reused, parsed };
}

// dist/src/run/stages/load-facts.js
async function loadFacts(session, pagePaths, cache, readSources, parse, onParsed) {
  const { repository } = session;
  const pages = /* @__PURE__ */ new Map();
  let parsed = 0;
  let linting;
  for (const file of new Set(pagePaths)) {
    const cached = cache?.get(repository.docsPathOf(file));
    if (cached && !readSources) {
      const stat = repository.files.stat(file);
      if (stat && stat.mtimeMs === cached.mtimeMs && stat.size === cached.size) {
        repository.importRecord(file, cached.record);
        pages.set(file, { problem: cached.problem, bom: cached.bom, hash: cached.hash });
        continue;
      }
    }
    const source = repository.readPage(file);
    const hash = cache ? sha1(`${source.problem?.code ?? ""}\0${source.value}`) : "";
    const state = { value: source.value, problem: source.problem, bom: source.bom, hash };
    pages.set(file, state);
    if (cached && cached.hash === hash) {
      cache?.setStat(repository.docsPathOf(file), source.mtimeMs, source.size);
      repository.importRecord(file, cached.record);
      state.problem = cached.problem ?? source.problem;
      continue;
    }
    linting ??= await import("./run-linting.mjs");
    const { recordFrontmatter, boundedParse, recordPage } = linting;
    if (!cache && parse && !parse.has(file)) {
      recordFrontmatter(repository, file, source.value, source.mtimeMs);
      continue;
    }
    const { tree, problem } = await timedParse(session.run.timings, "loadFacts", () => boundedParse(source.value, source.problem, source.nearBudget));
    const record = recordPage(repository, file, tree, source.value, source.mtimeMs);
    Object.assign(state, { tree, problem });
    await onParsed?.(file, tree, source.value);
    cache?.setRecord(record.docsPath, { ...state, mtimeMs: source.mtimeMs, size: source.size }, record);
    parsed++;
  }
  return { pages, parsed };
}

export {
  warmSpelling,
  postSpelling,
  Timings,
  checkPages,
  loadFacts
};
