/** A minimal LSP client over stdio (JSON-RPC with Content-Length framing) for driving the language server in tests. */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code?: string;
  source?: string;
  message: string;
  data?: { expected?: string[] };
  codeDescription?: { href: string };
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  /** Requests whose whole answer (result or error) is wanted. */
  private readonly pendingAnswers = new Map<number, (answer: { result?: unknown; error?: { code: number; message: string } }) => void>();
  private readonly diagnostics = new Map<string, Array<{ version?: number; diagnostics: Diagnostic[] }>>();
  private readonly waiters: Array<() => void> = [];
  /** Requests the server sent us (`workspace/configuration`, `client/registerCapability`), with their params. */
  readonly serverRequests: Array<{ method: string; params: any }> = [];
  /** The messages the server asked the client to show (`window/showMessage`). */
  readonly shownMessages: string[] = [];
  /** The messages the server logged (`window/logMessage`: the client's output channel). */
  readonly loggedMessages: string[] = [];
  /** What the client answers `workspace/configuration` with, per item: `{}` (VS Code) or `null` (Neovim, Helix). */
  configurationAnswer: unknown = {};
  stderr = '';
  /** Set when the server process ends: its exit code (null when killed). */
  exitCode: number | null | undefined;

  constructor(bin: string, cwd: string, args: string[] = [], env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [bin, '--stdio', ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.child.on('exit', (code) => {
      this.exitCode = code;
    });
  }

  /** Every publication for `uri` so far, with its version. */
  publications(uri: string): Array<{ version?: number; diagnostics: Diagnostic[] }> {
    return this.diagnostics.get(uri) ?? [];
  }

  private receive(chunk: Buffer) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(body);
    }
  }

  private handle(message: { id?: number; method?: string; params?: any; result?: unknown; error?: { code: number; message: string } }) {
    if (message.id !== undefined && message.method === undefined && this.pendingAnswers.has(message.id)) {
      this.pendingAnswers.get(message.id)?.(message);
      this.pendingAnswers.delete(message.id);
      return;
    }
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const list = this.diagnostics.get(message.params.uri) ?? [];
      list.push({ version: message.params.version, diagnostics: message.params.diagnostics });
      this.diagnostics.set(message.params.uri, list);
      for (const wake of this.waiters.splice(0)) wake();
      return;
    }
    if (message.method === 'window/logMessage') {
      this.loggedMessages.push(message.params.message);
      return;
    }
    if (message.method === 'window/showMessage') {
      this.shownMessages.push(message.params.message);
      return;
    }
    // Requests from the server (workspace/configuration, client/registerCapability): answered as the client would.
    if (message.id !== undefined && message.method) {
      this.serverRequests.push({ method: message.method, params: message.params });
      const items = (message.params?.items as unknown[] | undefined) ?? [undefined];
      this.send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? items.map(() => this.configurationAnswer) : null });
    }
  }

  private send(message: object) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve) => {
      this.pending.set(id, resolve as (result: unknown) => void);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** The whole answer to a request: its result, or its error. */
  answer(method: string, params: unknown): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pendingAnswers.set(id, resolve);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next diagnostics published for `uri` after `count` earlier publications. */
  async diagnosticsFor(uri: string, count: number, timeoutMs = 30_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = this.diagnostics.get(uri) ?? [];
      if (list.length > count) return list[count].diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics #${count + 1} for ${uri}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  published(uri: string): number {
    return this.diagnostics.get(uri)?.length ?? 0;
  }

  async close() {
    await this.request('shutdown', null);
    this.notify('exit', null);
    await new Promise((resolve) => {
      this.child.once('exit', resolve);
      setTimeout(() => {
        this.child.kill();
        resolve(undefined);
      }, 2000);
    });
  }
}
