/**
 * Bulk suppressions for adoption (ESLint 9.24's model): write them, lint,
 * fix one, see the stale entry, prune, and the same result from the CLI and
 * remark-cli; a pull request cannot raise a count to hide its own finding;
 * the editor shows suppressed findings as information.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { gitCopy } from './helpers/git-repo.js';
import { LspClient } from './helpers/lsp-client.js';
import { VSCODE } from './helpers/lsp-clients.js';
import { copyOfSample, ROOT, SAMPLE } from './helpers/rule-docs.js';
import { runCli } from './helpers/run-cli.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
const MON01 = `${M}/7-mon-01-monitoren-werking.md`;
const IMP02 = `${M}/6-imp-02-menselijke-tussenkomst.md`;
const FILE = '.algoritmekader-lint-suppressions.json';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const { status, report, stderr, stdout } = await runCli(root, ['--lang', 'en', '--reporter', 'json', ...args]);
  const findings = report.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.ruleId}`));
  return { status, findings, stderr, stdout };
}

/** remark-cli with the preset, as `npx remark docs` in the repository: its findings as `file:line:column rule`. */
function remarkCli(): string[] {
  mkdirSync(path.join(root, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, path.join(root, 'node_modules/algoritmekader-lint'), 'dir');
  symlinkSync(path.join(ROOT, 'node_modules/vfile-reporter-json'), path.join(root, 'node_modules/vfile-reporter-json'), 'dir');
  writeFileSync(path.join(root, '.remarkrc.json'), JSON.stringify({ plugins: ['algoritmekader-lint'] }));
  try {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/remark-cli/cli.js'), 'docs', '--quiet', '--no-color', '--no-stdout', '--report', 'json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(run.stderr) as Array<{ path: string; messages: Array<{ line: number; column: number; ruleId: string }> }>;
    return report.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.ruleId}`));
  } finally {
    rmSync(path.join(root, 'node_modules'), { recursive: true, force: true });
    rmSync(path.join(root, '.remarkrc.json'));
  }
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(path.join(root, file), change(readFileSync(path.join(root, file), 'utf8')));

describe('bulk suppressions', () => {
  it('write, lint, fix one, stale entry, prune; the same from the CLI and remark-cli', async () => {
    root = copyOfSample('suppress');
    const before = await cli();
    expect(before.status).toBe(1);
    expect(before.findings).toHaveLength(12);

    const written = await cli('--suppress-all');
    expect(written.status).toBe(0);
    expect(written.findings).toEqual([]);
    expect(written.stderr).toMatch(/recorded every finding of this run in \.algoritmekader-lint-suppressions\.json/);
    const counts = JSON.parse(readFileSync(path.join(root, FILE), 'utf8'));
    expect(counts[MON01]).toEqual({ 'frontmatter-schema': { count: 1 }, 'sources-code-quoted': { count: 1 } });

    // Lint: nothing left, from both.
    const clean = await cli();
    expect(clean).toMatchObject({ status: 0, findings: [] });
    expect(remarkCli()).toEqual([]);

    // A second finding of a suppressed rule on the same page: the count is exceeded, so all of that rule show.
    edit(MON01, (text) => text.replace('ARK: 3.10', 'ARK: [3.10, 3.20]'));
    const more = await cli();
    expect(more.status).toBe(1);
    expect(more.findings.filter((finding) => finding.endsWith('sources-code-quoted'))).toHaveLength(2);
    expect(remarkCli().sort()).toEqual(more.findings.sort());
    edit(MON01, (text) => text.replace('ARK: [3.10, 3.20]', 'ARK: 3.10'));

    // Fix one: its entry is stale, an error at the entry in the suppressions file, until pruned.
    edit(MON01, (text) => text.replace('ARK: 3.10', "ARK: '3.10'"));
    const stale = await cli();
    expect(stale.status).toBe(1);
    const text = readFileSync(path.join(root, FILE), 'utf8');
    const line = text.split('\n').findIndex((row) => row.includes('"sources-code-quoted"')) + 1;
    expect(stale.findings).toEqual([`${FILE}:${line}:5 suppressions`]);
    expect(stale.stdout).toMatch(/only 0 remain.*--prune-suppressions/);

    const pruned = await cli('--prune-suppressions');
    expect(pruned.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(root, FILE), 'utf8'))[MON01]).toEqual({ 'frontmatter-schema': { count: 1 } });
    expect(await cli()).toMatchObject({ status: 0, findings: [] });
  });

  it('a broken suppressions file is a configuration error at file:line:column', async () => {
    root = copyOfSample('suppress-broken');
    writeFileSync(path.join(root, FILE), '{\n  "docs/x.md": {\n    "link-target": { "count": 2 },\n  }\n}\n');
    const broken = await cli();
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/suppressions file \.algoritmekader-lint-suppressions\.json:4:3 cannot be used/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('a pull request cannot raise a count to hide its own finding', async () => {
    const repo = gitCopy(SAMPLE);
    root = repo.root;
    await cli('--suppress-all');
    repo.git('add', '-A');
    repo.git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-q', '-m', 'suppressions');
    const base = repo.git('rev-parse', 'HEAD').trim();
    // The pull request adds a reference typo to 6-imp-02 and a count for it.
    edit(IMP02, (text) => text.replace('vereiste:\n', 'vereiste:\n- aia-01-ai-geletterdhied\n'));
    const counts = JSON.parse(readFileSync(path.join(root, FILE), 'utf8'));
    counts[IMP02]['reference-exists'].count = 2;
    writeFileSync(path.join(root, FILE), JSON.stringify(counts, null, 2));
    const run = await cli('--changed-since', base);
    expect(run.status).toBe(1);
    // Its own typo (line 12) is reported; the old one, now on line 13, was there before.
    expect(run.findings.filter((finding) => finding.startsWith(IMP02))).toEqual([`${IMP02}:12:3 reference-exists`]);
  });
});

describe('suppressions in the editor', () => {
  it('shows a suppressed finding as information with a note, and an unsuppressed one as before', async () => {
    root = copyOfSample('suppress-lsp');
    writeFileSync(path.join(root, FILE), JSON.stringify({ [IMP02]: { 'reference-exists': { count: 1 } } }));
    const client = new LspClient(path.join(ROOT, 'bundle/language-server.mjs'), root);
    client.configurationAnswer = {};
    try {
      await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: VSCODE, workspaceFolders: null });
      client.notify('initialized', {});
      const uri = pathToFileURL(path.join(root, IMP02)).href;
      const waiting = client.diagnosticsFor(uri, client.published(uri));
      client.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(path.join(root, IMP02), 'utf8') },
      });
      const diagnostics = (await waiting) as Array<{ code?: string; severity: number; message: string }>;
      const reference = diagnostics.find((diagnostic) => diagnostic.code === 'reference-exists')!;
      expect(reference.severity).toBe(3);
      expect(reference.message).toMatch(/onderdrukt in \.algoritmekader-lint-suppressions\.json/);
      expect(diagnostics.find((diagnostic) => diagnostic.code === 'link-target')?.severity).toBe(1);
    } finally {
      await client.close();
    }
  }, 60_000);
});
