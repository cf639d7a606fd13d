import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  runFindingsOf
} from "./chunks/shared-run-stages-finish.mjs";
import {
  safeParse
} from "./chunks/shared-run-linting.mjs";
import {
  uriOf
} from "./chunks/shared-entries-lsp-uris.mjs";
import {
  loadMissingPages,
  preset_default,
  sessionOf
} from "./chunks/shared-entries-preset.mjs";
import {
  collectAnchors,
  slugify
} from "./chunks/shared-rules-external-url-rate-limited.mjs";
import {
  relativeLink,
  resolveLink
} from "./chunks/shared-repository-resolve-link.mjs";
import {
  collectLinks
} from "./chunks/shared-parsing-html-links.mjs";
import {
  storeMessages
} from "./chunks/shared-run-cache.mjs";
import {
  notLinted,
  pageDigest
} from "./chunks/shared-repository-digest.mjs";
import "./chunks/shared-rule-kit-directives.mjs";
import "./chunks/shared-run-signed-file.mjs";
import {
  frontmatterOnly,
  readFrontmatter
} from "./chunks/shared-parsing-frontmatter.mjs";
import "./chunks/shared-rule-kit-constants.mjs";
import "./chunks/shared-config-file-policy.mjs";
import {
  isItemKind,
  location
} from "./chunks/shared-config-config.mjs";
import "./chunks/shared-config-glob-match.mjs";
import "./chunks/shared-package-info.mjs";
import "./chunks/shared-balanced-match-dist-esm.mjs";
import "./chunks/shared-run-atomic-write.mjs";
import "./chunks/shared-repository-source.mjs";
import "./chunks/shared-repository-files.mjs";
import {
  parsePage
} from "./chunks/shared-parsing-mkdocs-attr-list.mjs";
import {
  remarkParse,
  unified
} from "./chunks/shared-bail.mjs";
import "./chunks/shared-mdast-util-to-string.mjs";
import {
  VFile
} from "./chunks/shared-unist-util-stringify-position.mjs";
import "./chunks/shared-spelling-judge.mjs";
import "./chunks/shared-spelling-dictionary.mjs";
import "./chunks/shared-parsing-tree-nodes.mjs";
import {
  errorText
} from "./chunks/shared-errors.mjs";
import "./chunks/shared-reporters-printable.mjs";
import "./chunks/shared-runtime.mjs";

// dist/src/entries/check-worker.js
import { parentPort } from "node:worker_threads";

// dist/src/entries/check-handler.js
import path2 from "node:path";

