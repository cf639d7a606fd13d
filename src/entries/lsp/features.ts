/**
 * Authoring help that knows this content, computed in the checker worker on
 * the repository model: completion of `vereiste:`/`maatregel:` names and
 * label values (with the page title), of relative links and `#anchors`;
 * hover, go to definition and document links for references, labels and
 * links; find references of a page or heading; rename of a heading (every
 * `#anchor` that points at it follows) or of a page (the file, every
 * reference and every link). Results are plain LSP JSON.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { Position as UnistPosition } from 'unist';
import { location } from 'vfile-location';
import { type ItemKind, isItemKind } from '../../config/config.js';
import { frontmatterOnly, readFrontmatter } from '../../parsing/frontmatter.js';
import { collectLinks, type Link } from '../../parsing/links.js';
import { collectAnchors, type HeadingInfo } from '../../parsing/mkdocs/anchors.js';
import { slugify } from '../../parsing/mkdocs/slug.js';
import { parsePage } from '../../parsing/parser.js';
import type { PageRecord, Repository } from '../../repository/repository.js';
import { relativeLink, resolveLink } from '../../repository/resolve-link.js';
import { sessionOf } from '../preset.js';
import { uriOf } from './uris.js';

export interface LspPosition {
  line: number;
  character: number;
}
interface LspRange {
  start: LspPosition;
  end: LspPosition;
}
interface TextEdit {
  range: LspRange;
  newText: string;
}

type Target =
  | { type: 'reference'; key: string; kind: ItemKind; name: string; place: UnistPosition }
  | { type: 'label'; key: string; folder: string; value: string; place: UnistPosition }
  | { type: 'link'; link: Link; target: ReturnType<typeof resolveLink> }
  | { type: 'heading'; heading: HeadingInfo };

interface Page {
  file: string;
  docsPath: string;
  text: string;
  tree: Root;
  repository: Repository;
}

const toRange = (place: UnistPosition): LspRange => ({
  start: { line: place.start.line - 1, character: place.start.column - 1 },
  end: { line: place.end.line - 1, character: place.end.column - 1 },
});

function offsetOf(text: string, position: LspPosition): number {
  return location(text).toOffset({ line: position.line + 1, column: position.character + 1 }) ?? text.length;
}

function rangeOf(text: string, start: number, end: number): LspRange {
  const place = location(text);
  const point = (offset: number) => {
    const found = place.toPoint(offset) ?? { line: 1, column: 1 };
    return { line: found.line - 1, character: found.column - 1 };
  };
  return { start: point(start), end: point(end) };
}

function pageOf(file: string, text: string): Page | undefined {
  const session = sessionOf(file);
  if (!session) return undefined;
  return { file, docsPath: session.repository.docsPathOf(file), text, tree: parsePage(text), repository: session.repository };
}

const within = (place: UnistPosition | undefined, offset: number) =>
  place?.start.offset !== undefined && place.end.offset !== undefined && offset >= place.start.offset && offset <= place.end.offset;

/** What the cursor is on: a reference entry, a label value, a link or a heading. */
function targetAt(page: Page, offset: number): Target | undefined {
  const { repository, tree, text } = page;
  const frontmatter = readFrontmatter(tree, text);
  for (const [key, kind] of Object.entries(repository.config.references)) {
    const entries = frontmatter.data[key];
    if (!Array.isArray(entries)) continue;
    for (const [index, name] of entries.entries()) {
      const place = frontmatter.positionOf([key, index]);
      if (typeof name === 'string' && place && within(place, offset)) return { type: 'reference', key, kind, name, place };
    }
  }
  for (const [key, folder] of Object.entries(repository.config.vocabularies)) {
    const values = frontmatter.data[key];
    for (const [index, value] of (Array.isArray(values) ? values : [values]).entries()) {
      const place = frontmatter.positionOf(Array.isArray(values) ? [key, index] : [key]);
      if (typeof value === 'string' && place && within(place, offset)) return { type: 'label', key, folder, value, place };
    }
  }
  const link = collectLinks(tree, text).find((candidate) => offset >= candidate.start && offset <= candidate.end);
  if (link) return { type: 'link', link, target: resolveLink(repository, page.docsPath, link) };
  const heading = collectAnchors(tree).headings.find((candidate) => within(candidate.node.position, offset));
  return heading ? { type: 'heading', heading } : undefined;
}

