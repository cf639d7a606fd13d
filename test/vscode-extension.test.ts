/**
 * The VS Code extension as the build packages it (dist/*.vsix): it starts in
 * a workspace with mkdocs.yml, carries its own language server, and that
 * server, run from the unpacked extension with VS Code's Node and no
 * node_modules, checks the sample repository.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Finding, type Report, cliReport as reportOf } from './helpers/cli-report.js';
import { CORPUS, HAS_CORPUS } from './helpers/corpus.js';
import { type Diagnostic, LspClient } from './helpers/lsp-client.js';
import { ROOT, SAMPLE } from './helpers/rule-docs.js';

const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const VSIX = path.join(ROOT, `dist/algoritmekader-lint-${version}.vsix`);
let unpacked: string;

beforeAll(() => {
  unpacked = mkdtempSync(path.join(os.tmpdir(), 'ak-vsix-'));
  execFileSync('unzip', ['-q', VSIX, '-d', unpacked]);
});
afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

/** The CLI's JSON report of a repository (the sample unless said), with findings on at least five pages. */
function cliReport(root = SAMPLE): Report {
  const report = reportOf(root);
  expect(report.filter((file) => file.messages.length > 0).length).toBeGreaterThanOrEqual(5);
  return report;
}

/** Findings as rule, message and range, sorted: what the CLI and the server must agree on. */
function comparable(findings: Array<Finding | Diagnostic>) {
  const entries = findings.map((finding) => {
    if ('range' in finding) return { rule: finding.code, message: finding.message, start: finding.range.start, end: finding.range.end };
    const start = { line: finding.line - 1, character: finding.column - 1 };
    const end = finding.place?.end ? { line: finding.place.end.line - 1, character: finding.place.end.column - 1 } : start;
    return { rule: finding.ruleId, message: finding.reason, start, end };
  });
  const key = (entry: (typeof entries)[number]) => `${entry.start.line}:${entry.start.character}:${entry.rule}`;
  return entries.sort((a, b) => key(a).localeCompare(key(b)));
}

/** The unpacked extension's server, moved into an empty folder (nothing of this project upward from it), initialized on a repository. */
async function unpackedServer(repository = SAMPLE) {
  const alone = mkdtempSync(path.join(os.tmpdir(), 'ak-vsix-alone-'));
  cpSync(path.join(unpacked, 'extension'), path.join(alone, 'extension'), { recursive: true });
  const client = new LspClient(path.join(alone, 'extension/server/language-server.mjs'), repository);
  const root = pathToFileURL(repository).href;
  const { capabilities } = (await client.request('initialize', {
    processId: process.pid,
    rootUri: root,
    capabilities: {},
    workspaceFolders: [{ uri: root, name: 'sample' }],
  })) as { capabilities: { executeCommandProvider?: { commands: string[] } } };
  client.notify('initialized', {});
  return { client, alone, capabilities };
}

