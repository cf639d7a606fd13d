/**
 * The VS Code extension as the build packages it (dist/*.vsix): it starts in
 * a workspace with mkdocs.yml, carries its own language server, and that
 * server, run from the unpacked extension with VS Code's Node and no
 * node_modules, checks the sample repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

  it('carries what its server reads (the schemas), and not the CLI or the Action', () => {
    for (const kind of ['maatregel', 'vereiste', 'hulpmiddel']) expect(existsSync(path.join(unpacked, `extension/schemas/${kind}.schema.json`))).toBe(true);
    expect(existsSync(path.join(unpacked, 'extension/server/cli.mjs'))).toBe(false);
    expect(existsSync(path.join(unpacked, 'extension/server/action.mjs'))).toBe(false);
  });

  it('its server, unpacked into an empty folder, gives every page exactly the findings of the CLI', async () => {
    // Moved away from the project: nothing of this repository can be found upward from it.
    const alone = mkdtempSync(path.join(os.tmpdir(), 'ak-vsix-alone-'));
    cpSync(path.join(unpacked, 'extension'), path.join(alone, 'extension'), { recursive: true });
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'bundle/cli.mjs'), '--reporter', 'json'], { cwd: SAMPLE, encoding: 'utf8' });
    type Point = { line: number; column: number };
    type Finding = { ruleId: string; reason: string; line: number; column: number; place?: { start: Point; end: Point } };
    const report = JSON.parse(cli.stdout) as Array<{ path: string; messages: Finding[] }>;
    const withFindings = report.filter((file) => file.messages.length > 0);
    expect(withFindings.length).toBeGreaterThanOrEqual(5);
    const client = new LspClient(path.join(alone, 'extension/server/language-server.mjs'), SAMPLE);
    try {
      await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(SAMPLE).href, capabilities: {}, workspaceFolders: null });
      client.notify('initialized', {});
      for (const { path: page, messages } of withFindings) {
        const file = path.join(SAMPLE, page);
        const uri = pathToFileURL(file).href;
        const waiting = client.diagnosticsFor(uri, 0);
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } });
        const diagnostics = (await waiting) as Array<{
          code?: string;
          message: string;
          range: { start: { line: number; character: number }; end: { line: number; character: number } };
        }>;
        const fromServer = diagnostics.map((diagnostic) => ({
          rule: diagnostic.code,
          message: diagnostic.message,
          start: diagnostic.range.start,
          end: diagnostic.range.end,
        }));
        const fromCli = messages.map((message) => ({
          rule: message.ruleId,
          message: message.reason,
          start: { line: message.line - 1, character: message.column - 1 },
          end: message.place?.end
            ? { line: message.place.end.line - 1, character: message.place.end.column - 1 }
            : { line: message.line - 1, character: message.column - 1 },
        }));
        const key = (entry: { rule?: string; start: { line: number; character: number } }) => `${entry.start.line}:${entry.start.character}:${entry.rule}`;
        expect(
          [...fromServer].sort((a, b) => key(a).localeCompare(key(b))),
          page,
        ).toEqual([...fromCli].sort((a, b) => key(a).localeCompare(key(b))));
      }
    } finally {
      await client.close();
      rmSync(alone, { recursive: true, force: true });
    }
  }, 120_000);

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
