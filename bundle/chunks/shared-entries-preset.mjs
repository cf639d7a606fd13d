import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  collectAnchors,
  rules
} from "./shared-rules-external-url-rate-limited.mjs";
import {
  resolveLink
} from "./shared-repository-resolve-link.mjs";
import {
  collectLinks
} from "./shared-parsing-html-links.mjs";
import {
  activeFor,
  baseConfigurationStamp,
  configurationStamp,
  findRoot,
  mtimeOf,
  notLinted,
  sessionFor,
  suppressFile,
  suppressionsOf
} from "./shared-repository-digest.mjs";
import {
  runRules
} from "./shared-rule-kit-directives.mjs";
import {
  frontmatterOnly,
  readFrontmatter
} from "./shared-parsing-frontmatter.mjs";
import {
  spellingService
} from "./shared-config-file-policy.mjs";
import {
  location
} from "./shared-config-config.mjs";
import {
  isWithin
} from "./shared-repository-files.mjs";
import {
  parsePage,
  remarkFrontmatter,
  remarkMkdocs
} from "./shared-parsing-mkdocs-attr-list.mjs";
import {
  LocalizedError
} from "./shared-errors.mjs";

// dist/src/repository/page-facts.js
import path from "node:path";
function recordPage(repository, file, tree, source, mtimeMs = 0) {
  const absolute = path.resolve(file);
  const known = repository.page(absolute);
  if (known && known.tree?.deref() === tree)
    return known;
  const docsPath = repository.docsPathOf(absolute);
  const frontmatter = readFrontmatter(tree, source);
  const { anchors, headings } = collectAnchors(tree);
  const links = collectLinks(tree, source);
  let dependsOn;
  const record = {
    path: absolute,
    docsPath,
    kind: repository.kindOf(absolute),
    name: path.posix.basename(docsPath, ".md"),
    data: frontmatter.data,
    urn: typeof frontmatter.data.id === "string" ? frontmatter.data.id : void 0,
    anchors,
    headings: headings.map(({ depth, text, anchor }) => ({ depth, text, anchor })),
    mtimeMs,
    // Resolved on first need (the cache, the editor's dependents, --changed-since): a plain run never asks.
    get dependsOn() {
      dependsOn ??= repository.unrecorded(() => dependenciesOf(repository, docsPath, links, frontmatter.data));
      return dependsOn;
    },
    tree: new WeakRef(tree)
  };
  repository.setRecord(record);
  return record;
}
function dependenciesOf(repository, docsPath, links, data) {
  const targets = /* @__PURE__ */ new Set();
  for (const link of links) {
    const target = resolveLink(repository, docsPath, link);
    const local = target.kind === "local" ? target : target.kind === "live-site" || target.kind === "absolute" ? target.local : void 0;
    if (local)
      targets.add(local.docsPath);
  }
  for (const [key, kind] of Object.entries(repository.config.references)) {
    const names = data[key];
    if (!Array.isArray(names))
      continue;
    for (const name of names)
      if (typeof name === "string")
        targets.add(`${repository.config.kinds[kind].folder}/${name}.md`);
  }
  targets.delete(docsPath);
  return [...targets];
}
function recordFrontmatter(repository, file, source, mtimeMs = 0) {
  const absolute = path.resolve(file);
  const docsPath = repository.docsPathOf(absolute);
  const yaml = frontmatterOnly(source);
  const raw = yaml.children[0]?.type === "yaml" ? yaml.children[0].value : "";
  let data;
  const frontmatterData = () => {
    data ??= readFrontmatter(yaml, source).data;
    delete record.rawFrontmatter;
    return data;
  };
  let full;
  const parsed = () => {
    const current = repository.unrecorded(() => repository.page(absolute));
    if (current && current !== record)
      return current;
    full ??= repository.unrecorded(() => {
      repository.parsedOnDemand++;
      const text = repository.readPage(absolute);
      return recordPage(repository, absolute, parsePage(text.value), text.value, text.mtimeMs);
    });
    return full;
  };
  const record = {
    path: absolute,
    docsPath,
    kind: repository.kindOf(absolute),
    name: path.posix.basename(docsPath, ".md"),
    rawFrontmatter: raw,
    get data() {
      return frontmatterData();
    },
    get urn() {
      const id = frontmatterData().id;
      return typeof id === "string" ? id : void 0;
    },
    mtimeMs,
    get anchors() {
      return parsed().anchors;
    },
    get headings() {
      return parsed().headings;
    },
    get dependsOn() {
      return parsed().dependsOn;
    }
  };
  repository.setRecord(record);
  return record;
}
function loadMissingPages(repository, recheck = false) {
  for (const file of repository.pagePaths()) {
    const known = repository.page(file);
    if (known && (!recheck || known.mtimeMs === mtimeOf(file)))
      continue;
    const source = repository.readPage(file);
    recordFrontmatter(repository, file, source.value, source.mtimeMs);
  }
}