// dist/src/entries/lsp/features.js
import path from "node:path";
var toRange = (place) => ({
  start: { line: place.start.line - 1, character: place.start.column - 1 },
  end: { line: place.end.line - 1, character: place.end.column - 1 }
});
function offsetOf(text, position) {
  return location(text).toOffset({ line: position.line + 1, column: position.character + 1 }) ?? text.length;
}
function rangeOf(text, start, end) {
  const place = location(text);
  const point = (offset) => {
    const found = place.toPoint(offset) ?? { line: 1, column: 1 };
    return { line: found.line - 1, character: found.column - 1 };
  };
  return { start: point(start), end: point(end) };
}
function pageOf(file, text) {
  const session = sessionOf(file);
  if (!session)
    return void 0;
  return { file, docsPath: session.repository.docsPathOf(file), text, tree: parsePage(text), repository: session.repository };
}
var within = (place, offset) => place?.start.offset !== void 0 && place.end.offset !== void 0 && offset >= place.start.offset && offset <= place.end.offset;
function targetAt(page, offset) {
  const { repository, tree, text } = page;
  const frontmatter = readFrontmatter(tree, text);
  for (const [key, kind] of Object.entries(repository.config.references)) {
    const entries = frontmatter.data[key];
    if (!Array.isArray(entries))
      continue;
    for (const [index, name] of entries.entries()) {
      const place = frontmatter.positionOf([key, index]);
      if (typeof name === "string" && place && within(place, offset))
        return { type: "reference", key, kind, name, place };
    }
  }
  for (const [key, folder] of Object.entries(repository.config.vocabularies)) {
    const values = frontmatter.data[key];
    for (const [index, value] of (Array.isArray(values) ? values : [values]).entries()) {
      const place = frontmatter.positionOf(Array.isArray(values) ? [key, index] : [key]);
      if (typeof value === "string" && place && within(place, offset))
        return { type: "label", key, folder, value, place };
    }
  }
  const link = collectLinks(tree, text).find((candidate) => offset >= candidate.start && offset <= candidate.end);
  if (link)
    return { type: "link", link, target: resolveLink(repository, page.docsPath, link) };
  const heading = collectAnchors(tree).headings.find((candidate) => within(candidate.node.position, offset));
  return heading ? { type: "heading", heading } : void 0;
}
function pageFor(page, target) {
  if (!target)
    return void 0;
  if (target.type === "reference")
    return page.repository.findByName(target.kind, target.name);
  if (target.type === "label")
    return page.repository.page(path.join(page.repository.docsDir, target.folder, `${target.value}.md`));
  if (target.type === "link" && target.target.kind === "local")
    return target.target.page;
  return void 0;
}
var titleOf = (record) => typeof record.data.title === "string" ? record.data.title : record.name;
function hover(file, text, position) {
  const page = pageOf(file, text);
  if (!page)
    return null;
  const target = targetAt(page, offsetOf(text, position));
  const record = pageFor(page, target);
  if (!record || !target)
    return null;
  const summary = typeof record.data.toelichting === "string" ? `

${record.data.toelichting}` : "";
  const place = target.type === "link" ? rangeOf(text, target.link.start, target.link.end) : target.type === "heading" ? void 0 : toRange(target.place);
  return { contents: { kind: "markdown", value: `**${titleOf(record)}**${summary}

\`${record.docsPath}\`` }, range: place };
}
function headingRange(page, record, fragment) {
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (!fragment)
    return top;
  const other = page.repository.readPage(record.path).value;
  const heading = collectAnchors(parsePage(other)).headings.find((candidate) => candidate.anchor === fragment);
  return heading?.node.position ? toRange(heading.node.position) : top;
}
function definition(file, text, position) {
  const page = pageOf(file, text);
  if (!page)
    return null;
  const target = targetAt(page, offsetOf(text, position));
  if (target?.type === "link" && target.target.kind === "fragment") {
    const heading = collectAnchors(page.tree).headings.find((candidate) => candidate.anchor === target.target.fragment);
    return heading?.node.position ? { uri: uriOf(file), range: toRange(heading.node.position) } : null;
  }
  const record = pageFor(page, target);
  if (!record)
    return null;
  const fragment = target?.type === "link" && target.target.kind === "local" ? target.target.fragment : void 0;
  return { uri: uriOf(record.path), range: headingRange(page, record, fragment) };
}
function documentLinks(file, text) {
  const page = pageOf(file, text);
  if (!page)
    return [];
  const frontmatter = readFrontmatter(page.tree, text);
  const links = [];
  const add = (target) => {
    const record = pageFor(page, target);
    if (record && target.type !== "link" && target.type !== "heading")
      links.push({ range: toRange(target.place), target: uriOf(record.path), tooltip: titleOf(record) });
  };
  for (const [key, kind] of Object.entries(page.repository.config.references)) {
    const entries = frontmatter.data[key];
    if (!Array.isArray(entries))
      continue;
    entries.forEach((name, index) => {
      const place = frontmatter.positionOf([key, index]);
      if (typeof name === "string" && place)
        add({ type: "reference", key, kind, name, place });
    });
  }
  for (const [key, folder] of Object.entries(page.repository.config.vocabularies)) {
    const values = frontmatter.data[key];
    (Array.isArray(values) ? values : [values]).forEach((value, index) => {
      const place = frontmatter.positionOf(Array.isArray(values) ? [key, index] : [key]);
      if (typeof value === "string" && place)
        add({ type: "label", key, folder, value, place });
    });
  }
  return links;
}
function linksTo(page, record, docsPath, fragment) {
  const text = record.path === page.file ? page.text : page.repository.readPage(record.path).value;
  const tree = record.path === page.file ? page.tree : parsePage(text);
  return collectLinks(tree, text).filter((link) => {
    const target = resolveLink(page.repository, record.docsPath, link);
    if (target.kind === "fragment")
      return record.docsPath === docsPath && fragment !== void 0 && target.fragment === fragment;
    return target.kind === "local" && target.docsPath === docsPath && (fragment === void 0 || target.fragment === fragment);
  }).map((link) => ({ link, text }));
}
function entriesNaming(page, record) {
  const found = [];
  if (!isItemKind(record.kind))
    return found;
  const keys = Object.entries(page.repository.config.references).filter(([, kind]) => kind === record.kind);
  for (const other of page.repository.allPages()) {
    for (const [key] of keys) {
      const entries = other.data[key];
      if (!Array.isArray(entries) || !entries.includes(record.name))
        continue;
      const text = other.path === page.file ? page.text : page.repository.readPage(other.path).value;
      const frontmatter = readFrontmatter(other.path === page.file ? page.tree : frontmatterOnly(text), text);
      entries.forEach((name, index) => {
        const place = frontmatter.positionOf([key, index]);
        if (name === record.name && place)
          found.push({ file: other.path, text, place });
      });
    }
  }
  return found;
}
function linkingPages(page, docsPath) {
  const records = page.repository.pagesDependingOn(/* @__PURE__ */ new Set([docsPath]));
  const self = page.repository.page(page.file);
  return self && !records.includes(self) ? [...records, self] : records;
}
function references(file, text, position) {
  const page = pageOf(file, text);
  if (!page)
    return [];
  const target = targetAt(page, offsetOf(text, position));
  const heading = target?.type === "heading" ? target.heading : void 0;
  const record = heading ? page.repository.page(file) : pageFor(page, target) ?? page.repository.page(file);
  if (!record)
    return [];
  const locations = [];
  if (!heading)
    for (const entry of entriesNaming(page, record))
      locations.push({ uri: uriOf(entry.file), range: toRange(entry.place) });
  for (const other of linkingPages(page, record.docsPath)) {
    for (const { link, text: otherText } of linksTo(page, other, record.docsPath, heading?.anchor)) {
      locations.push({ uri: uriOf(other.path), range: rangeOf(otherText, link.start, link.end) });
    }
  }
  return locations;
}
function fragmentRange(text, link) {
  if (link.urlStart === void 0 || link.urlEnd === void 0)
    return void 0;
  const hash = text.slice(link.urlStart, link.urlEnd).indexOf("#");
  return hash === -1 ? void 0 : rangeOf(text, link.urlStart + hash + 1, link.urlEnd);
}
function renameHeading(page, heading, newName) {
  const changes = {};
  const edit = (file, range, newText) => {
    changes[uriOf(file)] = [...changes[uriOf(file)] ?? [], { range, newText }];
  };
  const children = heading.node.children;
  const first = children[0]?.position;
  const last = children[children.length - 1]?.position;
  if (first && last)
    edit(page.file, { start: toRange(first).start, end: toRange(last).end }, newName);
  const anchor = slugify(newName);
  for (const other of linkingPages(page, page.docsPath)) {
    for (const { link, text } of linksTo(page, other, page.docsPath, heading.anchor)) {
      const range = fragmentRange(text, link);
      if (range)
        edit(other.path, range, anchor);
    }
  }
  return { changes };
}
function renamePage(page, record, newName, capabilities) {
  const name = newName.replace(/\.md$/, "");
  const newPath = path.join(path.dirname(record.path), `${name}.md`);
  const edits = /* @__PURE__ */ new Map();
  const edit = (file, range, newText) => edits.set(file, [...edits.get(file) ?? [], { range, newText }]);
  for (const entry of entriesNaming(page, record))
    edit(entry.file, toRange(entry.place), name);
  for (const other of linkingPages(page, record.docsPath)) {
    for (const { link, text } of linksTo(page, other, record.docsPath)) {
      if (link.urlStart === void 0 || link.urlEnd === void 0)
        continue;
      const written = text.slice(link.urlStart, link.urlEnd);
      const renamed = written.replace(new RegExp(`(^|/)${record.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\.md)?(?=$|[#/?])`), `$1${name}$2`);
      if (renamed !== written) {
        const relative = relativeLink(other.docsPath, page.repository.docsPathOf(newPath));
        edit(other.path, rangeOf(text, link.urlStart, link.urlEnd), link.origin === "markdown" && written.endsWith(".md") ? relative : renamed);
      }
    }
  }
  if (!capabilities.resourceOperations)
    return { changes: Object.fromEntries([...edits].map(([file, list]) => [uriOf(file), list])) };
  const documentChanges = [...edits].map(([file, list]) => ({ textDocument: { uri: uriOf(file), version: null }, edits: list }));
  documentChanges.push({ kind: "rename", oldUri: uriOf(record.path), newUri: uriOf(newPath) });
  return { documentChanges };
}
function rename(file, text, position, newName, capabilities = {}) {
  const page = pageOf(file, text);
  if (!page)
    return null;
  const target = targetAt(page, offsetOf(text, position));
  if (target?.type === "heading")
    return renameHeading(page, target.heading, newName);
  const record = pageFor(page, target) ?? page.repository.page(file);
  return record ? renamePage(page, record, newName, capabilities) : null;
}
function complete(file, text, position) {
  const page = pageOf(file, text);
  if (!page)
    return [];
  const offset = offsetOf(text, position);
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const inFrontmatter = text.startsWith("---") && text.indexOf("\n---", 3) >= offset;
  if (inFrontmatter)
    return completeFrontmatter(page, offset, lineStart, before);
  const link = /\]\(([^()\s]*)$/.exec(before);
  return link ? completeLink(page, link[1], rangeOf(text, offset - link[1].length, offset)) : [];
}
function completeFrontmatter(page, offset, lineStart, before) {
  const item = /^\s*-\s*['"]?([^'"]*)$/.exec(before) ?? /^[\w-]+:\s*['"]?([^'"]*)$/.exec(before);
  if (!item)
    return [];
  const keyLine = page.text.slice(0, lineStart + before.length).split("\n").reverse().find((line) => /^[A-Za-z_][\w-]*:/.test(line));
  const key = keyLine ? /^([A-Za-z_][\w-]*):/.exec(keyLine)[1] : void 0;
  const range = rangeOf(page.text, offset - item[1].length, offset);
  const { repository } = page;
  const kind = key ? repository.config.references[key] : void 0;
  if (kind) {
    return repository.namesOf(kind).map((name) => {
      const record = repository.findByName(kind, name);
      return { label: name, kind: 18, detail: record ? titleOf(record) : void 0, textEdit: { range, newText: name } };
    });
  }
  const folder = key ? repository.config.vocabularies[key] : void 0;
  if (folder) {
    return [...repository.vocabulary(key) ?? []].sort().map((value) => {
      const record = repository.page(path.join(repository.docsDir, folder, `${value}.md`));
      return { label: value, kind: 12, detail: record ? titleOf(record) : void 0, textEdit: { range, newText: value } };
    });
  }
  return [];
}
function completeLink(page, typed, range) {
  const { repository } = page;
  const hash = typed.indexOf("#");
  if (hash !== -1) {
    const pathPart = typed.slice(0, hash);
    const target = pathPart ? resolveLink(repository, page.docsPath, { url: pathPart, origin: "markdown" }) : void 0;
    const headings = target?.kind === "local" && target.page ? target.page.headings : collectAnchors(page.tree).headings;
    return headings.map((heading) => ({
      label: `${pathPart}#${heading.anchor}`,
      kind: 18,
      detail: heading.text,
      textEdit: { range, newText: `${pathPart}#${heading.anchor}` }
    }));
  }
  return repository.pagePaths().map((file) => {
    const record = repository.page(file);
    const relative = relativeLink(page.docsPath, repository.docsPathOf(file));
    return { label: relative, kind: 17, detail: record ? titleOf(record) : void 0, textEdit: { range, newText: relative } };
  });
}

// dist/src/entries/check-handler.js
function feature(request) {
  const { name, position = { line: 0, character: 0 }, newName = "", resourceOperations } = request.feature;
  const file = path2.resolve(request.cwd, request.path);
  const text = request.text ?? "";
  switch (name) {
    case "complete":
      return complete(file, text, position);
    case "hover":
      return hover(file, text, position);
    case "definition":
      return definition(file, text, position);
    case "references":
      return references(file, text, position);
    case "rename":
      return rename(file, text, position, newName, { resourceOperations });
    case "documentLinks":
      return documentLinks(file, text);
  }
}
var processor = unified().use(remarkParse).use(preset_default).freeze();
function dependentsOf(session, file, before, open = []) {
  const { repository } = session;
  if (pageDigest(repository.page(file)) === before)
    return [];
  const docsPath = repository.docsPathOf(file);
  return open.filter((other) => other !== file && (repository.page(other)?.dependsOn.includes(docsPath) ?? false));
}
function unusable(request, error) {
  const file = new VFile({ path: request.path, cwd: request.cwd });
  const message = file.message(`algoritmekader-lint: ${errorText(error, "nl")}`, { place: { line: 1, column: 1 }, source: "algoritmekader-lint" });
  message.fatal = true;
  return { id: request.id, messages: storeMessages(file), dependents: [] };
}
function standInForSlowPage(text = "") {
  const slowMs = Number(process.env.ALGORITMEKADER_LINT_TEST_SLOW_MS ?? 0);
  if (!slowMs || !text.includes("<!-- slow -->"))
    return;
  const end = Date.now() + slowMs;
  while (Date.now() < end)
    ;
}
function editorFile(session, file, cwd, value = "") {
  const vfile = new VFile({ path: file, cwd, value });
  vfile.data.algoritmekaderSession = session;
  vfile.data.suppressionDisplay = "inform";
  return vfile;
}
function check(request) {
  const absolute = path2.resolve(request.cwd, request.path);
  try {
    const session = sessionOf(absolute);
    if (!session)
      return { id: request.id, messages: [], dependents: [] };
    if (notLinted(session, absolute)) {
      const misnamed = runFindingsOf(session, absolute, editorFile(session, request.path, request.cwd, request.text));
      return { id: request.id, messages: storeMessages(misnamed), dependents: [] };
    }
    standInForSlowPage(request.text);
    const before = pageDigest(session.repository.page(absolute));
    const file = editorFile(session, request.path, request.cwd, request.text);
    processor.runSync(processor.parse(file), file);
    return { id: request.id, messages: storeMessages(file), dependents: dependentsOf(session, absolute, before, request.open), lang: session.lang };
  } catch (error) {
    return unusable(request, error);
  }
}
function lintedPages(request) {
  const session = sessionOf(path2.resolve(request.cwd, request.path));
  return session ? session.repository.pagePaths().filter((file) => !notLinted(session, file)) : [];
}
function checkOnDisk(request) {
  const session = sessionOf(path2.resolve(request.cwd, request.path));
  const open = new Set(request.open);
  const pages = [];
  for (const absolute of request.paths ?? []) {
    if (!session || open.has(absolute) || notLinted(session, absolute))
      continue;
    const source = session.repository.readPage(absolute);
    standInForSlowPage(source.value);
    const file = editorFile(session, absolute, session.root, source.value);
    if (source.bom)
      file.data.bom = true;
    const { tree, problem } = safeParse(source.value ?? "", source.problem);
    if (problem)
      file.data.sourceProblem = problem;
    processor.runSync(tree, file);
    pages.push({ path: absolute, messages: storeMessages(file) });
  }
  return { id: request.id, messages: [], dependents: [], pages, lang: session?.lang };
}
function close(request) {
  const absolute = path2.resolve(request.cwd, request.path);
  const session = sessionOf(absolute);
  if (!session)
    return { id: request.id, messages: [], dependents: [] };
  const before = pageDigest(session.repository.page(absolute));
  session.repository.removePage(absolute);
  loadMissingPages(session.repository);
  return { id: request.id, messages: [], dependents: dependentsOf(session, absolute, before, request.open) };
}
function handleRequest(request) {
  let reply;
  try {
    if (request.type === "close")
      reply = close(request);
    else if (request.type === "pages")
      reply = { id: request.id, messages: [], dependents: [], result: lintedPages(request) };
    else if (request.type === "checkOnDisk")
      reply = checkOnDisk(request);
    else if (request.type === "feature")
      reply = { id: request.id, messages: [], dependents: [], result: feature(request) };
    else if (request.type === "refresh") {
      const session = sessionOf(path2.resolve(request.cwd, request.path));
      if (session)
        loadMissingPages(session.repository, session.repository.refresh(0));
      reply = { id: request.id, messages: [], dependents: [] };
    } else
      reply = check(request);
  } catch (error) {
    reply = { id: request.id, messages: [], dependents: [] };
    console.error(`algoritmekader-lint: ${errorText(error, "nl")}`);
  }
  return reply;
}

// dist/src/entries/check-worker.js
parentPort.on("message", (request) => parentPort.postMessage(handleRequest(request)));