/** The page a target names, if the model knows it. */
function pageFor(page: Page, target: Target | undefined): PageRecord | undefined {
  if (!target) return undefined;
  if (target.type === 'reference') return page.repository.findByName(target.kind, target.name);
  if (target.type === 'label') return page.repository.page(path.join(page.repository.docsDir, target.folder, `${target.value}.md`));
  if (target.type === 'link' && target.target.kind === 'local') return target.target.page;
  return undefined;
}

const titleOf = (record: PageRecord) => (typeof record.data.title === 'string' ? record.data.title : record.name);

export function hover(file: string, text: string, position: LspPosition) {
  const page = pageOf(file, text);
  if (!page) return null;
  const target = targetAt(page, offsetOf(text, position));
  const record = pageFor(page, target);
  if (!record || !target) return null;
  const summary = typeof record.data.toelichting === 'string' ? `\n\n${record.data.toelichting}` : '';
  const place = target.type === 'link' ? rangeOf(text, target.link.start, target.link.end) : target.type === 'heading' ? undefined : toRange(target.place);
  return { contents: { kind: 'markdown', value: `**${titleOf(record)}**${summary}\n\n\`${record.docsPath}\`` }, range: place };
}

/** The heading of `record` whose anchor is `fragment`, as a range in its file. */
function headingRange(page: Page, record: PageRecord, fragment: string | undefined): LspRange {
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (!fragment) return top;
  const other = page.repository.readPage(record.path).value;
  const heading = collectAnchors(parsePage(other)).headings.find((candidate) => candidate.anchor === fragment);
  return heading?.node.position ? toRange(heading.node.position) : top;
}

export function definition(file: string, text: string, position: LspPosition) {
  const page = pageOf(file, text);
  if (!page) return null;
  const target = targetAt(page, offsetOf(text, position));
  if (target?.type === 'link' && target.target.kind === 'fragment') {
    const heading = collectAnchors(page.tree).headings.find((candidate) => candidate.anchor === (target.target as { fragment: string }).fragment);
    return heading?.node.position ? { uri: uriOf(file), range: toRange(heading.node.position) } : null;
  }
  const record = pageFor(page, target);
  if (!record) return null;
  const fragment = target?.type === 'link' && target.target.kind === 'local' ? target.target.fragment : undefined;
  return { uri: uriOf(record.path), range: headingRange(page, record, fragment) };
}

export function documentLinks(file: string, text: string) {
  const page = pageOf(file, text);
  if (!page) return [];
  const frontmatter = readFrontmatter(page.tree, text);
  const links: Array<{ range: LspRange; target: string; tooltip: string }> = [];
  const add = (target: Target) => {
    const record = pageFor(page, target);
    if (record && target.type !== 'link' && target.type !== 'heading')
      links.push({ range: toRange(target.place), target: uriOf(record.path), tooltip: titleOf(record) });
  };
  for (const [key, kind] of Object.entries(page.repository.config.references)) {
    const entries = frontmatter.data[key];
    if (!Array.isArray(entries)) continue;
    entries.forEach((name, index) => {
      const place = frontmatter.positionOf([key, index]);
      if (typeof name === 'string' && place) add({ type: 'reference', key, kind, name, place });
    });
  }
  for (const [key, folder] of Object.entries(page.repository.config.vocabularies)) {
    const values = frontmatter.data[key];
    (Array.isArray(values) ? values : [values]).forEach((value, index) => {
      const place = frontmatter.positionOf(Array.isArray(values) ? [key, index] : [key]);
      if (typeof value === 'string' && place) add({ type: 'label', key, folder, value, place });
    });
  }
  return links;
}

/** Every link on `record`'s page that leads to `docsPath` (and `fragment`, when given), with the page's text. */
function linksTo(page: Page, record: PageRecord, docsPath: string, fragment?: string): Array<{ link: Link; text: string }> {
  const text = record.path === page.file ? page.text : page.repository.readPage(record.path).value;
  const tree = record.path === page.file ? page.tree : parsePage(text);
  return collectLinks(tree, text)
    .filter((link) => {
      const target = resolveLink(page.repository, record.docsPath, link);
      if (target.kind === 'fragment') return record.docsPath === docsPath && fragment !== undefined && target.fragment === fragment;
      return target.kind === 'local' && target.docsPath === docsPath && (fragment === undefined || target.fragment === fragment);
    })
    .map((link) => ({ link, text }));
}

