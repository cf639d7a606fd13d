/**
 * Our language server, on vscode-languageserver: the author's loop.
 * - Never stale: checks of a page are debounced and run in order in the
 *   worker; a result for text that has changed since is dropped, and every
 *   publish carries its document version, never older than one sent.
 * - Knows the repository: when a page's headings, anchors, URN or
 *   frontmatter change (typed, closed unsaved, changed on disk), the open
 *   pages that point at it are checked again.
 * - Asks the client for nothing it may not answer (no configuration reads: a
 *   repository's own file configures the lint) and registers file watchers
 *   where the client lets it.
 * - Quick fixes from the messages' `expected`; only a fix `--fix` would make
 *   is marked preferred.
 * - Authoring help on the model (lsp/features.ts, in the worker): completion,
 *   hover, definition, references, rename and document links.
 * - The whole repository on request (the `algoritmekader-lint.checkRepository`
 *   command): every page's findings in the client's problems list, kept
 *   current as pages change on disk or close.
 * A repository's code is never run here (see language-server.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type CompletionItem,
  type Connection,
  createConnection,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  type DocumentLink,
  type DocumentLinkParams,
  ErrorCodes,
  type ExecuteCommandParams,
  type Hover,
  type InitializeParams,
  type Location,
  ProposedFeatures,
  type RenameParams,
  ResponseError,
  type TextDocumentPositionParams,
  TextDocumentSyncKind,
  TextDocuments,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VERSION } from '../../package-info.js';
import { SOURCE } from '../../rule-kit/constants.js';
import { format, type Lang } from '../../rule-kit/i18n.js';
import type { CheckRequest } from '../check-handler.js';
import { Checker } from '../worker-check.js';
import { diagnosticsOf } from './diagnostics.js';
import { type CheckerLike, LIMIT_MS, type ServerHost, settingOf } from './host.js';
import { CHECK_REPOSITORY, RepositoryCheck } from './repository-check.js';
import { pathOf, uriOf } from './uris.js';
import { WORDS } from './words.js';

/** A pause in typing this long starts a check (each keystroke restarts it). */
const DEBOUNCE_MS = Number(settingOf('ALGORITMEKADER_LINT_DEBOUNCE_MS') ?? 40);

/** Checks of a just-opened page before the author types (see `warmUp`). */
const WARM_UP_CHECKS = Number(settingOf('ALGORITMEKADER_LINT_WARM_UP_CHECKS') ?? 3);

const WATCHED = ['**/*.md', '**/mkdocs.yml', '**/.algoritmekader-lint*', '**/*.csv', '**/*.schema.json'];

type FeatureName = NonNullable<CheckRequest['feature']>['name'];
type FeatureOptions = Omit<NonNullable<CheckRequest['feature']>, 'name'>;

export class Server {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly checker: CheckerLike;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The newest version published per page: never publish an older one. */
  private readonly published = new Map<string, number>();
  /** What an open page's newest publication said. */
  private readonly shown = new Map<string, Diagnostic[]>();
  private registerWatchers = false;
  private resourceOperations = false;
  /** The client applies `documentChanges` with file creation (a word list that does not exist yet). */
  private canCreateFiles = false;
  /** `shutdown` was asked: every request after it is an error (InvalidRequest), as the LSP specification says. */
  private shutDown = false;
  private workspace?: string;
  /** Each page's repository language, as the worker last said (Dutch until it has). */
  private readonly langs = new Map<string, Lang>();
  /** Pages whose check ran out of time: not checked on every keystroke, but when saved (on a worker of their own). */
  private readonly timedOut = new Set<string>();
  /** Every page's findings on request; after that, kept current (closed pages included). */
  private readonly repositoryCheck: RepositoryCheck;

  constructor(
    private readonly connection: Connection,
    private readonly host: ServerHost,
  ) {
    this.checker = host.checker;
    this.repositoryCheck = new RepositoryCheck({
      checker: this.checker,
      connection,
      exists: (file) => host.exists(file),
      root: () => (this.workspace ? pathOf(this.workspace) : undefined),
      openPages: () => this.documents.all().map((document) => ({ uri: document.uri, file: pathOf(document.uri), shown: this.shown.get(document.uri) ?? [] })),
    });
  }

