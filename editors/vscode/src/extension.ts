/**
 * The VS Code extension: starts the bundled language server (server/, copied
 * from the repository's bundle/ when the extension is packaged) with VS
 * Code's own Node, for Markdown pages in a workspace with mkdocs.yml. Nothing
 * is needed in the content repository, and no code of it is run.
 */
import path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'language-server.mjs'));
  client = new LanguageClient(
    'algoritmekaderLint',
    'Algoritmekader-lint',
    { run: { module, transport: TransportKind.stdio }, debug: { module, transport: TransportKind.stdio } },
    { documentSelector: [{ scheme: 'file', language: 'markdown' }] },
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
