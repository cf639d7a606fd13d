/**
 * Authoring help on the real corpus, over stdio with VS Code's capabilities:
 * completion of references, labels, links and anchors; hover; go to
 * definition; find references; rename of a heading and of a page; document
 * links.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyCorpus, HAS_CORPUS } from './helpers/corpus.js';
import { LspClient } from './helpers/lsp-client.js';
import { NEOVIM, VSCODE } from './helpers/lsp-clients.js';
import { ROOT } from './helpers/rule-docs.js';

const ORG01 = 'docs/voldoen-aan-wetten-en-regels/maatregelen/0-org-01-benodigde-expertise-en-capaciteit.md';
const AIA01 = 'docs/voldoen-aan-wetten-en-regels/vereisten/aia-01-ai-geletterdheid.md';
const ONTWIKKELEN = 'docs/levenscyclus/ontwikkelen.md';
const ROBUUST = 'docs/onderwerpen/technische-robuustheid-en-veiligheid.md';

let corpus: ReturnType<typeof copyCorpus>;
let client: LspClient;
const uri = (file: string) => pathToFileURL(path.join(corpus.root, file)).href;
const text = (file: string) => readFileSync(path.join(corpus.root, file), 'utf8');
/** The 0-based line and the character just after `needle` (or at its start) on the first line holding it. */
function at(file: string, needle: string, after = true) {
  const lines = text(file).split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(needle));
  expect(line, needle).toBeGreaterThanOrEqual(0);
  return { line, character: lines[line].indexOf(needle) + (after ? needle.length : 1) };
}

describe.skipIf(!HAS_CORPUS).each([
  ['VS Code', VSCODE, {}],
  ['Neovim', NEOVIM, null],
])('with %s', (_name, capabilities, configurationAnswer) => {
  beforeAll(async () => {
    corpus = copyCorpus();
    client = new LspClient(path.join(ROOT, 'bundle/language-server.mjs'), corpus.root);
    client.configurationAnswer = configurationAnswer;
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(corpus.root).href,
      capabilities,
      workspaceFolders: [{ uri: pathToFileURL(corpus.root).href, name: 'Algoritmekader' }],
    });
    client.notify('initialized', {});
    for (const file of [ORG01, AIA01, ONTWIKKELEN, ROBUUST]) {
      const waiting = client.diagnosticsFor(uri(file), 0, 60_000);
      client.notify('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'markdown', version: 1, text: text(file) } });
      await waiting;
    }
  }, 120_000);

  afterAll(async () => {
    await client?.close();
    corpus?.cleanup();
  });

  const request = <T>(method: string, file: string, position: { line: number; character: number }, extra = {}) =>
    client.request<T>(method, { textDocument: { uri: uri(file) }, position, ...extra });

  describe('completion', () => {
    it('offers vereiste names with their titles under vereiste:', async () => {
      const position = at(ORG01, '- aia-0');
      const items = await request<Array<{ label: string; detail?: string }>>('textDocument/completion', ORG01, position);
      expect(items.find((item) => item.label === 'aia-01-ai-geletterdheid')?.detail).toBe('Personeel en gebruikers zijn voldoende AI-geletterd');
      expect(items.every((item) => !item.label.startsWith('0-org'))).toBe(true); // maatregelen are not vereisten
    });

    it('offers label values with their page titles', async () => {
      const position = at(AIA01, '- menselijke-controle');
      const items = await request<Array<{ label: string }>>('textDocument/completion', AIA01, position);
      expect(items.map((item) => item.label)).toEqual(expect.arrayContaining(['menselijke-controle', 'governance', 'transparantie']));
    });

    it('offers pages after ]( and their headings’ anchors after #', async () => {
      const pages = await request<Array<{ label: string }>>('textDocument/completion', ONTWIKKELEN, at(ONTWIKKELEN, '(../onderwerpen/'));
      expect(pages.map((item) => item.label)).toContain('../onderwerpen/technische-robuustheid-en-veiligheid.md');
      const anchors = await request<Array<{ label: string; detail: string }>>(
        'textDocument/completion',
        ONTWIKKELEN,
        at(ONTWIKKELEN, 'technische-robuustheid-en-veiligheid.md#'),
      );
      expect(anchors.find((item) => item.label.endsWith('#controleer-regelmatig'))?.detail).toBe('Controleer regelmatig');
    });
  });

  describe('hover, definition and document links', () => {
    it('a vereiste entry shows its title and toelichting, and leads to its file', async () => {
      const position = at(ORG01, '- aia-01-ai-geletterdheid');
      const hover = await request<{ contents: { value: string } }>('textDocument/hover', ORG01, position);
      expect(hover.contents.value).toContain('**Personeel en gebruikers zijn voldoende AI-geletterd**');
      expect(hover.contents.value).toContain('voldoende kennis hebben van AI');
      const definition = await request<{ uri: string }>('textDocument/definition', ORG01, position);
      expect(definition.uri).toBe(uri(AIA01));
      const links = await client.request<Array<{ target: string }>>('textDocument/documentLink', { textDocument: { uri: uri(ORG01) } });
      expect(links.map((link) => link.target)).toContain(uri(AIA01));
    });

    it('a link with an anchor leads to the heading', async () => {
      const definition = await request<{ uri: string; range: { start: { line: number } } }>(
        'textDocument/definition',
        ONTWIKKELEN,
        at(ONTWIKKELEN, '#controleer-regelmatig', false),
      );
      expect(definition.uri).toBe(uri(ROBUUST));
      expect(definition.range.start.line).toBe(at(ROBUUST, '## Controleer regelmatig').line);
    });
  });

  describe('references and rename', () => {
    it('finds the maatregelen that list a vereiste', async () => {
      const locations = await request<Array<{ uri: string }>>('textDocument/references', AIA01, { line: 1, character: 3 });
      const files = new Set(locations.map((location) => location.uri));
      expect(files).toContain(uri(ORG01));
      expect(files.size).toBeGreaterThan(5);
    });

    it('renaming a heading updates every #anchor that points at it', async () => {
      const edit = await request<{ changes: Record<string, Array<{ newText: string }>> }>(
        'textDocument/rename',
        ROBUUST,
        at(ROBUUST, '## Controleer regelmatig'),
        {
          newName: 'Controleer het algoritme regelmatig',
        },
      );
      expect(edit.changes[uri(ROBUUST)].map((change) => change.newText)).toEqual(['Controleer het algoritme regelmatig']);
      expect(edit.changes[uri(ONTWIKKELEN)].map((change) => change.newText)).toEqual(['controleer-het-algoritme-regelmatig']);
    });

    it('renaming a page from a vereiste entry renames the file and every reference and link', async () => {
      const edit = await request<{
        documentChanges: Array<{ kind?: string; newUri?: string; textDocument?: { uri: string }; edits?: Array<{ newText: string }> }>;
      }>('textDocument/rename', ORG01, at(ORG01, '- aia-01-ai-geletterdheid'), { newName: 'aia-01-ai-geletterdheid-personeel' });
      const renameFile = edit.documentChanges.find((change) => change.kind === 'rename');
      expect(renameFile?.newUri).toBe(uri('docs/voldoen-aan-wetten-en-regels/vereisten/aia-01-ai-geletterdheid-personeel.md'));
      const org01 = edit.documentChanges.find((change) => change.textDocument?.uri === uri(ORG01));
      expect(org01?.edits?.map((change) => change.newText)).toContain('aia-01-ai-geletterdheid-personeel');
      expect(edit.documentChanges.filter((change) => change.textDocument).length).toBeGreaterThan(5);
    });
  });
});