/** Frontmatter entries on other pages that name the page `record` (its `vereiste:`/`maatregel:` file name). */
function entriesNaming(page: Page, record: PageRecord): Array<{ file: string; text: string; place: UnistPosition }> {
  const found: Array<{ file: string; text: string; place: UnistPosition }> = [];
  if (!isItemKind(record.kind)) return found;
  const keys = Object.entries(page.repository.config.references).filter(([, kind]) => kind === record.kind);
  for (const other of page.repository.allPages()) {
    for (const [key] of keys) {
      const entries = other.data[key];
      if (!Array.isArray(entries) || !entries.includes(record.name)) continue;
      const text = other.path === page.file ? page.text : page.repository.readPage(other.path).value;
      // Only the frontmatter's positions are needed: not the whole page parsed.
      const frontmatter = readFrontmatter(other.path === page.file ? page.tree : frontmatterOnly(text), text);
      entries.forEach((name, index) => {
        const place = frontmatter.positionOf([key, index]);
        if (name === record.name && place) found.push({ file: other.path, text, place });
      });
    }
  }
  return found;
}

/** Pages that could link to `docsPath`: those the model says depend on it, and the page itself. */
function linkingPages(page: Page, docsPath: string): PageRecord[] {
  const records = page.repository.pagesDependingOn(new Set([docsPath]));
  const self = page.repository.page(page.file);
  return self && !records.includes(self) ? [...records, self] : records;
}

export function references(file: string, text: string, position: LspPosition) {
  const page = pageOf(file, text);
  if (!page) return [];
  const target = targetAt(page, offsetOf(text, position));
  const heading = target?.type === 'heading' ? target.heading : undefined;
  const record = heading ? page.repository.page(file) : (pageFor(page, target) ?? page.repository.page(file));
  if (!record) return [];
  const locations: Array<{ uri: string; range: LspRange }> = [];
  if (!heading) for (const entry of entriesNaming(page, record)) locations.push({ uri: uriOf(entry.file), range: toRange(entry.place) });
  for (const other of linkingPages(page, record.docsPath)) {
    for (const { link, text: otherText } of linksTo(page, other, record.docsPath, heading?.anchor)) {
      locations.push({ uri: uriOf(other.path), range: rangeOf(otherText, link.start, link.end) });
    }
  }
  return locations;
}

/** The range of a link's `#fragment` (after the `#`) in its page. */
function fragmentRange(text: string, link: Link): LspRange | undefined {
  if (link.urlStart === undefined || link.urlEnd === undefined) return undefined;
  const hash = text.slice(link.urlStart, link.urlEnd).indexOf('#');
  return hash === -1 ? undefined : rangeOf(text, link.urlStart + hash + 1, link.urlEnd);
}

function renameHeading(page: Page, heading: HeadingInfo, newName: string) {
  const changes: Record<string, TextEdit[]> = {};
  const edit = (file: string, range: LspRange, newText: string) => {
    changes[uriOf(file)] = [...(changes[uriOf(file)] ?? []), { range, newText }];
  };
  const children = heading.node.children;
  const first = children[0]?.position;
  const last = children[children.length - 1]?.position;
  if (first && last) edit(page.file, { start: toRange(first).start, end: toRange(last).end }, newName);
  const anchor = slugify(newName);
  for (const other of linkingPages(page, page.docsPath)) {
    for (const { link, text } of linksTo(page, other, page.docsPath, heading.anchor)) {
      const range = fragmentRange(text, link);
      if (range) edit(other.path, range, anchor);
    }
  }
  return { changes };
}

