/**
 * The extension in VS Code for the Web (github.dev, vscode.dev): the language
 * server runs in a web worker (dist/web-server.js), and the repository is
 * read here, through VS Code's file system (`workspace.fs`: github.dev
 * fetches files as they are asked for), never Node's. The root files go
 * first, so the page the author opened is checked at once with its own
 * checks; the pages follow in batches, and the cross-file checks come when
 * the last one is in. The spelling data (web-spelling.ts) follows the root
 * files. Changed files (saved, or changed by another view) are sent again.
 */
import { commands, type ExtensionContext, type OutputChannel, RelativePattern, type Uri, Uri as Uris, window, workspace } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { FILES_NOTIFICATION, SPELLING_NOTIFICATION } from '../../../src/entries/lsp/web/protocol.js';
import { readRootFiles, readWorkspace, sendFile } from './web-files.js';
import { readSpellingData } from './web-spelling.js';

let client: LanguageClient | undefined;
let output: OutputChannel | undefined;

async function start(context: ExtensionContext, folder: Uri): Promise<void> {
  // Read while the server starts: the first page waits for both.
  const rootFiles = readRootFiles(folder);
  const spelling = readSpellingData(context.extensionUri).catch((error: unknown) => {
    output?.appendLine(`Algoritmekader-lint: geen spellingcontrole, de woordenboeken zijn niet te lezen: ${String(error)}`);
    return undefined;
  });
  const worker = new Worker(Uris.joinPath(context.extensionUri, 'dist/web-server.js').toString(true));
  client = new LanguageClient('algoritmekaderLint', 'Algoritmekader-lint', { documentSelector: [{ language: 'markdown' }], outputChannel: output }, worker);
  await client.start();
  const started = client;
  void readWorkspace(folder, await rootFiles, (params) => started.sendNotification(FILES_NOTIFICATION, params)).catch((error: unknown) =>
    output?.appendLine(`Algoritmekader-lint: ${String(error)}`),
  );
  // After the root files (sent above, synchronously): the first page need not wait for the dictionaries.
  void spelling.then((params) => params && started.sendNotification(SPELLING_NOTIFICATION, params));
}

async function restart(context: ExtensionContext, folder: Uri): Promise<void> {
  const old = client;
  client = undefined;
  await old?.dispose();
  await start(context, folder);
}

/** Files changed outside the editor, or saved: the server's copy follows. */
function watch(context: ExtensionContext, folder: Uri): void {
  const watcher = workspace.createFileSystemWatcher(new RelativePattern(folder, '**/*'));
  const send = (uri: Uri, gone = false) => {
    const current = client;
    if (current) void sendFile(folder, uri, gone, (params) => current.sendNotification(FILES_NOTIFICATION, params));
  };
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate((uri) => send(uri)),
    watcher.onDidChange((uri) => send(uri)),
    watcher.onDidDelete((uri) => send(uri, true)),
    workspace.onDidSaveTextDocument((document) => send(document.uri)),
  );
}

/** The workspace's folder, when it holds mkdocs.yml: an Algoritmekader repository (the web wakes the extension for any Markdown page). */
async function repositoryFolder(): Promise<Uri | undefined> {
  const folder = workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return undefined;
  return Promise.resolve(workspace.fs.stat(Uris.joinPath(folder, 'mkdocs.yml'))).then(
    () => folder,
    () => undefined,
  );
}

export async function activate(context: ExtensionContext): Promise<void> {
  const folder = await repositoryFolder();
  if (!folder) return;
  // The server says there, in one line and the repository's language, what is off in the browser.
  output = window.createOutputChannel('Algoritmekader-lint');
  context.subscriptions.push(
    output,
    commands.registerCommand('algoritmekader-lint.showOutput', () => output?.show(true)),
    commands.registerCommand('algoritmekader-lint.restartServer', () => restart(context, folder)),
  );
  watch(context, folder);
  await start(context, folder);
}

export async function deactivate(): Promise<void> {
  await client?.dispose();
}