  /** `handler`, or InvalidRequest once the server is shut down. */
  private guard<P extends unknown[], R>(handler: (...args: P) => R): (...args: P) => R | ResponseError<never> {
    return (...args) => (this.shutDown ? new ResponseError<never>(ErrorCodes.InvalidRequest, 'the server is shut down') : handler(...args));
  }

  listen(): void {
    this.handleLifecycle();
    this.handleDocuments();
    this.handleFeatures();
    this.documents.listen(this.connection);
    this.connection.listen();
  }

  private schedule(uri: string, delay = DEBOUNCE_MS): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.check(uri);
      }, delay),
    );
  }

  private openFiles(): string[] {
    return this.documents
      .all()
      .map((document) => pathOf(document.uri))
      .filter((file): file is string => file !== undefined);
  }

  private recheckDependents(files: string[]): void {
    for (const file of files) {
      const uri = uriOf(file);
      if (this.documents.get(uri)) this.schedule(uri, 0);
    }
  }

  private publish(uri: string, version: number, diagnostics: Diagnostic[]): void {
    if ((this.published.get(uri) ?? Number.NEGATIVE_INFINITY) > version) return;
    this.published.set(uri, version);
    this.shown.set(uri, diagnostics);
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private async check(uri: string, saved = false): Promise<void> {
    const document = this.documents.get(uri);
    const file = pathOf(uri);
    if (!document || !file) return;
    const { version } = document;
    const timedOut = () => {
      const message = format(WORDS[this.langs.get(uri) ?? 'nl'].timedOut, { seconds: LIMIT_MS / 1000 });
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      this.publish(uri, version, [{ range, message, severity: DiagnosticSeverity.Warning, source: SOURCE }]);
    };
    // It ran out of time before: every keystroke would start another check of a page that cannot be checked.
    if (this.timedOut.has(uri) && !saved) return timedOut();
    const request = { type: 'check', path: file, cwd: path.dirname(file), text: document.getText(), open: this.openFiles() } as const;
    const reply = await this.checker.ask(request, { isolated: this.timedOut.has(uri) });
    // Typed on since: that text has its own check coming; this result is already old.
    if (this.documents.get(uri)?.version !== version) return;
    if (!reply) {
      this.timedOut.add(uri);
      return timedOut();
    }
    this.timedOut.delete(uri);
    if (reply.lang) this.langs.set(uri, reply.lang);
    const first = !this.published.has(uri);
    this.publish(uri, version, diagnosticsOf(file, reply.messages));
    this.recheckDependents(reply.dependents);
    if (first) void this.warmUp(uri, file);
  }

  /**
   * While the author reads a page just opened, check it a few more times
   * (results unused): the parser and rules get optimised on this page before
   * the first keystroke, not during it.
   */
  private async warmUp(uri: string, file: string): Promise<void> {
    for (let round = 0; round < WARM_UP_CHECKS; round++) {
      const document = this.documents.get(uri);
      if (!document || this.timers.has(uri)) return; // typing already: the real checks warm up
      await this.checker.ask({ type: 'check', path: file, cwd: path.dirname(file), text: document.getText() });
    }
  }

  /** An editor feature, answered by the worker on the model (null when the page is not a file or the worker gave up). */
  private async feature(uri: string, name: FeatureName, extra: FeatureOptions = {}): Promise<unknown> {
    const document = this.documents.get(uri);
    const file = pathOf(uri);
    if (!document || !file) return null;
    const reply = await this.checker.ask({ type: 'feature', path: file, cwd: path.dirname(file), text: document.getText(), feature: { name, ...extra } });
    return reply?.result ?? null;
  }

  private handleLifecycle(): void {
    const { connection } = this;
    connection.onInitialize(
      this.guard((params: InitializeParams) => {
        this.host.onInitialize?.(params);
        this.registerWatchers = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
        this.resourceOperations = Boolean(params.capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('rename'));
        const workspaceEdit = params.capabilities.workspace?.workspaceEdit;
        this.canCreateFiles = Boolean(workspaceEdit?.documentChanges && workspaceEdit.resourceOperations?.includes('create'));
        this.workspace = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
        return {
          capabilities: {
            textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
            codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
            completionProvider: { triggerCharacters: ['-', ' ', '(', '#', '/'] },
            hoverProvider: true,
            definitionProvider: true,
            referencesProvider: true,
            renameProvider: true,
            documentLinkProvider: { resolveProvider: false },
            executeCommandProvider: { commands: [CHECK_REPOSITORY] },
          },
          serverInfo: { name: 'algoritmekader-lint', version: VERSION },
        };
      }),
    );
    connection.onInitialized(() => {
      // Warm up while the editor opens its first page: the worker starts and reads the repository's facts.
      const root = this.workspace ? pathOf(this.workspace) : undefined;
      if (root) void this.checker.ask({ type: 'refresh', path: path.join(root, 'mkdocs.yml'), cwd: root });
      if (!this.registerWatchers) return;
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) }).catch(() => {
        // A client that refuses still works: open pages are checked as they change.
      });
    });
    // Settings live in the repository's own configuration file; a client's settings change nothing.
    connection.onDidChangeConfiguration(() => {});
    connection.onShutdown(
      this.guard(() => {
        this.shutDown = true;
        return this.checker.close();
      }),
    );
    // A method we do not serve: MethodNotFound, or InvalidRequest after shutdown.
    connection.onRequest(
      (method) =>
        new ResponseError(
          this.shutDown ? ErrorCodes.InvalidRequest : ErrorCodes.MethodNotFound,
          `${this.shutDown ? 'the server is shut down' : `unhandled method ${method}`}`,
        ),
    );
    // The server never dies of one bad request: the error is logged, the editor keeps its server.
    const log = (error: unknown) => connection.console.error(`algoritmekader-lint: ${(error as Error)?.stack ?? String(error)}`);
    this.host.onUncaught(log);
  }

  private handleDocuments(): void {
    const { connection, documents } = this;
    documents.onDidChangeContent(({ document }) => this.schedule(document.uri));
    // A page that ran out of time is tried again when saved.
    documents.onDidSave(({ document }) => {
      if (this.timedOut.has(document.uri)) void this.check(document.uri, true);
    });
    documents.onDidClose(({ document }) => {
      clearTimeout(this.timers.get(document.uri));
      this.timers.delete(document.uri);
      this.published.delete(document.uri);
      this.shown.delete(document.uri);
      this.langs.delete(document.uri);
      this.timedOut.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      // The page on disk has findings of its own again.
      this.repositoryCheck.again();
      const file = pathOf(document.uri);
      // Unsaved text leaves the model with the page; the pages that saw it are checked again.
      if (file)
        void this.checker
          .ask({ type: 'close', path: file, cwd: path.dirname(file), open: this.openFiles() })
          .then((reply) => this.recheckDependents(reply?.dependents ?? []));
    });
    connection.onDidChangeWatchedFiles(({ changes }) => this.filesChanged(changes.flatMap((change) => pathOf(change.uri) ?? [])));
    connection.onCodeAction(
      this.guard(({ textDocument, context }: CodeActionParams) => {
        const document = documents.get(textDocument.uri);
        const file = pathOf(textDocument.uri);
        if (!document || !file) return [];
        const words = WORDS[this.langs.get(textDocument.uri) ?? 'nl'];
        const wordList = { host: this.host, canCreate: this.canCreateFiles };
        return [...quickFixes(document, context.diagnostics, words), ...addToWordList(file, document, context.diagnostics, words, wordList)];
      }),
    );
  }

  /** Files changed outside the editor (on disk, or in the web's copy of the workspace): taken in, and every open page checked again. */
  async filesChanged(files: string[]): Promise<void> {
    for (const file of files) await this.checker.ask({ type: 'refresh', path: file, cwd: path.dirname(file) });
    for (const document of this.documents.all()) this.schedule(document.uri);
    this.repositoryCheck.again();
  }

  private handleFeatures(): void {
    const { connection } = this;
    connection.onExecuteCommand(
      this.guard(({ command }: ExecuteCommandParams) => {
        if (command !== CHECK_REPOSITORY) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${command}`);
        return this.repositoryCheck.request();
      }),
    );
    connection.onCompletion(
      this.guard(
        async ({ textDocument, position }: TextDocumentPositionParams) =>
          ((await this.feature(textDocument.uri, 'complete', { position })) as CompletionItem[] | null) ?? [],
      ),
    );
    connection.onHover(
      this.guard(
        async ({ textDocument, position }: TextDocumentPositionParams) => (await this.feature(textDocument.uri, 'hover', { position })) as Hover | null,
      ),
    );
    connection.onDefinition(
      this.guard(
        async ({ textDocument, position }: TextDocumentPositionParams) => (await this.feature(textDocument.uri, 'definition', { position })) as Location | null,
      ),
    );
    connection.onReferences(
      this.guard(
        async ({ textDocument, position }: TextDocumentPositionParams) =>
          ((await this.feature(textDocument.uri, 'references', { position })) as Location[] | null) ?? [],
      ),
    );
    connection.onRenameRequest(
      this.guard(
        async ({ textDocument, position, newName }: RenameParams) =>
          (await this.feature(textDocument.uri, 'rename', { position, newName, resourceOperations: this.resourceOperations })) as WorkspaceEdit | null,
      ),
    );
    connection.onDocumentLinks(
      this.guard(async ({ textDocument }: DocumentLinkParams) => ((await this.feature(textDocument.uri, 'documentLinks')) as DocumentLink[] | null) ?? []),
    );
  }
}

/** Quick fixes from each diagnostic's `expected`; preferred only when --fix makes the same fix. */
function quickFixes(document: TextDocument, diagnostics: Diagnostic[], words: (typeof WORDS)[Lang]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnostic.data as { expected?: unknown; safe?: unknown } | undefined;
    if (!Array.isArray(data?.expected)) continue;
    const actual = document.getText(diagnostic.range);
    const { start, end } = diagnostic.range;
    const empty = start.line === end.line && start.character === end.character;
    for (const expected of data.expected) {
      if (typeof expected !== 'string') continue;
      actions.push({
        title: format(expected ? (empty ? words.insert : words.replace) : words.remove, { actual, expected }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: expected }] } },
        // Editors apply a preferred fix on their own ("fix all", on save): only what --fix would do.
        isPreferred: data.expected.length === 1 && data.safe === true,
      });
    }
  }
  return actions;
}

/** The repository's word list (src/spelling/service.ts; not imported: the server's main thread stays small). */
const WORDS_FILE = '.algoritmekader-lint-words.txt';

/** The folder holding mkdocs.yml, upward from `folder`. */
function rootOf(folder: string, host: ServerHost): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (host.exists(path.join(current, 'mkdocs.yml'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * For a spelling finding: add the word to the repository's word list (an
 * edit of `.algoritmekader-lint-words.txt` in the root, made when absent and
 * the client can create files). A word with only its first letter a capital
 * is also offered in lower case, which the list then accepts in both forms.
 * Never preferred: a person decides that a word is right.
 */
function addToWordList(
  file: string,
  document: TextDocument,
  diagnostics: Diagnostic[],
  words: (typeof WORDS)[Lang],
  { host, canCreate }: { host: ServerHost; canCreate: boolean },
): CodeAction[] {
  const root = rootOf(path.dirname(file), host);
  if (!root) return [];
  const list = path.join(root, WORDS_FILE);
  const listUri = uriOf(list);
  const existing = host.readText(list);
  if (existing === undefined && !canCreate) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.code !== 'spelling') continue;
    const word = document.getText(diagnostic.range);
    if (!word || /\s/.test(word)) continue;
    const forms = /^\p{Lu}[^\p{Lu}]*$/u.test(word) ? [word.charAt(0).toLowerCase() + word.slice(1), word] : [word];
    for (const form of forms) {
      const title = format(words.addWord, { word: form, file: WORDS_FILE });
      if (existing === undefined) {
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: {
            documentChanges: [
              { kind: 'create', uri: listUri, options: { ignoreIfExists: true } },
              {
                textDocument: { uri: listUri, version: null },
                edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${form}\n` }],
              },
            ],
          },
        });
        continue;
      }
      const lines = existing.split('\n');
      const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
      const newText = `${existing === '' || existing.endsWith('\n') ? '' : '\n'}${form}\n`;
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [listUri]: [{ range: { start: end, end }, newText }] } },
      });
    }
  }
  return actions;
}

/** Node: pages checked in worker threads, files read from the disk. */
const nodeHost = (): ServerHost => ({
  checker: new Checker(),
  exists: existsSync,
  readText: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
  onUncaught(log) {
    process.on('uncaughtException', log);
    process.on('unhandledRejection', log);
  },
});

export function startServer(connection: Connection = createConnection(ProposedFeatures.all), host: ServerHost = nodeHost()): void {
  new Server(connection, host).listen();
}
