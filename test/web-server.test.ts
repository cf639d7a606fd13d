/**
 * The web language server (editors/vscode/dist/web-server.js: the bundle VS
 * Code for the Web runs in a web worker), here in Node behind a `self` that
 * speaks LSP on stdio (helpers/web-worker-host.mjs). Its files come as the web
 * extension host sends them (lsp/web/protocol.ts), never from the disk. Every
 * rule that needs no process or network gives the CLI's findings on every
 * page; while the repository is still arriving, a page gets its own findings
 * first, then the cross-file ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliReport, type Finding } from './helpers/cli-report.js';
import { CORPUS, HAS_CORPUS } from './helpers/corpus.js';
import { type Diagnostic, LspClient } from './helpers/lsp-client.js';
import { ROOT, SAMPLE } from './helpers/rule-docs.js';

const SERVER = path.join(ROOT, 'editors/vscode/dist/web-server.js');
const HOST = path.join(ROOT, 'test/helpers/web-worker-host.mjs');
const FOLDER = 'vscode-test-web://mount';
/** The spelling data as the web extension sends it: the desktop server's files (bundle/spelling, server/spelling in the .vsix). */
const SPELLING = path.join(ROOT, 'bundle/spelling');
/** A maatregel with a finding of its own (required-sections) and cross-file ones (a misspelt vereiste, a broken link). */
const IMP02 = '6-imp-02-menselijke-tussenkomst.md';

/** Every file of the repository, relative and POSIX; pages with their text, the rest by name only (as the web extension sends them). */
function filesOf(root: string, under = ''): Array<{ path: string; text: string }> {
  return readdirSync(path.join(root, under), { withFileTypes: true }).flatMap((entry) => {
    const relative = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === '.git' ? [] : filesOf(root, relative);
    const text = /\.(md|ya?ml|json|csv|txt)$|^\.algoritmekader-lint/.test(entry.name) ? readFileSync(path.join(root, relative), 'utf8') : '';
    return [{ path: relative, text }];
  });
}

function comparable(findings: Array<Finding | Diagnostic>) {
  return findings
    .map((finding) => {
      if ('range' in finding) return `${finding.range.start.line}:${finding.range.start.character} ${finding.code} ${finding.message}`;
      return `${finding.line - 1}:${finding.column - 1} ${finding.ruleId} ${finding.reason}`;
    })
    .sort();
}

let client: LspClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

function spellingParams() {
  const text = (name: string) => readFileSync(path.join(SPELLING, name), 'utf8');
  return {
    wasm: readFileSync(path.join(SPELLING, 'hunspell.wasm')).toString('base64'),
    aff: { nl: text('nl.aff'), en: text('en.aff') },
    dic: { nl: text('nl.dic'), en: text('en.dic') },
  };
}

async function webServer(): Promise<LspClient> {
  const started = new LspClient(HOST, SAMPLE, [SERVER]);
  await started.request('initialize', { processId: null, rootUri: FOLDER, capabilities: {}, workspaceFolders: [{ uri: FOLDER, name: 'sample' }] });
  started.notify('initialized', {});
  return started;
}

/** The repository's files in the root (mkdocs.yml, the configuration), sent as the extension sends them first; the files still to send. */
function sendRoot(server: LspClient, root: string): Array<{ path: string; text: string }> {
  const files = filesOf(root);
  server.notify('algoritmekader-lint/files', { root: true, files: files.filter((file) => !file.path.includes('/')) });
  return files.filter((file) => file.path.includes('/'));
}

/** The last batch: the repository is complete. */
function sendRest(server: LspClient, files: Array<{ path: string; text: string | null; base64?: string }>): void {
  server.notify('algoritmekader-lint/files', { complete: true, files });
}

