/**
 * From a parsed page to the facts the repository model keeps about it:
 * kind, name, frontmatter, URN, anchors, and what it points at. Kept apart
 * from the model so that a run served from the cache never loads the parser.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { frontmatterOnly, readFrontmatter } from '../parsing/frontmatter.js';
import { collectLinks, type Link } from '../parsing/links.js';
import { collectAnchors } from '../parsing/mkdocs/anchors.js';
import { parsePage } from '../parsing/parser.js';
import { mtimeOf, type PageRecord, type Repository } from './repository.js';
import { resolveLink } from './resolve-link.js';

/** Record a page's facts from its parsed tree (and the text it was parsed from, maybe unsaved). */
export function recordPage(repository: Repository, file: string, tree: Root, source: string, mtimeMs = 0): PageRecord {
  const absolute = path.resolve(file);
  const known = repository.page(absolute);
  if (known && known.tree?.deref() === tree) return known;
  const docsPath = repository.docsPathOf(absolute);
  const frontmatter = readFrontmatter(tree, source);
  const { anchors, headings } = collectAnchors(tree);
  const links = collectLinks(tree, source);
  let dependsOn: string[] | undefined;
  const record: PageRecord = {
    path: absolute,
    docsPath,
    kind: repository.kindOf(absolute),
    name: path.posix.basename(docsPath, '.md'),
    data: frontmatter.data,
    urn: typeof frontmatter.data.id === 'string' ? frontmatter.data.id : undefined,
    anchors,
    headings: headings.map(({ depth, text, anchor }) => ({ depth, text, anchor })),
    mtimeMs,
    // Resolved on first need (the cache, the editor's dependents, --changed-since): a plain run never asks.
    get dependsOn() {
      dependsOn ??= repository.unrecorded(() => dependenciesOf(repository, docsPath, links, frontmatter.data));
      return dependsOn;
    },
    tree: new WeakRef(tree),
  };
  repository.setRecord(record);
  return record;
}

/** Docs paths a page points at: link targets (pages and files) and `vereiste:`/`maatregel:` names. */
function dependenciesOf(repository: Repository, docsPath: string, links: Link[], data: Record<string, unknown>): string[] {
  const targets = new Set<string>();
  for (const link of links) {
    const target = resolveLink(repository, docsPath, link);
    const local = target.kind === 'local' ? target : target.kind === 'live-site' || target.kind === 'absolute' ? target.local : undefined;
    if (local) targets.add(local.docsPath);
  }
  for (const [key, kind] of Object.entries(repository.config.references)) {
    const names = data[key];
    if (!Array.isArray(names)) continue;
    for (const name of names) if (typeof name === 'string') targets.add(`${repository.config.kinds[kind].folder}/${name}.md`);
  }
  targets.delete(docsPath);
  return [...targets];
}

/**
 * A page's facts from its frontmatter alone (URN, kind, name, references,
 * labels), without parsing the Markdown. What needs the parse (anchors,
 * headings, what the page links to) is read and parsed on first access, so
 * a rule asking it always gets the full facts: a one-page run or an editor
 * parses only the pages it needs.
 */
export function recordFrontmatter(repository: Repository, file: string, source: string, mtimeMs = 0): PageRecord {
  const absolute = path.resolve(file);
  const docsPath = repository.docsPathOf(absolute);
  const yaml = frontmatterOnly(source);
  const raw = yaml.children[0]?.type === 'yaml' ? yaml.children[0].value : '';
  let data: Record<string, unknown> | undefined;
  // The YAML is read on first need: most pages are only searched for a URN or a name (`mayHold`).
  const frontmatterData = () => {
    data ??= readFrontmatter(yaml, source).data;
    delete (record as { rawFrontmatter?: string }).rawFrontmatter;
    return data;
  };
  let full: PageRecord | undefined;
  const parsed = (): PageRecord => {
    // Replaced since (an editor's unsaved text, or parsed for a check): that record is the page now.
    const current = repository.unrecorded(() => repository.page(absolute));
    if (current && current !== record) return current;
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
    name: path.posix.basename(docsPath, '.md'),
    rawFrontmatter: raw,
    get data() {
      return frontmatterData();
    },
    get urn() {
      const id = frontmatterData().id;
      return typeof id === 'string' ? id : undefined;
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
    },
  } as PageRecord;
  repository.setRecord(record);
  return record;
}

/** Take in every page the model does not know yet (frontmatter facts; the rest on first need); with `recheck`, also those changed on disk since. */
export function loadMissingPages(repository: Repository, recheck = false): void {
  for (const file of repository.pagePaths()) {
    const known = repository.page(file);
    if (known && (!recheck || known.mtimeMs === mtimeOf(file))) continue;
    const source = repository.readPage(file);
    recordFrontmatter(repository, file, source.value, source.mtimeMs);
  }
}
