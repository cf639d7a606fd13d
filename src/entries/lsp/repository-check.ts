/**
 * "Check every page" (workspace/executeCommand `algoritmekader-lint.checkRepository`):
 * every page of the workspace's repository, as on disk (the CLI's findings:
 * judged against the other pages as saved), into the client's problems list. Open pages keep the findings of their unsaved text. Once
 * asked, the list is kept current: checked again (debounced) when files
 * change on disk or a page is closed; pages gone get an empty list.
 */
import path from 'node:path';
import { type Connection, type Diagnostic, DiagnosticSeverity, MessageType, ShowMessageNotification } from 'vscode-languageserver/node.js';
import { SOURCE } from '../../rule-kit/constants.js';
import { format, type Lang } from '../../rule-kit/i18n.js';
import type { StoredMessage } from '../../run/cache.js';
import { diagnosticsOf } from './diagnostics.js';
import { type CheckerLike, LIMIT_MS, settingOf } from './host.js';
import { uriOf } from './uris.js';
import { WORDS } from './words.js';

export const CHECK_REPOSITORY = 'algoritmekader-lint.checkRepository';
/** Pages per request to the worker: typing checks go in between. */
const PAGES_PER_REQUEST = 20;
/** After a change on disk or a closed page, the check runs again this much later. */
const DEBOUNCE_MS = Number(settingOf('ALGORITMEKADER_LINT_REPOSITORY_DEBOUNCE_MS') ?? 500);

export type Totals = { pages: number; errors: number; warnings: number };
/** A check's totals; `overtaken` by a newer check; `none`: no repository; `unreadable`: its configuration or listing failed. */
type Outcome = { totals: Totals; lang: Lang } | 'overtaken' | 'none' | 'unreadable';

interface Context {
  checker: CheckerLike;
  /** The file exists in the workspace. */
  exists: (file: string) => boolean;
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
  /** The newest check: a command whose check was overtaken answers with this one's result. */
  private newest?: Promise<Outcome>;

  constructor(private readonly context: Context) {}

  /** The command: check now, tell the client the totals, answer them. */
  async request(): Promise<Totals | null> {
    this.active = true;
    let result = await this.start();
    while (result === 'overtaken' && this.newest) result = await this.newest;
    if (result === 'overtaken') return null;
    const words = WORDS[typeof result === 'object' ? result.lang : 'nl'];
    const message = typeof result === 'object' ? format(words.checked, result.totals) : result === 'unreadable' ? words.unreadable : words.noRepository;
    // A notification (window/showMessage), not a request: there is nothing to answer.
    void this.context.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
    return typeof result === 'object' ? result.totals : null;
  }

  private start(): Promise<Outcome> {
    this.newest = this.check();
    return this.newest;
  }

  /** Something changed (on disk, a page closed): check again soon, if the author asked for the list. */
  again(): void {
    if (!this.active) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.start(), DEBOUNCE_MS);
  }

  /**
   * On a worker of its own, in small requests; a request that runs
   * out of time is retried page by page, each on a worker of its own, so a
   * stuck page is the only one without findings (it gets a message saying so).
   */
  private async check(): Promise<Outcome> {
    const run = ++this.run;
    const root = this.context.root();
    if (!root) return 'none';
    const { checker, connection } = this.context;
    const where = { path: path.join(root, 'mkdocs.yml'), cwd: root };
    const listed = await checker.ask({ type: 'pages', ...where }, { background: true });
    if (run !== this.run) return 'overtaken';
    const pages = Array.isArray(listed?.result) ? (listed.result as string[]) : undefined;
    if (!pages?.length) {
      // No repository (any more), or one that cannot be read: no old findings stay behind.
      this.clear(new Set());
      return !pages && this.context.exists(where.path) ? 'unreadable' : 'none';
    }
    const totals: Totals = { pages: pages.length, errors: 0, warnings: 0 };
    let lang: Lang = 'nl';
    const published = new Set<string>();
    const take = (file: string, messages: StoredMessage[]) => {
      const uri = uriOf(file);
      // Opened since it was asked: its unsaved text has findings of its own (counted below), never replaced by the disk's.
      if (run !== this.run || this.context.openPages().some((page) => page.uri === uri)) return;
      const diagnostics = diagnosticsOf(file, messages);
      totals.errors += count(diagnostics, DiagnosticSeverity.Error);
      totals.warnings += count(diagnostics, DiagnosticSeverity.Warning);
      published.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    };
    // On the background worker (its model is the disk's), so typing never waits behind a batch.
    const ask = (paths: string[], isolated = false) => {
      const open = this.context.openPages().flatMap((page) => (page.file ? [page.file] : []));
      return checker.ask({ type: 'checkOnDisk', ...where, paths, open }, { isolated, background: !isolated });
    };
    for (let start = 0; start < pages.length; start += PAGES_PER_REQUEST) {
      const batch = pages.slice(start, start + PAGES_PER_REQUEST);
      const reply = await ask(batch);
      if (run !== this.run) {
        // What it showed so far is for the newer check to clear, should those pages be gone.
        for (const uri of published) this.published.add(uri);
        return 'overtaken';
      }
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
    this.clear(published);
    return { totals, lang };
  }

  /** Pages gone or ignored since the last check lose their findings; `published` are the pages shown now. */
  private clear(published: Set<string>): void {
    const open = new Set(this.context.openPages().map((page) => page.uri));
    for (const uri of this.published) {
      if (!published.has(uri) && !open.has(uri)) void this.context.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    this.published = published;
  }
}
