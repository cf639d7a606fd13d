/**
 * The VS Code extension: starts the bundled language server (server/, copied
 * from the repository's bundle/ when the extension is packaged) with VS
 * Code's Node, for Markdown pages in a workspace with mkdocs.yml. Nothing
 * is needed in the content repository, and no code of it is run: only in a
 * trusted workspace, and only with `algoritmekaderLint.allowRepositoryCode`,
 * does the server read the workspace's remark configuration and plugins.
 *
 * Commands: restart the server, show its output; "check every page" is the
 * server's own command, which the language client registers.
 */
import path from 'node:path';
import { commands, type ExtensionContext, type OutputChannel, Uri, window, workspace } from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

const SECTION = 'algoritmekaderLint';
let client: LanguageClient | undefined;
/** One output channel for every server this session starts (a restart keeps the log). */
let output: OutputChannel | undefined;

function serverOptions(context: ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath(path.join('server', 'language-server.mjs'));
  const allowCode = workspace.isTrusted && workspace.getConfiguration(SECTION).get<boolean>('allowRepositoryCode', false);
  const args = allowCode ? ['--allow-repository-code'] : [];
  return { run: { module, transport: TransportKind.stdio, args }, debug: { module, transport: TransportKind.stdio, args } };
}

async function start(context: ExtensionContext): Promise<void> {
  if (!output) {
    output = window.createOutputChannel('Algoritmekader-lint');
    context.subscriptions.push(output);
  }
  client = new LanguageClient('algoritmekaderLint', 'Algoritmekader-lint', serverOptions(context), {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    outputChannel: output,
  });
  await client.start();
}

/** A new server, with the options as they are now (trust and settings are read at start). */
async function restart(context: ExtensionContext): Promise<void> {
  const old = client;
  client = undefined;
  await old?.dispose();
  await start(context);
}

/** A workspace folder holds mkdocs.yml (what `workspaceContains:mkdocs.yml` asks; the extension also wakes for any Markdown page, for the web). */
async function hasMkdocs(): Promise<boolean> {
  const found = await Promise.all(
    (workspace.workspaceFolders ?? []).map((folder) => Promise.resolve(workspace.fs.stat(Uri.joinPath(folder.uri, 'mkdocs.yml'))).then(() => true, () => false)),
  );
  return found.includes(true);
}

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    commands.registerCommand('algoritmekader-lint.restartServer', () => restart(context)),
    commands.registerCommand('algoritmekader-lint.showOutput', () => output?.show(true)),
    // Trust and the setting are read when a server starts: a running one starts anew.
    workspace.onDidGrantWorkspaceTrust(() => (client ? restart(context) : undefined)),
    workspace.onDidChangeConfiguration((event) => {
      if (client && event.affectsConfiguration(`${SECTION}.allowRepositoryCode`)) void restart(context);
    }),
  );
  // Woken for a Markdown page or after startup (for the web): a server only beside mkdocs.yml, as before.
  if (await hasMkdocs()) await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.dispose();
}
