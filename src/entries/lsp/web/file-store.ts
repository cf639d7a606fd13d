/**
 * The web server's copy of the workspace: the files the extension host read
 * through VS Code's file system (`workspace.fs`) and sent over, as a
 * `FileSource` for the model. Pages come as text; other files under the docs
 * folder (images) only by name, which is all the model asks of them.
 */
import path from 'node:path';
import type { FileSource } from '../../../repository/file-source.js';
import { isWithin } from '../../../repository/files.js';
import { decodePage, looksLikeSymlinkStub, type PageSource } from '../../../repository/source.js';

const encoder = new TextEncoder();
const lenient = new TextDecoder();

/** A file's bytes: text as UTF-8, or the bytes themselves (a page that is not valid UTF-8). */
const bytesOf = (content: string | Uint8Array) => (typeof content === 'string' ? encoder.encode(content) : content);

export class FileStore {
  private readonly texts = new Map<string, string | Uint8Array>();
  /** A per-file counter: the model's configuration stamp sees a changed file by its "mtime". */
  private readonly versions = new Map<string, number>();
  private counter = 0;

  /** A file's text (`''` for a file known by name only) or bytes, or `null` for a file that is gone. */
  set(file: string, text: string | Uint8Array | null): void {
    if (text === null) {
      // A folder that is gone takes its files along (a watcher names only the folder).
      for (const known of [...this.texts.keys()].filter((other) => other === file || other.startsWith(`${file}/`))) {
        this.texts.delete(known);
        this.versions.delete(known);
      }
      return;
    }
    this.texts.set(file, text);
    this.versions.set(file, ++this.counter);
  }

  has(file: string): boolean {
    return this.texts.has(file);
  }

  paths(): string[] {
    return [...this.texts.keys()];
  }

  get(file: string): string | undefined {
    const content = this.texts.get(file);
    return typeof content === 'string' || content === undefined ? content : lenient.decode(content);
  }

  /**
   * A page as the disk reader gives it (repository/source.ts): a git symlink stub (a file holding a path, as a
   * checkout without symlinks has it) is read as its target, when that is inside `boundary`.
   */
  private readPage(file: string, boundary: string): PageSource {
    const content = this.texts.get(file);
    if (content === undefined) return { value: '', problem: { code: 'unreadable', detail: 'ENOENT' }, mtimeMs: -1 };
    const bytes = bytesOf(content);
    const decoded = decodePage(bytes);
    if (looksLikeSymlinkStub(decoded.value, bytes.length)) {
      const target = path.posix.resolve(path.posix.dirname(file), decoded.value);
      const linked = isWithin(boundary, target) ? this.texts.get(target) : undefined;
      if (linked !== undefined) return { ...decodePage(bytesOf(linked)), mtimeMs: -1, size: bytes.length };
    }
    return { ...decoded, mtimeMs: -1, size: bytes.length };
  }

  /** The model's view. Pages report mtime -1: there is no disk to compare with, so a page is read again only when the store says so. */
  source(): FileSource {
    return {
      list: (docsDir) => {
        const files = new Set<string>();
        const folders = new Set<string>(['']);
        for (const file of this.texts.keys()) {
          const docsPath = path.posix.relative(docsDir, file);
          if (docsPath.startsWith('..')) continue;
          files.add(docsPath);
          for (let folder = path.posix.dirname(docsPath); folder !== '.'; folder = path.posix.dirname(folder)) folders.add(folder);
        }
        return { files, folders, loops: [], outside: [] };
      },
      readPage: (file, boundary) => this.readPage(file, boundary),
      readText: (file) => this.get(file),
      stat: (file) => {
        const text = this.texts.get(file);
        return text === undefined ? undefined : { mtimeMs: this.versions.get(file) ?? 0, size: bytesOf(text).length };
      },
    };
  }
}
