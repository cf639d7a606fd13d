/**
 * The language server over stdio, with the capabilities and settings replies
 * that VS Code, Neovim and Helix really send: no crash, no silent stall, no
 * stale result, dependents re-checked, unsaved text discarded on close,
 * watchers registered where the client allows, fixes marked preferred only
 * when --fix would make them, and a clean exit.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type Diagnostic, LspClient } from './helpers/lsp-client.js';
import { HELIX, NEOVIM, VSCODE } from './helpers/lsp-clients.js';
import { copyOfSample, ROOT } from './helpers/rule-docs.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
const V = 'docs/voldoen-aan-wetten-en-regels/vereisten';
const IMP01 = `${M}/6-imp-01-werkinstructies-gebruikers.md`;
const IMP02 = `${M}/6-imp-02-menselijke-tussenkomst.md`;
const AIA01 = `${V}/aia-01-ai-geletterdheid.md`;

let root: string;
let client: LspClient | undefined;
const versions = new Map<string, number>();
const uri = (file: string) => pathToFileURL(path.join(root, file)).href;
const text = (file: string) => readFileSync(path.join(root, file), 'utf8');

afterEach(async () => {
  await client?.close();
  client = undefined;
  versions.clear();
  rmSync(root, { recursive: true, force: true });
});

async function start(capabilities: object, configurationAnswer: unknown, prepare?: (root: string) => void, env: Record<string, string> = {}) {
  root = copyOfSample('lsp');
  prepare?.(root);
  client = new LspClient(path.join(ROOT, 'bundle/language-server.mjs'), root, [], env);
  client.configurationAnswer = configurationAnswer;
  const initialized = await client.request<{ capabilities: Record<string, any> }>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'sample' }],
  });
  client.notify('initialized', {});
  return initialized.capabilities;
}

function open(file: string, content = text(file)) {
  versions.set(file, 1);
  client!.notify('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'markdown', version: 1, text: content } });
}
function change(file: string, content: string) {
  const version = (versions.get(file) ?? 1) + 1;
  versions.set(file, version);
  client!.notify('textDocument/didChange', { textDocument: { uri: uri(file), version }, contentChanges: [{ text: content }] });
  return version;
}
const next = (file: string) => client!.diagnosticsFor(uri(file), client!.published(uri(file)));
const codes = (diagnostics: Array<{ code?: string }>) => diagnostics.map((diagnostic) => diagnostic.code);

/** Waits for a publication for `file`, after the first `count`, that `test` accepts; the number of publications up to it. */
async function publishedSuch(file: string, count: number, test: (diagnostics: Diagnostic[]) => boolean): Promise<number> {
  for (let index = count; ; index++) if (test(await client!.diagnosticsFor(uri(file), index))) return index + 1;
}

