/**
 * The VS Code extension as the build packages it (dist/*.vsix): it starts in
 * a workspace with mkdocs.yml, carries its own language server, and that
 * server, run from the unpacked extension with VS Code's Node and no
 * node_modules, checks the sample repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './helpers/lsp-client.js';
import { ROOT, SAMPLE } from './helpers/rule-docs.js';

const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const VSIX = path.join(ROOT, `dist/algoritmekader-lint-${version}.vsix`);
let unpacked: string;

beforeAll(() => {
  unpacked = mkdtempSync(path.join(os.tmpdir(), 'ak-vsix-'));
  execFileSync('unzip', ['-q', VSIX, '-d', unpacked]);
});
afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

describe('the VS Code extension', () => {
  it('activates for a workspace with mkdocs.yml and needs nothing in it', () => {
    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'extension/package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'algoritmekader-lint', publisher: 'minbzk', version, main: './dist/extension.cjs' });
    expect(manifest.activationEvents).toEqual(['workspaceContains:mkdocs.yml']);
    expect(existsSync(path.join(unpacked, 'extension/node_modules'))).toBe(false);
    // The extension code needs only VS Code itself and Node's own modules.
    const code = readFileSync(path.join(unpacked, 'extension/dist/extension.cjs'), 'utf8');
    const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]));
    expect([...required].filter((name) => name !== 'vscode' && !name.startsWith('node:') && !/^[a-z_]+$/.test(name))).toEqual([]);
    // The recommendation the content repository gets points at this extension.
    const { recommendations } = JSON.parse(readFileSync(path.join(ROOT, 'examples/algoritmekader/.vscode/extensions.json'), 'utf8'));
    expect(recommendations).toEqual([`${manifest.publisher}.${manifest.name}`]);
  });

  it('its server, run from the unpacked extension, checks the sample', async () => {
    const server = path.join(unpacked, 'extension/server/language-server.mjs');
    const client = new LspClient(server, SAMPLE);
    try {
      await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(SAMPLE).href, capabilities: {}, workspaceFolders: null });
      client.notify('initialized', {});
      const file = path.join(SAMPLE, 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-02-menselijke-tussenkomst.md');
      const uri = pathToFileURL(file).href;
      const waiting = client.diagnosticsFor(uri, 0);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } });
      expect((await waiting).map((diagnostic) => diagnostic.code)).toContain('reference-exists');
    } finally {
      await client.close();
    }
  }, 60_000);
});
