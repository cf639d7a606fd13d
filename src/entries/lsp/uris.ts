/**
 * Document URIs and the model's paths. On the desktop the model reads the
 * disk: a `file:` URI is its path. In VS Code for the Web the workspace is a
 * virtual file system (`vscode-vfs://github/…`): its folder's URI stands for
 * VIRTUAL_ROOT in the model, and only URIs under it are pages.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where a virtual workspace's files are in the model. */
export const VIRTUAL_ROOT = '/workspace';

/** The virtual workspace's folder URI, without a trailing slash; undefined on the desktop. */
let virtualFolder: string | undefined;

/** From now on, URIs under `folderUri` are the model's files under VIRTUAL_ROOT (the web server). */
export function useVirtualWorkspace(folderUri: string): void {
  virtualFolder = folderUri.replace(/\/+$/, '');
}

/** The file a URI names; undefined for any other scheme (untitled, git, vscode-notebook) or outside the virtual workspace. */
export function pathOf(uri: string): string | undefined {
  if (virtualFolder === undefined) return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  if (uri === virtualFolder || uri === `${virtualFolder}/`) return VIRTUAL_ROOT;
  if (!uri.startsWith(`${virtualFolder}/`)) return undefined;
  const segments = uri.slice(virtualFolder.length + 1).split('/');
  return `${VIRTUAL_ROOT}/${segments.map((segment) => decodeURIComponent(segment)).join('/')}`;
}

/** The URI of a file of the model. */
export function uriOf(file: string): string {
  if (virtualFolder === undefined) return pathToFileURL(file).href;
  const relative = file.startsWith(`${VIRTUAL_ROOT}/`) ? file.slice(VIRTUAL_ROOT.length + 1) : file.replace(/^\/+/, '');
  return `${virtualFolder}/${relative.split('/').map(encodeURIComponent).join('/')}`;
}
