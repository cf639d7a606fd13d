/**
 * The web server's checker: a web worker has no worker threads of its own,
 * so requests are answered in the server's thread, one at a time, each after
 * a pause that lets the connection take in newer text (a check of text typed
 * over since is then dropped by the server, as on the desktop). Nothing is
 * answered before the workspace's root files have arrived; while the rest of
 * the repository is still arriving, a page gets only the findings of its own
 * (rules that judge it against other pages wait for the whole repository).
 */
import { type CheckReply, type CheckRequest, handleRequest } from '../../check-handler.js';
import type { CheckerLike } from '../host.js';

/** Rules whose findings depend on other pages or on the list of files: not given while the repository is arriving. */
export const CROSS_FILE_RULES = new Set([
  'reference-exists',
  'label-values',
  'link-target',
  'link-anchor',
  'link-live-site',
  'urn-unique',
  'vereiste-unreferenced',
  'site-markers',
  'file-encoding',
  // The audit codes' CSV is read with the last batch.
  'sources-code-exists',
]);

export interface InlineCheckerOptions {
  /** Resolves when the root files (mkdocs.yml, configuration) are there. */
  ready: Promise<void>;
  /** The whole repository is there. */
  complete: () => boolean;
  /** A page is checked: the store learns of it if it did not know it yet (opened before it arrived). */
  onPage: (file: string, text: string) => void;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class InlineChecker implements CheckerLike {
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly options: InlineCheckerOptions) {}

  ask(request: Omit<CheckRequest, 'id'>): Promise<CheckReply | undefined> {
    const answer = async (): Promise<CheckReply> => {
      await this.options.ready;
      await pause();
      if (request.type === 'check' && request.text !== undefined) this.options.onPage(request.path, request.text);
      const reply = handleRequest({ ...request, id: this.nextId++ });
      if (this.options.complete()) return reply;
      return { ...reply, messages: reply.messages.filter((message) => !CROSS_FILE_RULES.has(message.ruleId ?? '')) };
    };
    const reply = this.queue.then(answer);
    this.queue = reply.catch(() => undefined);
    return reply;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
