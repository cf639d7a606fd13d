/**
 * Where the repository's files come from: the disk, a map of paths to text
 * (the rule tester), or the disk with changes on top (corpus mutations, unsaved
 * editor text). The model and the run read files only through this.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { type DocsListing, listDocs } from './files.js';
import { MAX_TEXT_BYTES, readInside } from './safe-read.js';
import { decodePage, type PageSource, readPageSource } from './source.js';

interface FileStat {
  mtimeMs: number;
  size: number;
}

export interface FileSource {
  /** Every file and folder under `docsDir`; a symbolic link that leads outside `boundary` (the repository) is left out. */
  list(docsDir: string, boundary: string): DocsListing;
  /** A page as text, or the problem that prevents reading it; a git symlink stub is followed only inside `boundary`. */
  readPage(file: string, boundary: string): PageSource;
  /**
   * Any other file as text (mkdocs.yml, configuration, audit codes, schemas); undefined when absent.
   * Within `boundary` (the repository) after following links, a regular file, at most MAX_TEXT_BYTES:
   * otherwise it throws RefusedFileError and is never opened.
   */
  readText(file: string, boundary?: string): string | undefined;
  stat(file: string): FileStat | undefined;
}

export const diskFiles: FileSource = {
  list: listDocs,
  readPage: readPageSource,
  readText(file, boundary) {
    const shown = boundary && !path.relative(boundary, file).startsWith('..') ? path.relative(boundary, file) : file;
    return readInside(file, boundary, MAX_TEXT_BYTES, shown)?.toString('utf8');
  },
  stat(file) {
    const stat = statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? { mtimeMs: stat.mtimeMs, size: stat.size } : undefined;
  },
};

/** Text (or bytes) that replaces a file, or `null` for a file that is gone. */
export type FileChanges = Record<string, string | Uint8Array | null>;

/**
 * `base` with `changes` on top (absolute paths). A changed file has no
 * mtime, so a cache never takes it as unchanged without reading it.
 */
export function overlayFiles(base: FileSource, changes: FileChanges): FileSource {
  const changed = new Map(Object.entries(changes).map(([file, text]) => [path.resolve(file), text]));
  return {
    list(docsDir, boundary) {
      const listing = base.list(docsDir, boundary);
      const files = new Set(listing.files);
      const folders = new Set(listing.folders);
      for (const [file, text] of changed) {
        const docsPath = path.relative(docsDir, file).split(path.sep).join('/');
        if (docsPath.startsWith('..')) continue;
        if (text === null) files.delete(docsPath);
        else {
          files.add(docsPath);
          for (let folder = path.posix.dirname(docsPath); folder !== '.'; folder = path.posix.dirname(folder)) folders.add(folder);
        }
      }
      return { ...listing, files, folders };
    },
    readPage(file, boundary) {
      const text = changed.get(path.resolve(file));
      if (text === undefined) return base.readPage(file, boundary);
      if (text === null) return { value: '', problem: { code: 'unreadable', detail: 'ENOENT' }, mtimeMs: 0 };
      return { ...decodePage(typeof text === 'string' ? Buffer.from(text) : text), mtimeMs: 0 };
    },
    readText(file, boundary) {
      const text = changed.get(path.resolve(file));
      return text === undefined ? base.readText(file, boundary) : text === null ? undefined : Buffer.from(text).toString('utf8');
    },
    stat(file) {
      const text = changed.get(path.resolve(file));
      if (text === undefined) return base.stat(file);
      return text === null ? undefined : { mtimeMs: -1, size: typeof text === 'string' ? Buffer.byteLength(text) : text.length };
    },
  };
}

const EMPTY: FileSource = {
  list: () => ({ files: new Set(), folders: new Set(['']), loops: [], outside: [] }),
  readPage: () => ({ value: '', problem: { code: 'unreadable', detail: 'ENOENT' }, mtimeMs: 0 }),
  readText: () => undefined,
  stat: () => undefined,
};

/** A repository that exists only in memory: `{ 'mkdocs.yml': '', 'docs/a.md': '…' }` under `root`. */
export function memoryFiles(root: string, files: Record<string, string | Uint8Array>): FileSource {
  return overlayFiles(EMPTY, Object.fromEntries(Object.entries(files).map(([file, text]) => [path.resolve(root, file), text])));
}
