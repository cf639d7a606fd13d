/**
 * "Check every page" (workspace/executeCommand `algoritmekader-lint.checkRepository`):
 * every page of the workspace's repository, as on disk, into the client's
 * problems list. Open pages keep the findings of their unsaved text. Once
 * asked, the list is kept current: checked again (debounced) when files
 * change on disk or a page is closed; pages gone get an empty list.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Connection, type Diagnostic, DiagnosticSeverity, MessageType, ShowMessageNotification } from 'vscode-languageserver/node.js';
import { SOURCE } from '../../rule-kit/constants.js';
import { format, type Lang } from '../../rule-kit/i18n.js';
import type { StoredMessage } from '../../run/cache.js';
import { type Checker, LIMIT_MS } from '../worker-check.js';
import { diagnosticsOf } from './diagnostics.js';
import { WORDS } from './words.js';

export const CHECK_REPOSITORY = 'algoritmekader-lint.checkRepository';
/** Pages per request to the worker: typing checks go in between. */
const PAGES_PER_REQUEST = 20;
/** After a change on disk or a closed page, the check runs again this much later. */
const DEBOUNCE_MS = Number(process.env.ALGORITMEKADER_LINT_REPOSITORY_DEBOUNCE_MS ?? 500);

export type Totals = { pages: number; errors: number; warnings: number };

interface Context {
  checker: Checker;
  connection: Connection;
  /** The workspace's folder. */
  root: () => string | undefined;
  /** The pages open in the editor, with what their newest publication said. */
  openPages: () => Array<{ uri: string; file?: string; shown: Diagnostic[] }>;
}

const count = (diagnostics: Diagnostic[], severity: DiagnosticSeverity) => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;

export class RepositoryCheck {
  /** Asked for once: from then on kept current. */
  private active = false;
  /** Closed pages whose findings the last check published. */
  private published = new Set<string>();
  private timer?: NodeJS.Timeout;
  /** Each check's number: a newer check makes an older one stop publishing. */
  private run = 0;

  constructor(private readonly context: Context) {}

  /** The command: check now, tell the client the totals, answer them. */
  async request(): Promise<Totals | null> {
    this.active = true;
    const result = await this.check();
    const words = WORDS[result?.lang ?? 'nl'];
    // A notification (window/showMessage), not a request: there is nothing to answer.
    void this.context.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Info,
      message: result ? format(words.checked, result.totals) : words.noRepository,
    });
    return result?.totals ?? null;
  }

  /** Something changed (on disk, a page closed): check again soon, if the author asked for the list. */
  again(): void {
    if (!this.active) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), DEBOUNCE_MS);
  }

  /**
   * In small requests, so typing is checked in between; a request that runs
   * out of time is retried page by page, each on a worker of its own, so a
   * stuck page is the only one without findings (it gets a message saying so).
   */
  private async check(): Promise<{ totals: Totals; lang: Lang } | undefined> {
    const run = ++this.run;
    const root = this.context.root();
    if (!root) return undefined;
    const { checker, connection } = this.context;
    const where = { path: path.join(root, 'mkdocs.yml'), cwd: root };
    const listed = await checker.ask({ type: 'pages', ...where });
    const pages = Array.isArray(listed?.result) ? (listed.result as string[]) : [];
    if (!pages.length || run !== this.run) return undefined;
    const totals: Totals = { pages: pages.length, errors: 0, warnings: 0 };
    let lang: Lang = 'nl';
    const published = new Set<string>();
    const take = (file: string, messages: StoredMessage[]) => {
      const uri = pathToFileURL(file).href;
      // Opened since it was asked: its unsaved text has findings of its own (counted below), never replaced by the disk's.
      if (run !== this.run || this.context.openPages().some((page) => page.uri === uri)) return;
      const diagnostics = diagnosticsOf(file, messages);
      totals.errors += count(diagnostics, DiagnosticSeverity.Error);
      totals.warnings += count(diagnostics, DiagnosticSeverity.Warning);
      published.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    };
    const ask = (paths: string[], isolated = false) => {
      const open = this.context.openPages().flatMap((page) => (page.file ? [page.file] : []));
      return checker.ask({ type: 'checkOnDisk', ...where, paths, open }, { isolated });
    };
    for (let start = 0; start < pages.length; start += PAGES_PER_REQUEST) {
      const batch = pages.slice(start, start + PAGES_PER_REQUEST);
      const reply = await ask(batch);
      if (run !== this.run) return undefined;
      if (reply?.lang) lang = reply.lang;
      if (reply?.pages) {
        for (const page of reply.pages) take(page.path, page.messages);
        continue;
      }
      for (const file of batch) {
        const one = await ask([file], true);
        const stuck = { reason: format(WORDS[lang].timedOut, { seconds: LIMIT_MS / 1000 }), fatal: false, place: { line: 1, column: 1 }, source: SOURCE };
        for (const page of one?.pages ?? [{ path: file, messages: [stuck] }]) take(page.path, page.messages);
      }
    }
    const listedPages = new Set(pages);
    for (const page of this.context.openPages()) {
      if (!page.file || !listedPages.has(page.file)) continue;
      totals.errors += count(page.shown, DiagnosticSeverity.Error);
      totals.warnings += count(page.shown, DiagnosticSeverity.Warning);
    }
    // Pages gone or ignored since the last check: their findings go.
    const open = new Set(this.context.openPages().map((page) => page.uri));
    for (const uri of this.published) if (!published.has(uri) && !open.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published = published;
    return { totals, lang };
  }
}