function renamePage(page: Page, record: PageRecord, newName: string, capabilities: { resourceOperations?: boolean }) {
  const name = newName.replace(/\.md$/, '');
  const newPath = path.join(path.dirname(record.path), `${name}.md`);
  const edits = new Map<string, TextEdit[]>();
  const edit = (file: string, range: LspRange, newText: string) => edits.set(file, [...(edits.get(file) ?? []), { range, newText }]);
  for (const entry of entriesNaming(page, record)) edit(entry.file, toRange(entry.place), name);
  for (const other of linkingPages(page, record.docsPath)) {
    for (const { link, text } of linksTo(page, other, record.docsPath)) {
      if (link.urlStart === undefined || link.urlEnd === undefined) continue;
      const written = text.slice(link.urlStart, link.urlEnd);
      const renamed = written.replace(new RegExp(`(^|/)${record.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.md)?(?=$|[#/?])`), `$1${name}$2`);
      if (renamed !== written) {
        const relative = relativeLink(other.docsPath, page.repository.docsPathOf(newPath));
        edit(other.path, rangeOf(text, link.urlStart, link.urlEnd), link.origin === 'markdown' && written.endsWith('.md') ? relative : renamed);
      }
    }
  }
  if (!capabilities.resourceOperations) return { changes: Object.fromEntries([...edits].map(([file, list]) => [uriOf(file), list])) };
  const documentChanges: object[] = [...edits].map(([file, list]) => ({ textDocument: { uri: uriOf(file), version: null }, edits: list }));
  documentChanges.push({ kind: 'rename', oldUri: uriOf(record.path), newUri: uriOf(newPath) });
  return { documentChanges };
}

export function rename(file: string, text: string, position: LspPosition, newName: string, capabilities: { resourceOperations?: boolean } = {}) {
  const page = pageOf(file, text);
  if (!page) return null;
  const target = targetAt(page, offsetOf(text, position));
  if (target?.type === 'heading') return renameHeading(page, target.heading, newName);
  const record = pageFor(page, target) ?? page.repository.page(file);
  return record ? renamePage(page, record, newName, capabilities) : null;
}

/** Completion: reference names and label values in the frontmatter, relative links and anchors in the text. */
export function complete(file: string, text: string, position: LspPosition) {
  const page = pageOf(file, text);
  if (!page) return [];
  const offset = offsetOf(text, position);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const inFrontmatter = text.startsWith('---') && text.indexOf('\n---', 3) >= offset;
  if (inFrontmatter) return completeFrontmatter(page, offset, lineStart, before);
  const link = /\]\(([^()\s]*)$/.exec(before);
  return link ? completeLink(page, link[1], rangeOf(text, offset - link[1].length, offset)) : [];
}

function completeFrontmatter(page: Page, offset: number, lineStart: number, before: string) {
  const item = /^\s*-\s*['"]?([^'"]*)$/.exec(before) ?? /^[\w-]+:\s*['"]?([^'"]*)$/.exec(before);
  if (!item) return [];
  const keyLine = page.text
    .slice(0, lineStart + before.length)
    .split('\n')
    .reverse()
    .find((line) => /^[A-Za-z_][\w-]*:/.test(line));
  const key = keyLine ? /^([A-Za-z_][\w-]*):/.exec(keyLine)![1] : undefined;
  const range = rangeOf(page.text, offset - item[1].length, offset);
  const { repository } = page;
  const kind = key ? repository.config.references[key] : undefined;
  if (kind) {
    return repository.namesOf(kind).map((name) => {
      const record = repository.findByName(kind, name);
      return { label: name, kind: 18, detail: record ? titleOf(record) : undefined, textEdit: { range, newText: name } };
    });
  }
  const folder = key ? repository.config.vocabularies[key] : undefined;
  if (folder) {
    return [...(repository.vocabulary(key!) ?? [])].sort().map((value) => {
      const record = repository.page(path.join(repository.docsDir, folder, `${value}.md`));
      return { label: value, kind: 12, detail: record ? titleOf(record) : undefined, textEdit: { range, newText: value } };
    });
  }
  return [];
}

function completeLink(page: Page, typed: string, range: LspRange) {
  const { repository } = page;
  const hash = typed.indexOf('#');
  if (hash !== -1) {
    const pathPart = typed.slice(0, hash);
    const target = pathPart ? resolveLink(repository, page.docsPath, { url: pathPart, origin: 'markdown' }) : undefined;
    const headings = target?.kind === 'local' && target.page ? target.page.headings : collectAnchors(page.tree).headings;
    return headings.map((heading) => ({
      label: `${pathPart}#${heading.anchor}`,
      kind: 18,
      detail: heading.text,
      textEdit: { range, newText: `${pathPart}#${heading.anchor}` },
    }));
  }
  return repository.pagePaths().map((file) => {
    const record = repository.page(file);
    const relative = relativeLink(page.docsPath, repository.docsPathOf(file));
    return { label: relative, kind: 17, detail: record ? titleOf(record) : undefined, textEdit: { range, newText: relative } };
  });
}