describe('the VS Code extension', () => {
  it('activates for a workspace with mkdocs.yml and needs nothing in it', () => {
    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'extension/package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'algoritmekader-lint', publisher: 'minbzk', version, main: './dist/extension.cjs' });
    // VS Code for the Web checks workspaceContains before a virtual file system is there: there the extension wakes
    // after startup or for a Markdown page, and starts only beside mkdocs.yml.
    expect(manifest.activationEvents).toEqual(['workspaceContains:mkdocs.yml', 'onLanguage:markdown', 'onStartupFinished']);
    expect(existsSync(path.join(unpacked, 'extension/node_modules'))).toBe(false);
    // The extension code needs only VS Code itself and Node's own modules.
    const code = readFileSync(path.join(unpacked, 'extension/dist/extension.cjs'), 'utf8');
    const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]));
    expect([...required].filter((name) => name !== 'vscode' && !name.startsWith('node:') && !/^[a-z_]+$/.test(name))).toEqual([]);
    // The recommendation the content repository gets points at this extension.
    const { recommendations } = JSON.parse(readFileSync(path.join(ROOT, 'examples/algoritmekader/.vscode/extensions.json'), 'utf8'));
    expect(recommendations).toEqual([`${manifest.publisher}.${manifest.name}`]);
  });

  it('has a browser entry for VS Code for the Web, whose server bundle is minified and loads no Node built-in', () => {
    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'extension/package.json'), 'utf8'));
    expect(manifest.browser).toBe('./dist/web-extension.js');
    expect(manifest.capabilities.virtualWorkspaces).toMatchObject({ supported: 'limited' });
    for (const file of ['dist/web-extension.js', 'dist/web-server.js']) {
      const code = readFileSync(path.join(unpacked, 'extension', file), 'utf8');
      expect(code.match(/\b(?:require\(|from\s*|import\()\s*["'](node:[a-z_/]+|fs|path|child_process|worker_threads)["']/g), file).toBeNull();
    }
    const server = readFileSync(path.join(unpacked, 'extension/dist/web-server.js'), 'utf8');
    expect(server.split('\n').length).toBeLessThan(5_000);
    expect(server.length).toBeLessThan(2_000_000);
  });

  it('carries what its server reads (the schemas), and not the CLI or the Action', () => {
    for (const kind of ['maatregel', 'vereiste', 'hulpmiddel']) expect(existsSync(path.join(unpacked, `extension/schemas/${kind}.schema.json`))).toBe(true);
    expect(existsSync(path.join(unpacked, 'extension/server/cli.mjs'))).toBe(false);
    expect(existsSync(path.join(unpacked, 'extension/server/action.mjs'))).toBe(false);
  });

  it('its server, unpacked into an empty folder, gives every page exactly the findings of the CLI', async () => {
    const { client, alone } = await unpackedServer();
    try {
      const report = cliReport();
      for (const { path: page, messages } of report.filter((file) => file.messages.length > 0)) {
        const file = path.join(SAMPLE, page);
        const uri = pathToFileURL(file).href;
        const waiting = client.diagnosticsFor(uri, 0);
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } });
        expect(comparable(await waiting), page).toEqual(comparable(messages));
      }
    } finally {
      await client.close();
      rmSync(alone, { recursive: true, force: true });
    }
  }, 120_000);

  it('its "check every page" command puts each page\'s findings, as the CLI gives them, in the problems list', async () => {
    const { client, alone, capabilities } = await unpackedServer();
    try {
      expect(capabilities.executeCommandProvider?.commands).toEqual(['algoritmekader-lint.checkRepository']);
      const report = cliReport();
      const totals = (await client.request('workspace/executeCommand', { command: 'algoritmekader-lint.checkRepository', arguments: [] })) as {
        pages: number;
        errors: number;
      };
      expect(totals.pages).toBe(report.length);
      expect(totals.errors).toBe(report.flatMap((file) => file.messages).filter((message) => message.fatal).length);
      for (const { path: page, messages } of report) {
        const uri = pathToFileURL(path.join(SAMPLE, page)).href;
        expect(comparable(await client.diagnosticsFor(uri, 0)), page).toEqual(comparable(messages));
      }
      // The client is told, in the repository's language.
      expect(client.shownMessages.at(-1)).toMatch(/^Algoritmekader-lint: \d+ pagina’s gecontroleerd, \d+ fouten/);
    } finally {
      await client.close();
      rmSync(alone, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(!HAS_CORPUS)(
    'on the real corpus, its "check every page" gives every page the CLI\'s findings',
    async () => {
      const { client, alone } = await unpackedServer(CORPUS);
      try {
        const report = cliReport(CORPUS);
        await client.request('workspace/executeCommand', { command: 'algoritmekader-lint.checkRepository', arguments: [] });
        for (const { path: page, messages } of report) {
          const uri = pathToFileURL(path.join(CORPUS, page)).href;
          expect(comparable(await client.diagnosticsFor(uri, 0)), page).toEqual(comparable(messages));
        }
        // No page got a line-1 error of its own (a schema the package lacks, a configuration it cannot read).
        expect(client.stderr).not.toMatch(/ENOENT/);
      } finally {
        await client.close();
        rmSync(alone, { recursive: true, force: true });
      }
    },
    120_000,
  );

  it('contributes commands that something registers, an icon, and runs in Restricted Mode without repository code', async () => {
    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'extension/package.json'), 'utf8'));
    const code = readFileSync(path.join(unpacked, 'extension/dist/extension.cjs'), 'utf8');
    const { client, alone, capabilities } = await unpackedServer();
    await client.close();
    rmSync(alone, { recursive: true, force: true });
    // The language client registers the server's own commands; the extension registers the others.
    const fromServer: string[] = capabilities.executeCommandProvider?.commands ?? [];
    const fromExtension = [...code.matchAll(/registerCommand\)?\(\s*"([^"]+)"/g)].map((match) => match[1]);
    const contributed = (manifest.contributes.commands as Array<{ command: string; title: string }>).map((entry) => entry.command);
    expect(contributed.length).toBeGreaterThanOrEqual(3);
    for (const command of contributed) expect([...fromServer, ...fromExtension], command).toContain(command);
    // Registered twice (by the extension and by the client from the server), VS Code would refuse to activate.
    expect(fromExtension.filter((command) => fromServer.includes(command))).toEqual([]);
    // Restricted Mode: supported, without the one setting that runs repository code.
    const setting = Object.keys(manifest.contributes.configuration.properties);
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({ supported: 'limited', restrictedConfigurations: setting });
    expect(code).toContain('isTrusted');
    // The icon is a 128×128 PNG in the package (the Marketplace's minimum).
    const icon = readFileSync(path.join(unpacked, 'extension', manifest.icon));
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([128, 128]);
    expect(existsSync(path.join(unpacked, 'extension/changelog.md'))).toBe(true);
  }, 60_000);

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