describe.each([
  ['VS Code', VSCODE, {}],
  ['Neovim', NEOVIM, null],
  ['Helix', HELIX, null],
])('the language server with %s', (name, capabilities, configurationAnswer) => {
  it('starts, publishes diagnostics for an opened page, never crashes, and exits cleanly', async () => {
    const served = await start(capabilities, configurationAnswer);
    expect(served.codeActionProvider).toEqual({ codeActionKinds: ['quickfix'] }); // no resolve it could not answer
    expect(served.documentFormattingProvider).toBeUndefined();
    const waiting = next(IMP02);
    open(IMP02);
    expect(codes(await waiting)).toContain('reference-exists');
    const watchers = client!.serverRequests.find((request) => request.method === 'client/registerCapability');
    if (name === 'Helix') expect(watchers).toBeUndefined();
    else expect(watchers?.params.registrations[0].method).toBe('workspace/didChangeWatchedFiles');
    await client!.close();
    expect(client!.exitCode).toBe(0);
    expect(client!.stderr).not.toMatch(/TypeError|at .*\(/);
    client = undefined;
  }, 60_000);
});

describe('the language server follows the configuration as it is edited', () => {
  const configFile = () => path.join(root, '.algoritmekader-lint.json');
  const configChanged = () => client!.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configFile()).href, type: 2 }] });

  /**
   * The first publication for `file` after a change that differs from `before`: a late copy of the check
   * before the change (a busy machine delivers one now and then) is passed over, anything else is it.
   */
  async function nextDifferent(file: string, change: () => void, before: Diagnostic[]): Promise<Diagnostic[]> {
    let index = client!.published(uri(file));
    change();
    for (;;) {
      const diagnostics = await client!.diagnosticsFor(uri(file), index++);
      if (JSON.stringify(diagnostics) !== JSON.stringify(before)) return diagnostics;
    }
  }

  it('a rule turned off, a broken configuration (said on the page, not a clean page), and the fix', async () => {
    await start(VSCODE, {});
    const waiting = next(IMP02);
    open(IMP02);
    const opened = await waiting;
    expect(codes(opened)).toContain('reference-exists');

    writeFileSync(configFile(), '{ "rules": { "reference-exists": "off" } }\n');
    const off = await nextDifferent(IMP02, configChanged, opened);
    expect(codes(off)).not.toContain('reference-exists');

    writeFileSync(configFile(), '{ "rules": { "reference-exists": "eror" } }\n');
    const broken = await nextDifferent(IMP02, configChanged, off);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ severity: 1, range: { start: { line: 0, character: 0 } } });
    expect(broken[0].message).toMatch(/\.algoritmekader-lint\.json:1:\d+: rules\.reference-exists: "eror" is geen ernst/);

    writeFileSync(configFile(), '{ "rules": { "reference-exists": "error" } }\n');
    expect(codes(await nextDifferent(IMP02, configChanged, broken))).toContain('reference-exists');
  }, 60_000);

  it('without file watching (Helix), the next check reads the changed configuration', async () => {
    await start(HELIX, null);
    const waiting = next(IMP02);
    open(IMP02);
    expect(codes(await waiting)).toContain('reference-exists');
    writeFileSync(path.join(root, '.algoritmekader-lint.yaml'), 'rules:\n  reference-exists: "off"\n');
    const version = change(IMP02, `${text(IMP02)}\n`);
    // The check of the changed text (a later publication of the opened text, on a busy machine, is not it).
    let index = 1;
    let published = await client!.diagnosticsFor(uri(IMP02), index);
    while ((client!.publications(uri(IMP02))[index].version ?? 0) < version) published = await client!.diagnosticsFor(uri(IMP02), ++index);
    expect(codes(published)).not.toContain('reference-exists');
  }, 60_000);
});