describe('the web language server', () => {
  it('gives every page the CLI findings of every rule that needs no process or network, reading the files it is sent', async () => {
    const report = cliReport(SAMPLE);
    client = await webServer();
    const rest = sendRoot(client, SAMPLE);
    client.notify('algoritmekader-lint/spelling', spellingParams());
    sendRest(client, rest);
    let compared = 0;
    for (const { path: page, messages } of report) {
      const uri = `${FOLDER}/${page}`;
      const waiting = client.diagnosticsFor(uri, 0);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(path.join(SAMPLE, page), 'utf8') } });
      expect(comparable(await waiting), page).toEqual(comparable(messages));
      compared += messages.length;
    }
    expect(compared).toBeGreaterThan(10);
    // One line in the output channel says what is off in the browser; spelling is not.
    const off = client.loggedMessages.filter((message) => message.includes('In de browser staan uit'));
    expect(off).toHaveLength(1);
    expect(off[0]).not.toMatch(/spelling/);
  }, 120_000);

  it('checks spelling once the repository and the dictionaries are in, and offers its fixes: a suggestion, the word list', async () => {
    client = await webServer();
    const rest = sendRoot(client, SAMPLE);
    const page = `docs/voldoen-aan-wetten-en-regels/maatregelen/${IMP02}`;
    const uri = `${FOLDER}/${page}`;
    const text = `${readFileSync(path.join(SAMPLE, page), 'utf8')}\nDe gebruiker kan uitleg verkrjigen.\n`;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    expect((await client.diagnosticsFor(uri, 0)).map((diagnostic) => diagnostic.code)).not.toContain('spelling');
    sendRest(client, rest);
    await client.diagnosticsFor(uri, 1);
    client.notify('algoritmekader-lint/spelling', spellingParams());
    const typo = (await client.diagnosticsFor(uri, 2)).find((diagnostic) => diagnostic.code === 'spelling')!;
    expect(typo.message).toBe('`verkrjigen` staat niet in het woordenboek; bedoel je `verkrijgen`?');
    const actions = await client.request<Array<{ title: string; edit: { changes?: Record<string, Array<{ newText: string }>>; documentChanges?: unknown[] } }>>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: typo.range, context: { diagnostics: [typo] } },
    );
    expect(actions.flatMap((action) => action.edit.changes?.[uri]?.map((edit) => edit.newText) ?? [])).toContain('verkrijgen');
    expect(actions.map((action) => action.title)).toContainEqual(expect.stringContaining('.algoritmekader-lint-words.txt'));
  }, 60_000);

  it('checks a page opened while the repository arrives at once with its own checks, then again with the cross-file ones', async () => {
    client = await webServer();
    const rest = sendRoot(client, SAMPLE);
    const page = `docs/voldoen-aan-wetten-en-regels/maatregelen/${IMP02}`;
    const uri = `${FOLDER}/${page}`;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(path.join(SAMPLE, page), 'utf8') } });
    const own = (await client.diagnosticsFor(uri, 0)).map((diagnostic) => diagnostic.code);
    expect(own).toContain('required-sections');
    expect(own).not.toContain('reference-exists');
    sendRest(client, rest);
    const all = (await client.diagnosticsFor(uri, 1)).map((diagnostic) => diagnostic.code);
    expect(all).toEqual(expect.arrayContaining(['required-sections', 'reference-exists', 'link-target']));
  }, 60_000);

  it('gives a page that is not valid UTF-8 the finding the CLI gives, from the bytes it is sent', async () => {
    client = await webServer();
    const rest = sendRoot(client, SAMPLE);
    const page = 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-01-werkinstructies-gebruikers.md';
    const latin1 = Buffer.from(readFileSync(path.join(SAMPLE, page), 'utf8').replace('gebruikers', 'gebruik\u00e9rs'), 'latin1');
    sendRest(client, [...rest.filter((file) => file.path !== page), { path: page, text: '', base64: latin1.toString('base64') }]);
    const totals = await client.request<{ errors: number }>('workspace/executeCommand', { command: 'algoritmekader-lint.checkRepository', arguments: [] });
    expect(totals.errors).toBeGreaterThan(0);
    console.log('STDERR', client.stderr.slice(0, 3000), client.publications(`${FOLDER}/${page}`).length);
    const diagnostics = await client.diagnosticsFor(`${FOLDER}/${page}`, 0);
    expect(diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`)).toEqual([
      expect.stringMatching(/^file-encoding Dit bestand is geen geldige UTF-8 \(eerste fout bij byte \d+\)/),
    ]);
  }, 60_000);

  it('completes vereiste and maatregel names, hovers, fixes, and checks every page on request', async () => {
    client = await webServer();
    const rest = sendRoot(client, SAMPLE);
    sendRest(client, rest);
    const page = `docs/voldoen-aan-wetten-en-regels/maatregelen/${IMP02}`;
    const uri = `${FOLDER}/${page}`;
    const text = readFileSync(path.join(SAMPLE, page), 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const diagnostics = await client.diagnosticsFor(uri, 0);
    const line = text.split('\n').indexOf('- aia-01-ai-geletterdheid');
    const position = { line, character: 4 };
    const items = await client.request<Array<{ label: string }>>('textDocument/completion', { textDocument: { uri }, position });
    expect(items.map((item) => item.label)).toContain('aia-01-ai-geletterdheid');
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position });
    expect(hover.contents.value).toMatch(/\*\*.+\*\*/);
    const misspelt = diagnostics.find((diagnostic) => diagnostic.code === 'reference-exists')!;
    const actions = await client.request<Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: misspelt.range,
      context: { diagnostics: [misspelt] },
    });
    expect(actions.flatMap((action) => action.edit.changes[uri].map((edit) => edit.newText))).toContain('avg-01-persoonsgegevens-rechtmatig-verwerken');
    // maatregel names on a hulpmiddel, with the page's title.
    const dpia = `docs/voldoen-aan-wetten-en-regels/hulpmiddelen/DPIA.md`;
    const dpiaText = readFileSync(path.join(SAMPLE, dpia), 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri: `${FOLDER}/${dpia}`, languageId: 'markdown', version: 1, text: dpiaText } });
    const maatregelen = await client.request<Array<{ label: string; detail?: string }>>('textDocument/completion', {
      textDocument: { uri: `${FOLDER}/${dpia}` },
      position: { line: dpiaText.split('\n').indexOf('- 1-pba-01-formuleren-probleemdefinitie'), character: 4 },
    });
    expect(maatregelen.map((item) => item.label)).toContain('6-imp-02-menselijke-tussenkomst');
    const totals = await client.request<{ pages: number }>('workspace/executeCommand', { command: 'algoritmekader-lint.checkRepository', arguments: [] });
    expect(totals.pages).toBe(rest.filter((file) => file.path.startsWith('docs/') && file.path.endsWith('.md')).length);
  }, 60_000);

  it('takes in files changed outside the editor: a vereiste folder removed, an open page checked again', async () => {
    client = await webServer();
    const rest = sendRoot(client, SAMPLE);
    sendRest(client, rest);
    const page = 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-01-werkinstructies-gebruikers.md';
    const uri = `${FOLDER}/${page}`;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(path.join(SAMPLE, page), 'utf8') } });
    expect((await client.diagnosticsFor(uri, 0)).map((diagnostic) => diagnostic.code)).not.toContain('reference-exists');
    client.notify('algoritmekader-lint/files', { files: [{ path: 'docs/voldoen-aan-wetten-en-regels/vereisten', text: null }] });
    const after = await client.diagnosticsFor(uri, 1);
    expect(after.filter((diagnostic) => diagnostic.code === 'reference-exists').map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringContaining('aia-01-ai-geletterdheid'),
    ]);
  }, 60_000);

  it.skipIf(!HAS_CORPUS)(
    'on the real corpus, its "check every page" gives every page the CLI\'s findings, spelling with its suggestions too',
    async () => {
      const report = cliReport(CORPUS);
      client = await webServer();
      const rest = sendRoot(client, CORPUS);
      client.notify('algoritmekader-lint/spelling', spellingParams());
      sendRest(client, rest);
      await client.request('workspace/executeCommand', { command: 'algoritmekader-lint.checkRepository', arguments: [] });
      let compared = 0;
      let spelt = 0;
      for (const { path: page, messages } of report) {
        expect(comparable(await client.diagnosticsFor(`${FOLDER}/${page}`, 0)), page).toEqual(comparable(messages));
        compared += messages.length;
        spelt += messages.filter((message) => message.ruleId === 'spelling').length;
      }
      expect(compared).toBeGreaterThan(10);
      expect(spelt).toBeGreaterThan(100);
    },
    120_000,
  );
});
