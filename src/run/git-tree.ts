/**
 * A commit's files as a `FileSource`, read from git's objects in memory (no
 * second checkout): `git ls-tree` lists the tree, one `git cat-file --batch`
 * reads the texts the model and rules can ask for. Pull-request mode lints
 * the merge base through this, at the same absolute paths as the work tree.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { FileSource } from '../repository/file-source.js';
import type { DocsListing } from '../repository/files.js';
import { decodePage, MAX_PAGE_BYTES } from '../repository/source.js';

interface TreeEntry {
  mode: string;
  oid: string;
  size: number;
}

/** Texts larger than this are not read from the tree (a page's own limit is far lower). */
const MAX_TEXT_BYTES = 4 * 1024 * 1024;
/** What a rule or the model may read besides pages: configuration, mkdocs.yml, audit codes, schemas. */
const TEXT_FILE = /\.(md|ya?ml|json|csv|txt)$|(^|\/)\.[\w.-]*ignore$/i;
/** Symbolic links followed inside the tree at most this deep (a loop ends here). */
const MAX_LINK_DEPTH = 8;

function listTree(top: string, commit: string): Map<string, TreeEntry> {
  const out = execFileSync('git', ['ls-tree', '-r', '-l', '-z', '--full-tree', commit], {
    cwd: top,
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString('utf8');
  const entries = new Map<string, TreeEntry>();
  for (const record of out.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    if (type !== 'blob') continue; // submodules (commits) are no files of this repository
    entries.set(record.slice(tab + 1), { mode, oid, size: Number(size) || 0 });
  }
  return entries;
}

/** The contents of `oids`, by oid, in one `git cat-file --batch`. */
function readBlobs(top: string, oids: string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  if (oids.length === 0) return blobs;
  const out = execFileSync('git', ['cat-file', '--batch'], {
    cwd: top,
    input: `${oids.join('\n')}\n`,
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let at = 0;
  while (at < out.length) {
    const newline = out.indexOf(10, at);
    if (newline === -1) break;
    const [oid, type, size] = out.subarray(at, newline).toString('latin1').split(' ');
    if (type === 'missing' || size === undefined) {
      at = newline + 1;
      continue;
    }
    const start = newline + 1;
    const end = start + Number(size);
    blobs.set(oid, out.subarray(start, end));
    at = end + 1;
  }
  return blobs;
}

/** The files of `commit` in the repository whose work tree is `top`, at their work-tree paths. */
export function gitTreeFiles(top: string, commit: string): FileSource {
  const entries = listTree(top, commit);
  // A link's blob is its target path; follow it inside the tree only.
  const target = (treePath: string, depth = 0): string | undefined => {
    const entry = entries.get(treePath);
    if (!entry || depth > MAX_LINK_DEPTH) return undefined;
    if (entry.mode !== '120000') return treePath;
    const link = blobs.get(entry.oid)?.toString('utf8');
    if (link === undefined || path.posix.isAbsolute(link)) return undefined;
    const next = path.posix.normalize(path.posix.join(path.posix.dirname(treePath), link));
    return next.startsWith('../') || next === '..' ? undefined : target(next, depth + 1);
  };
  const wanted = [...entries].filter(([name, entry]) => entry.mode === '120000' || (TEXT_FILE.test(name) && entry.size <= MAX_TEXT_BYTES));
  const blobs = readBlobs(top, [...new Set(wanted.map(([, entry]) => entry.oid))]);
  const treePathOf = (file: string) => {
    const relative = path.relative(top, path.resolve(file));
    return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/');
  };
  const bytesOf = (file: string): Buffer | undefined => {
    const treePath = treePathOf(file);
    const resolved = treePath === undefined ? undefined : target(treePath);
    const entry = resolved === undefined ? undefined : entries.get(resolved);
    return entry ? blobs.get(entry.oid) : undefined;
  };
  const sizeOf = (file: string): number | undefined => {
    const treePath = treePathOf(file);
    const resolved = treePath === undefined ? undefined : target(treePath);
    return resolved === undefined ? undefined : entries.get(resolved)?.size;
  };
  return {
    list(docsDir): DocsListing {
      const prefix = treePathOf(docsDir);
      const files = new Set<string>();
      const folders = new Set<string>(['']);
      if (prefix === undefined) return { files, folders, loops: [], outside: [] };
      const start = prefix === '' ? '' : `${prefix}/`;
      for (const name of entries.keys()) {
        if (!name.startsWith(start) || target(name) === undefined) continue;
        const docsPath = name.slice(start.length);
        files.add(docsPath);
        for (let folder = path.posix.dirname(docsPath); folder !== '.'; folder = path.posix.dirname(folder)) folders.add(folder);
      }
      return { files, folders, loops: [], outside: [] };
    },
    readPage(file) {
      const size = sizeOf(file);
      if (size === undefined) return { value: '', problem: { code: 'unreadable', detail: 'ENOENT' }, mtimeMs: 0 };
      if (size > MAX_PAGE_BYTES) return { value: '', problem: { code: 'too-large', bytes: size }, mtimeMs: 0 };
      const bytes = bytesOf(file);
      if (!bytes) return { value: '', problem: { code: 'unreadable', detail: 'ENOENT' }, mtimeMs: 0 };
      return { ...decodePage(bytes), mtimeMs: 0, size };
    },
    readText(file) {
      return bytesOf(file)?.toString('utf8');
    },
    stat(file) {
      const size = sizeOf(file);
      return size === undefined ? undefined : { mtimeMs: 0, size };
    },
  };
}
