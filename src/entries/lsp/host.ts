/**
 * What the language server needs from where it runs: Node (the desktop, the
 * CLI's package: lsp/server.ts) or a web worker (VS Code for the Web:
 * lsp/web-server.ts). Everything else (the model, the rules, the LSP
 * features) is the same code in both.
 */
import type { InitializeParams } from 'vscode-languageserver';
import type { CheckReply, CheckRequest } from '../check-handler.js';

/** Answers the checker's requests (check-handler.ts): in worker threads (Node) or in the same thread (the web). */
export interface CheckerLike {
  /** The reply, or undefined when it took too long or its worker crashed. */
  ask(request: Omit<CheckRequest, 'id'>, options?: { isolated?: boolean; background?: boolean }): Promise<CheckReply | undefined>;
  close(): Promise<void>;
}

export interface ServerHost {
  checker: CheckerLike;
  /** A file of the workspace exists (a repository's mkdocs.yml). */
  exists(file: string): boolean;
  /** A text file of the workspace (the word list); undefined when absent. */
  readText(file: string): string | undefined;
  /** Errors nobody caught: logged, never fatal. */
  onUncaught(log: (error: unknown) => void): void;
  /** Sees the client's `initialize` first (the web: the workspace folder's URI). */
  onInitialize?(params: InitializeParams): void;
}

/** An environment variable where there is one (Node); undefined in a browser. */
export function settingOf(name: string): string | undefined {
  return globalThis.process?.env?.[name];
}

/** Bounded pages are checked within about two seconds; this leaves room for a busy machine. */
export const LIMIT_MS = Number(settingOf('ALGORITMEKADER_LINT_CHECK_TIMEOUT_MS') ?? 15_000);
