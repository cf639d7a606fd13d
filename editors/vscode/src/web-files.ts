/**
 * Reading the repository through VS Code's file system for the web server:
 * the root files (mkdocs.yml, the configuration) first, then the docs folder
 * in batches, then the other files (the root's other text files, and the
 * audit codes and schemas the configuration may name). Pages and text files go with their text; other files under the
 * docs folder (images) only by name.
 */
import { FileType, type Uri, Uri as Uris, workspace } from 'vscode';
import { base64Of, type FilesParams } from '../../../src/entries/lsp/web/protocol.js';

type Send = (params: FilesParams) => unknown;
type Entry = FilesParams['files'][number];

/** Files read at once: github.dev fetches each over the network. */
const PARALLEL = 16;
const BATCH = 50;
/** Folders never read: not the site's. */
const SKIPPED = new Set(['.git', 'node_modules', 'site', '.venv', '.github']);
/** Strict, and keeping a BOM: the server sees the bytes the CLI would (file-encoding). */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

/** A file's content as the server takes it: its text, or its bytes when they are not valid UTF-8. */
function contentOf(path: string, bytes: Uint8Array): Entry {
  try {
    return { path, text: decoder.decode(bytes) };
  } catch {
    return { path, text: '', base64: base64Of(bytes) };
  }
}

const isText = (name: string) => /\.(md|markdown|ya?ml|json|csv|txt)$/i.test(name) || name.startsWith('.algoritmekader-lint');
const relativeOf = (folder: Uri, uri: Uri) => uri.path.slice(folder.path.replace(/\/$/, '').length + 1);

async function entryOf(folder: Uri, uri: Uri, withText: boolean): Promise<Entry> {
  const path = relativeOf(folder, uri);
  if (!withText) return { path, text: '' };
  try {
    return contentOf(path, await workspace.fs.readFile(uri));
  } catch {
    return { path, text: null };
  }
}

/** The files under `uri` (recursively), skipping SKIPPED folders. */
async function filesUnder(uri: Uri): Promise<Uri[]> {
  let entries: Array<[string, FileType]>;
  try {
    entries = await workspace.fs.readDirectory(uri);
  } catch {
    return [];
  }
  const files: Uri[] = [];
  const folders = entries.filter(([name, type]) => type & FileType.Directory && !SKIPPED.has(name));
  for (const [name, type] of entries) if (type & FileType.File) files.push(Uris.joinPath(uri, name));
  for (const nested of await Promise.all(folders.map(([name]) => filesUnder(Uris.joinPath(uri, name))))) files.push(...nested);
  return files;
}

async function readAll(folder: Uri, uris: Uri[], textOf: (uri: Uri) => boolean): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let start = 0; start < uris.length; start += PARALLEL)
    entries.push(...(await Promise.all(uris.slice(start, start + PARALLEL).map((uri) => entryOf(folder, uri, textOf(uri))))));
  return entries;
}

/** mkdocs.yml's `docs_dir` (default `docs`). */
function docsDirOf(mkdocs: string | null | undefined): string {
  const match = /^docs_dir:\s*['"]?([^'"\s#]+)/m.exec(mkdocs ?? '');
  return (match?.[1] ?? 'docs').replace(/^\.\/|\/$/g, '');
}

/** What the server needs before it checks a page: mkdocs.yml and the configuration, read as soon as the extension starts. */
export interface RootFiles {
  top: Array<[string, FileType]>;
  entries: Entry[];
}

const isRootFile = (name: string) => /^mkdocs\.ya?ml$|^\.algoritmekader-lint/.test(name);

export async function readRootFiles(folder: Uri): Promise<RootFiles> {
  const top = await workspace.fs.readDirectory(folder);
  const names = top.filter(([name, type]) => type & FileType.File && isRootFile(name)).map(([name]) => Uris.joinPath(folder, name));
  return { top, entries: await readAll(folder, names, () => true) };
}

/** The root files, then the docs folder in batches, then the rest: the last batch says the repository is complete. */
export async function readWorkspace(folder: Uri, { top, entries }: RootFiles, send: Send): Promise<void> {
  await send({ root: true, files: entries });
  const docsDir = docsDirOf(entries.find((entry) => entry.path === 'mkdocs.yml')?.text);
  const docs = await filesUnder(Uris.joinPath(folder, docsDir));
  for (let start = 0; start < docs.length; start += BATCH)
    await send({ files: await readAll(folder, docs.slice(start, start + BATCH), (uri) => isText(uri.path)) });
  // The root's other text files (a page may link to README.md), and the audit codes and schemas the configuration may name.
  const rest = top.filter(([name, type]) => type & FileType.File && isText(name) && !isRootFile(name)).map(([name]) => Uris.joinPath(folder, name));
  const others = top.filter(([name, type]) => type & FileType.Directory && name !== docsDir && !SKIPPED.has(name) && !name.startsWith('.'));
  const more = (await Promise.all(others.map(([name]) => filesUnder(Uris.joinPath(folder, name))))).flat().filter((uri) => /\.(csv|json)$/i.test(uri.path));
  await send({ complete: true, files: await readAll(folder, [...rest, ...more], () => true) });
}

/** One file changed (or `gone`): sent again, with its text when it is a text file. */
export async function sendFile(folder: Uri, uri: Uri, gone: boolean, send: Send): Promise<void> {
  if (!uri.path.startsWith(`${folder.path.replace(/\/$/, '')}/`)) return;
  const path = relativeOf(folder, uri);
  if (path.split('/').some((segment) => SKIPPED.has(segment))) return;
  const stat = gone ? undefined : await Promise.resolve(workspace.fs.stat(uri)).catch(() => undefined);
  if (stat && !(stat.type & FileType.File)) return;
  await send({ files: [stat ? await entryOf(folder, uri, isText(path)) : { path, text: null }] });
}
