/**
 * The language server in a web worker (VS Code for the Web: github.dev,
 * vscode.dev): the same server, model, rules and editor features as the
 * desktop (lsp/server.ts), with what needs Node put aside. The workspace is
 * not a disk: the extension host reads its files through VS Code's file
 * system and sends them (lsp/web/protocol.ts); pages are checked in this
 * thread (lsp/web/inline-checker.ts). Spelling comes with the cross-file
 * checks: once the whole repository and the dictionaries (the extension sends
 * Hunspell's WebAssembly and the .aff/.dic files) are in, so that loading
 * Hunspell and its suggestions never delay a page's first findings. Off is
 * what needs git, the network or the repository's code.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { supplySpellingData } from '../spelling/hunspell.js';
import type { ServerHost } from './lsp/host.js';
import { Server } from './lsp/server.js';
import { useVirtualWorkspace, VIRTUAL_ROOT } from './lsp/uris.js';
import { FileStore } from './lsp/web/file-store.js';
import { InlineChecker } from './lsp/web/inline-checker.js';
import { bytesOfBase64, FILES_NOTIFICATION, type FilesParams, OFF_IN_THE_WEB, SPELLING_NOTIFICATION, type SpellingParams } from './lsp/web/protocol.js';
import { spellingDataOf } from './lsp/web/spelling-data.js';
import { sessionOf, useWorkspace } from './preset.js';

/** Pages checked (results unused) when the repository is in, before the author types. */
const WARM_UP_PAGES = 5;

/** Until the repository and the spelling data are in. */
const NO_SPELLING = { spelling: 'off' } as const;

declare const self: Worker;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const store = new FileStore();
let rootArrived: () => void = () => {};
const ready = new Promise<void>((resolve) => {
  rootArrived = resolve;
});
let complete = false;
let spelling = false;

const useStore = () => useWorkspace(VIRTUAL_ROOT, store.source(), { rules: spelling && complete ? {} : NO_SPELLING });

const host: ServerHost = {
  checker: new InlineChecker({
    ready,
    complete: () => complete,
    onPage: (file, text) => {
      if (!store.has(file)) store.set(file, text);
    },
  }),
  exists: (file) => store.has(file),
  readText: (file) => store.get(file),
  onUncaught(log) {
    self.addEventListener('error', (event) => log(event.error));
    self.addEventListener('unhandledrejection', (event) => log((event as PromiseRejectionEvent).reason));
  },
  onInitialize(params) {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder) useVirtualWorkspace(folder);
    useStore();
  },
};

const server = new Server(connection, host);

connection.onNotification(FILES_NOTIFICATION, (params: FilesParams) => {
  for (const { path, text, base64 } of params.files) {
    try {
      store.set(`${VIRTUAL_ROOT}/${path}`, base64 === undefined ? text : bytesOfBase64(base64));
    } catch (error) {
      // One file that cannot be taken in (bytes that are not base64) is left out; the rest still arrives.
      connection.console.error(`algoritmekader-lint: ${path}: ${String(error)}`);
    }
  }
  if (params.root) {
    sayWhatIsOff();
    return rootArrived();
  }
  if (params.complete) complete = true;
  if (!complete) return; // the first reading: the model is built anew once, when the last batch is in
  // The model is built anew from the store (cheap, in memory); every open page is checked again.
  useStore();
  void server.filesChanged([]);
  if (params.complete) void warmUp();
});

// Hunspell is loaded from this data on the first word a page asks about.
connection.onNotification(SPELLING_NOTIFICATION, (params: SpellingParams) => {
  supplySpellingData(spellingDataOf(params));
  spelling = true;
  // Before the last batch, that batch turns it on; after it, open pages are checked again.
  if (!complete) return;
  useStore();
  void server.filesChanged([]);
});

/** One line in the output channel, in the repository's language: what the desktop does and the browser cannot. */
function sayWhatIsOff(): void {
  let lang: 'nl' | 'en' = 'nl';
  try {
    lang = sessionOf(`${VIRTUAL_ROOT}/mkdocs.yml`)?.lang ?? 'nl';
  } catch {
    // A configuration that cannot be used: each page says so on line 1.
  }
  connection.console.info(OFF_IN_THE_WEB[lang]);
}

/** Pages checked for nothing once the repository is in: the parser and rules are compiled before the author's first page. */
async function warmUp(): Promise<void> {
  const pages = store.paths().filter((file) => file.endsWith('.md') && file.includes('/docs/'));
  await host.checker.ask(
    { type: 'checkOnDisk', path: `${VIRTUAL_ROOT}/mkdocs.yml`, cwd: VIRTUAL_ROOT, paths: pages.slice(0, WARM_UP_PAGES) },
    { background: true },
  );
}

server.listen();