// dist/src/entries/preset.js
import path3 from "node:path";

// dist/src/rule-kit/context.js
import path2 from "node:path";
function setPageContext(tree, file, repository, lang, run) {
  if (!file.path)
    return void 0;
  const absolute = path2.resolve(file.cwd, file.path);
  const source = String(file.value ?? "");
  const page = recordPage(repository, absolute, tree, source, repository.page(absolute)?.mtimeMs ?? 0);
  const place = location(source);
  const point = (offset) => {
    const clamped = Math.max(0, Math.min(offset, source.length));
    const found = place.toPoint(clamped) ?? { line: 1, column: 1 };
    return { line: found.line, column: found.column, offset: clamped };
  };
  const span = (start, end) => ({ start: point(start), end: point(end) });
  const context = { repository, page, frontmatter: readFrontmatter(tree, source), lang, span, source, run, spelling: spellingService };
  file.data.algoritmekader = context;
  return context;
}

// dist/src/entries/preset.js
var sessions = /* @__PURE__ */ new Map();
var virtualWorkspace;
var stamps = /* @__PURE__ */ new WeakMap();
function sessionOf(file, options = {}) {
  const virtual = virtualWorkspace && isWithin(virtualWorkspace.root, path3.resolve(file)) ? virtualWorkspace : void 0;
  if (virtual)
    options = { ...virtual.options, ...options };
  const root = options.root ? path3.resolve(options.root) : virtual ? virtual.root : findRoot(path3.dirname(path3.resolve(file)));
  if (!root)
    return void 0;
  const key = `${root}\0${JSON.stringify(options)}`;
  let session = sessions.get(key);
  if (session && stamps.get(session) !== configurationStamp(session))
    session = void 0;
  if (!session) {
    const before = baseConfigurationStamp(root, virtual?.files);
    session = sessionFor({ root, lang: options.lang, rules: options.rules, config: options.config, files: virtual?.files, cwd: virtual?.root }, {}, rules);
    sessions.set(key, session);
    const stamp = configurationStamp(session);
    stamps.set(session, stamp.startsWith(`${before}|`) ? stamp : "");
    loadMissingPages(session.repository);
  } else {
    loadMissingPages(session.repository, session.repository.refresh());
  }
  return session;
}
function checkFile(tree, file, options = {}) {
  if (!file.path)
    return;
  const session = file.data.algoritmekaderSession ?? sessionOf(path3.resolve(file.cwd, file.path), options);
  if (!session)
    return;
  const absolute = path3.resolve(file.cwd, file.path);
  if (notLinted(session, absolute))
    return;
  const page = setPageContext(tree, file, session.repository, session.lang, session.run);
  if (!page)
    return;
  const active = activeFor(session, absolute);
  file.data.modelReads = session.repository.recordReads(() => runRules(active, tree, file, page)).reads;
  const display = file.data.suppressionDisplay ?? "omit";
  const suppressions = display === "by-run" ? void 0 : suppressionsOf(session);
  if (suppressions)
    suppressFile(file, suppressions, session.root, display, session.lang);
}
var remarkAlgoritmekader = function(options = {}) {
  if (this.data("algoritmekaderLint"))
    return;
  this.data("algoritmekaderLint", true);
  this.compiler = (_tree, file) => String(file.value ?? "");
  this.use(remarkFrontmatter, ["yaml"]).use(remarkMkdocs);
  this.use(function algoritmekaderCheck() {
    return (tree, file) => {
      try {
        checkFile(tree, file, options);
      } catch (error) {
        if (error instanceof LocalizedError)
          error.message = error.in(options.lang ?? "nl");
        throw error;
      }
    };
  });
};
var preset_default = remarkAlgoritmekader;

export {
  recordPage,
  recordFrontmatter,
  loadMissingPages,
  sessionOf,
  preset_default
};