describe('the language server while an author types', () => {
  it('publishes a page with 80 broken links (a report over 16 KiB)', async () => {
    await start(NEOVIM, null);
    const page = `${M}/6-imp-09-veel-links.md`;
    const links = Array.from({ length: 80 }, (_, index) => `[link ${index}](bestaat-niet-${index}.md)`).join('\n\n');
    const waiting = next(page);
    open(page, `---\ntitle: Veel links\n---\n\n${links}\n`);
    const diagnostics = await waiting;
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'link-target')).toHaveLength(80);
  }, 60_000);

  it('over bursts of fast edits publishes in version order and ends on the newest text', async () => {
    await start(VSCODE, {});
    const good = text(IMP01);
    const bad = good.replace('## Toelichting', '## Toelichting\n\n[kapot](bestaat-niet.md)');
    open(IMP01);
    await client!.diagnosticsFor(uri(IMP01), 0);
    let last = 1;
    for (let burst = 0; burst < 5; burst++) {
      for (let key = 0; key < 12; key++) {
        last = change(IMP01, key % 2 ? bad : good);
        await new Promise((resolve) => setTimeout(resolve, 8));
      }
      last = change(IMP01, burst % 2 ? bad : good);
      // Wait for the publish of this burst's final version.
      const deadline = Date.now() + 15_000;
      while (!client!.publications(uri(IMP01)).some((publication) => publication.version === last) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const publications = client!.publications(uri(IMP01));
      const final = publications[publications.length - 1];
      expect(final.version).toBe(last);
      expect(codes(final.diagnostics).includes('link-target')).toBe(burst % 2 === 1);
    }
    const published = client!.publications(uri(IMP01)).map((publication) => publication.version ?? 0);
    expect(published).toEqual([...published].sort((a, b) => a - b));
  }, 90_000);

  it('re-checks an open page when a page it points at changes unsaved, and when that page is closed unsaved', async () => {
    await start(NEOVIM, null);
    let waiting = next(IMP01);
    open(IMP01);
    expect(codes(await waiting)).not.toContain('link-anchor');
    waiting = next(AIA01);
    open(AIA01);
    await waiting;
    // Rename the heading imp-01 links to (aia-01#toelichting), in the editor only: imp-01 is not touched.
    // (Opening aia-01 may itself re-check imp-01 once, with the same result: wait for the one that tells.)
    let seen = client!.published(uri(IMP01));
    change(AIA01, text(AIA01).replace('## Toelichting', '## Uitleg'));
    seen = await publishedSuch(IMP01, seen, (diagnostics) => codes(diagnostics).includes('link-anchor'));
    // Close aia-01 without saving: the disk text is back, and imp-01 is checked again.
    client!.notify('textDocument/didClose', { textDocument: { uri: uri(AIA01) } });
    await publishedSuch(IMP01, seen, (diagnostics) => !codes(diagnostics).includes('link-anchor'));
  }, 60_000);

  it('marks a fix preferred only when --fix would make it', async () => {
    await start(VSCODE, {});
    const page = `${M}/6-imp-09-fixes.md`;
    const waiting = next(page);
    // A misspelt link --fix repairs; an anchor in the wrong case gets a suggestion only (--fix leaves it).
    open(
      page,
      '---\ntitle: Fixes\n---\n\n[werkinstructie](6-imp-01-werkinstructie-gebruikers.md)\n\n[uitleg](../vereisten/aia-01-ai-geletterdheid.md#Toelichting)\n',
    );
    const diagnostics = (await waiting).filter((diagnostic) => diagnostic.data?.expected);
    const preferred = [];
    for (const diagnostic of diagnostics) {
      const actions = await client!.request<Array<{ isPreferred?: boolean }>>('textDocument/codeAction', {
        textDocument: { uri: uri(page) },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      preferred.push(actions.map((action) => action.isPreferred));
    }
    expect(preferred).toContainEqual([true]);
    expect(preferred).toContainEqual([false]);
  }, 60_000);

  it('offers each spelling suggestion and adding the word to the word list, none preferred', async () => {
    await start(VSCODE, {});
    const page = `${M}/6-imp-09-spelling.md`;
    const waiting = next(page);
    open(page, '---\ntitle: Spelling\n---\n\nDe organsatie en het Zwoebelregister.\n');
    const spelling = (await waiting).filter((diagnostic) => diagnostic.code === 'spelling');
    expect(spelling.map((diagnostic) => diagnostic.message)).toEqual([
      '`organsatie` staat niet in het woordenboek; bedoel je `organisatie`?',
      expect.stringContaining('`Zwoebelregister` staat niet in het woordenboek en niet in de woordenlijst'),
    ]);
    const actionsFor = (diagnostic: Diagnostic) =>
      client!.request<Array<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, Array<{ range: unknown; newText: string }>> } }>>(
        'textDocument/codeAction',
        { textDocument: { uri: uri(page) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } },
      );
    const typo = await actionsFor(spelling[0]);
    expect(typo.map((action) => action.title)).toEqual([
      'Vervang `organsatie` door `organisatie`',
      'Voeg `organsatie` toe aan de woordenlijst (`.algoritmekader-lint-words.txt`)',
    ]);
    expect(typo.some((action) => action.isPreferred)).toBe(false);
    const list = pathToFileURL(path.join(root, '.algoritmekader-lint-words.txt')).href;
    const lines = text('.algoritmekader-lint-words.txt').split('\n').length;
    expect(typo[1].edit.changes[list]).toEqual([
      { range: { start: { line: lines - 1, character: 0 }, end: { line: lines - 1, character: 0 } }, newText: 'organsatie\n' },
    ]);
    // A capital at the start only: the word in lower case (then both forms pass), or as written.
    const name = await actionsFor(spelling[1]);
    expect(name.map((action) => action.title)).toEqual([
      'Voeg `zwoebelregister` toe aan de woordenlijst (`.algoritmekader-lint-words.txt`)',
      'Voeg `Zwoebelregister` toe aan de woordenlijst (`.algoritmekader-lint-words.txt`)',
    ]);
  }, 60_000);

  it('says a value from the page on one line, its control characters visible', async () => {
    await start(VSCODE, {});
    const waiting = next(IMP01);
    open(IMP01, text(IMP01).replace('- aia-01-ai-geletterdheid', '- "aia-01\\nvals\\u001b[31m\\u202eptth"'));
    const [reference] = (await waiting).filter((diagnostic) => diagnostic.code === 'reference-exists');
    // A newline, an escape sequence, and a right-to-left override that would show "http" reversed.
    expect(reference.message).toContain('aia-01⏎vals\\x1b[31m\\u{202e}ptth');
    expect(['\n', '\u001b', '\u202e'].filter((character) => reference.message.includes(character))).toEqual([]);
  }, 60_000);

  it('leaves pages that are not content alone (templates outside docs/)', async () => {
    await start(VSCODE, {});
    mkdirSync(path.join(root, 'templates'), { recursive: true });
    writeFileSync(path.join(root, 'templates/template-maatregel.md'), '---\ntitle: <titel>\n---\n\n## Maatregel\n\n[voorbeeld](bestaat-niet.md)\n');
    const waiting = next('templates/template-maatregel.md');
    open('templates/template-maatregel.md');
    expect(await waiting).toEqual([]);
  }, 60_000);

  it('answers every request after shutdown with InvalidRequest, as the LSP specification says', async () => {
    await start(VSCODE, {});
    open(IMP01);
    expect(await client!.answer('shutdown', null)).toMatchObject({ result: null });
    const position = { textDocument: { uri: uri(IMP01) }, position: { line: 1, character: 3 } };
    const answers = [
      await client!.answer('textDocument/hover', position),
      await client!.answer('textDocument/completion', position),
      await client!.answer('textDocument/codeAction', {
        ...position,
        range: { start: position.position, end: position.position },
        context: { diagnostics: [] },
      }),
      await client!.answer('initialize', { processId: null, rootUri: null, capabilities: {} }),
      await client!.answer('algoritmekader/unknown', {}),
      await client!.answer('shutdown', null),
    ];
    expect(answers.map((answer) => answer.error?.code)).toEqual([-32600, -32600, -32600, -32600, -32600, -32600]);
  }, 60_000);

  it('a configuration linked to /proc/self/environ is refused on line 1, and no environment variable is shown', async () => {
    await start(VSCODE, {}, (folder) => symlinkSync('/proc/self/environ', path.join(folder, '.algoritmekader-lint.json')), { AK_GEHEIM: 'GEHEIME-WAARDE' });
    const waiting = next(IMP01);
    open(IMP01);
    const diagnostics = await waiting;
    expect(JSON.stringify(diagnostics)).not.toContain('GEHEIME-WAARDE');
    expect(diagnostics[0].message).toContain('.algoritmekader-lint.json is niet gelezen: een symbolische link die buiten de repository leidt');
  }, 60_000);
});
