/**
 * Where a link goes, resolved purely on paths (nothing is read): as mkdocs
 * rewrites Markdown links to `.md` pages and files, and as the browser
 * resolves everything else against the page's URL (directory URLs: a page
 * `a/b.md` is served at `a/b/`, `a/index.md` at `a/`).
 */
import path from 'node:path';
import type { Link } from '../parsing/links.js';
import type { PageRecord, Repository } from './repository.js';

export type Target =
  | { kind: 'skip' }
  | { kind: 'empty' }
  | { kind: 'placeholder' }
  | { kind: 'external' }
  | { kind: 'live-site'; sitePath: string; fragment?: string; local?: LocalTarget }
  | { kind: 'absolute'; local?: LocalTarget }
  | { kind: 'template' }
  | { kind: 'outside'; resolved: string }
  | { kind: 'html-md'; docsPath: string }
  | { kind: 'fragment'; fragment: string }
  | LocalTarget;

interface LocalTarget {
  kind: 'local';
  /** Docs-relative path the link resolves to (the page for URL-style links). */
  docsPath: string;
  exists: boolean;
  /** The target page, when it is a Markdown page the model knows. */
  page?: PageRecord;
  fragment?: string;
  /** Resolved like a browser (extension-less, folder or raw HTML link) instead of rewritten by mkdocs. */
  viaUrl: boolean;
  /** The link names a folder (no `.md`), so the page is its index.md. */
  folder: boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function splitUrl(url: string): { pathPart: string; fragment?: string } {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? undefined : url.slice(hash + 1);
  const query = beforeHash.indexOf('?');
  return { pathPart: query === -1 ? beforeHash : beforeHash.slice(0, query), fragment };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The folder a page is served from, as a docs-relative URL path ('' = site root); without directory URLs, the file's folder. */
function pageUrlDir(docsPath: string, directoryUrls = true): string {
  const dir = path.posix.dirname(docsPath) === '.' ? '' : path.posix.dirname(docsPath);
  const base = path.posix.basename(docsPath, '.md');
  return base === 'index' || !directoryUrls ? dir : dir ? `${dir}/${base}` : base;
}

/** The URL a page is served at, relative to the site root (`a/b/`, or `a/b.html` without directory URLs). */
export function pageUrl(docsPath: string, directoryUrls = true): string {
  if (!directoryUrls) return docsPath.replace(/\.md$/, '.html');
  const dir = pageUrlDir(docsPath);
  return dir ? `${dir}/` : '';
}

/** The file behind a site URL path (`a/b/` → `a/b.md` or `a/b/index.md`; `img/x.png` → itself). */
function fileForUrlPath(repository: Repository, urlPath: string): { docsPath: string; exists: boolean; folder: boolean } {
  const clean = urlPath.replace(/^\/+/, '').replace(/\/+$/, '');
  const extension = path.posix.extname(clean);
  if (extension && extension !== '.html') return { docsPath: clean, exists: repository.hasFile(clean), folder: false };
  const stem = extension === '.html' ? clean.slice(0, -5).replace(/(^|\/)index$/, '') : clean;
  const candidates = stem ? [`${stem}.md`, `${stem}/index.md`] : ['index.md'];
  const found = candidates.find((candidate) => repository.hasFile(candidate));
  return { docsPath: found ?? candidates[0], exists: Boolean(found), folder: !found && repository.hasFolder(stem) };
}

function local(repository: Repository, docsPath: string, fragment: string | undefined, viaUrl: boolean, folder = false): LocalTarget {
  const exists = repository.hasFile(docsPath);
  const page = docsPath.endsWith('.md') ? repository.page(path.join(repository.docsDir, docsPath)) : undefined;
  return { kind: 'local', docsPath, exists, page, fragment: fragment === undefined ? undefined : decode(fragment), viaUrl, folder };
}

export function resolveLink(repository: Repository, fromDocsPath: string, link: Pick<Link, 'url' | 'origin'>): Target {
  const url = link.url.trim();
  if (url === '') return { kind: 'empty' };
  if (url.includes('{{') || url.includes('{%')) return { kind: 'template' };
  const siteUrl = repository.siteUrl?.replace(/\/?$/, '/');
  const prefixes = siteUrl ? [siteUrl, siteUrl.replace(/^https:/, 'http:'), siteUrl.replace(/\/$/, '')] : [];
  for (const prefix of prefixes) {
    if (url === prefix || url.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`) || url.startsWith(`${prefix}#`)) {
      const { pathPart, fragment } = splitUrl(url.slice(prefix.length));
      const file = fileForUrlPath(repository, decode(pathPart));
      return {
        kind: 'live-site',
        sitePath: pathPart,
        fragment,
        local: { ...local(repository, file.docsPath, fragment, true, file.folder), exists: file.exists },
      };
    }
  }
  if (url.startsWith('//') || SCHEME.test(url)) return /^(https?|ftp):/i.test(url) || url.startsWith('//') ? { kind: 'external' } : { kind: 'skip' };

  const { pathPart, fragment } = splitUrl(url);
  if (pathPart === '') return fragment ? { kind: 'fragment', fragment: decode(fragment) } : fragment === '' ? { kind: 'placeholder' } : { kind: 'skip' };
  const decoded = decode(pathPart);

  if (decoded.startsWith('/')) {
    const sitePath = siteUrl ? new URL(siteUrl).pathname : '/';
    const withinSite = decoded.startsWith(sitePath) ? decoded.slice(sitePath.length) : decoded.slice(1);
    const file = fileForUrlPath(repository, withinSite);
    return { kind: 'absolute', local: { ...local(repository, file.docsPath, fragment, true, file.folder), exists: file.exists } };
  }

  const fileRelative = path.posix.normalize(path.posix.join(path.posix.dirname(fromDocsPath), decoded));
  const isMarkdownFile = /\.md$/i.test(decoded);
  if (link.origin === 'html' && isMarkdownFile) return { kind: 'html-md', docsPath: fileRelative };

  // mkdocs rewrites Markdown links to files that exist (pages and assets); a
  // link to a `.md` page that does not exist stays a broken page link.
  if (link.origin === 'markdown' && (isMarkdownFile || (path.posix.extname(decoded) && path.posix.extname(decoded) !== '.html'))) {
    if (fileRelative === '..' || fileRelative.startsWith('../')) return { kind: 'outside', resolved: fileRelative };
    return local(repository, fileRelative, fragment, false);
  }

  // Everything else is left to the browser: resolved against the page's URL.
  const urlResolved = path.posix.normalize(path.posix.join(pageUrlDir(fromDocsPath, repository.mkdocs.useDirectoryUrls) || '.', decoded));
  if (urlResolved === '..' || urlResolved.startsWith('../')) return { kind: 'outside', resolved: urlResolved };
  const file = fileForUrlPath(repository, urlResolved === '.' ? '' : urlResolved);
  return { ...local(repository, file.docsPath, fragment, true, file.folder), exists: file.exists };
}

/** The relative `.md` link from one page to a docs path, with fragment. */
export function relativeLink(fromDocsPath: string, toDocsPath: string, fragment?: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromDocsPath), toDocsPath) || path.posix.basename(toDocsPath);
  return fragment ? `${relative}#${fragment}` : relative;
}
