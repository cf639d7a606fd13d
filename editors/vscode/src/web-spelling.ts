/**
 * The spelling data for the web server: Hunspell's WebAssembly and the
 * dictionaries the .vsix ships for the desktop server (server/spelling/),
 * read from the extension's location (VS Code's file system, or a fetch where
 * that has no provider for it).
 */
import { type Uri, Uri as Uris, workspace } from 'vscode';
import { base64Of, type SpellingParams } from '../../../src/entries/lsp/web/protocol.js';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

async function bytesOf(uri: Uri): Promise<Uint8Array> {
  try {
    return await workspace.fs.readFile(uri);
  } catch {
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`${uri.toString(true)}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

export async function readSpellingData(extensionUri: Uri): Promise<SpellingParams> {
  const folder = Uris.joinPath(extensionUri, 'server/spelling');
  const text = async (name: string) => decoder.decode(await bytesOf(Uris.joinPath(folder, name)));
  const [wasm, nlAff, nlDic, enAff, enDic] = await Promise.all([
    bytesOf(Uris.joinPath(folder, 'hunspell.wasm')),
    text('nl.aff'),
    text('nl.dic'),
    text('en.aff'),
    text('en.dic'),
  ]);
  return { wasm: base64Of(wasm), aff: { nl: nlAff, en: enAff }, dic: { nl: nlDic, en: enDic } };
}
