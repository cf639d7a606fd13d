/**
 * The same rules where authors work: remark-cli (through unified-engine, with
 * a `.remarkrc.json`), and the language server over stdio with real LSP
 * messages. Both must report what our CLI reports.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { remark } from 'remark';
import { engine } from 'unified-engine';
import type { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/run/engine.js';
import { type Diagnostic, LspClient } from './helpers/lsp-client.js';
import { copyOfSample, ROOT } from './helpers/rule-docs.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
const V = 'docs/voldoen-aan-wetten-en-regels/vereisten';
const IMP02 = `${M}/6-imp-02-menselijke-tussenkomst.md`;

/** A copy of the sample with this package installed in its node_modules, as `npm i -D algoritmekader-lint` would. */
function sampleWorkspace(withRemarkrc: boolean): string {
  const root = copyOfSample('editor');
  mkdirSync(path.join(root, 'node_modules'));
  symlinkSync(ROOT, path.join(root, 'node_modules/algoritmekader-lint'), 'dir');
  if (withRemarkrc) writeFileSync(path.join(root, '.remarkrc.json'), JSON.stringify({ plugins: ['algoritmekader-lint'] }));
  return root;
}

const key = (file: string, message: { line?: number; column?: number; ruleId?: string; reason: string }) =>
  `${file} ${message.line}:${message.column} ${message.ruleId} ${message.reason}`;

describe('remark-cli with .remarkrc.json', () => {
  it('reports exactly what our CLI reports, cross-file rules included', async () => {
    const root = sampleWorkspace(true);
    try {
      const files = await new Promise<VFile[]>((resolve, reject) => {
        engine(
          {
            processor: remark,
            cwd: root,
            files: ['docs'],
            extensions: ['md'],
            rcName: '.remarkrc',
            packageField: 'remarkConfig',
            ignoreName: '.remarkignore',
            pluginPrefix: 'remark',
            quiet: true,
            frail: true,
            silent: true,
            streamError: new PassThrough(),
            streamOut: new PassThrough(),
          },
          (error, _code, context) => (error ? reject(error) : resolve(context?.files ?? [])),
        );
      });
      const viaRemark = files.flatMap((file) => file.messages.map((message) => key(file.path, message))).sort();
      const { files: ours } = await lint({ cwd: root });
      const viaCli = ours.flatMap((file) => file.messages.map((message) => key(file.path, message))).sort();
      expect(viaRemark.length).toBe(12);
      expect(viaRemark).toEqual(viaCli);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('language server over stdio', () => {
  let root: string;
  let client: LspClient;
  const uri = (file: string) => pathToFileURL(path.join(root, file)).href;
  const versions = new Map<string, number>();

  const open = (file: string) => {
    versions.set(file, 1);
    client.notify('textDocument/didOpen', {
      textDocument: { uri: uri(file), languageId: 'markdown', version: 1, text: readFileSync(path.join(root, file), 'utf8') },
    });
  };
  const change = (file: string, text: string) => {
    const version = (versions.get(file) ?? 1) + 1;
    versions.set(file, version);
    client.notify('textDocument/didChange', { textDocument: { uri: uri(file), version }, contentChanges: [{ text }] });
  };
  const next = (file: string) => client.diagnosticsFor(uri(file), client.published(uri(file)));
  /**
   * The publications of `file` from now on, until one satisfies `found`. A
   * page whose check moved past another page's stalled check (a busy
   * machine) is published, then checked again when that check is done.
   */
  const nextUntil = (file: string, found: (diagnostics: Diagnostic[]) => boolean) => {
    const from = client.published(uri(file));
    return (async () => {
      for (let count = from; ; count++) {
        const diagnostics = await client.diagnosticsFor(uri(file), count);
        if (found(diagnostics)) return diagnostics;
      }
    })();
  };

  beforeAll(async () => {
    root = sampleWorkspace(false);
    client = new LspClient(path.join(ROOT, 'bundle/language-server.mjs'), root);
    const initialized = await client.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {},
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'sample' }],
    });
    expect(initialized.capabilities.codeActionProvider).toBeTruthy();
    client.notify('initialized', {});
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('works without configuration, with the same findings as the CLI', async () => {
    const waiting = next(IMP02);
    open(IMP02);
    const diagnostics = await waiting;
    const { files } = await lint({ cwd: root, paths: [IMP02] });
    const fromCli = files[0].messages.map((message) => `${(message.line ?? 1) - 1}:${(message.column ?? 1) - 1} ${message.ruleId} ${message.reason}`);
    const fromServer = diagnostics.map(
      (diagnostic) => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.code} ${diagnostic.message}`,
    );
    expect(fromServer).toEqual(fromCli);
    expect(diagnostics.every((diagnostic) => diagnostic.source === 'algoritmekader-lint')).toBe(true);
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'reference-exists')?.codeDescription?.href).toMatch(/reference-exists\.md$/);
  }, 60_000);

  it('offers a quick fix for a misspelt vereiste that repairs the page', async () => {
    const text = readFileSync(path.join(root, IMP02), 'utf8');
    const waiting = next(IMP02);
    change(IMP02, text);
    const diagnostic = (await waiting).find((candidate) => candidate.code === 'reference-exists')!;
    expect(diagnostic.range).toEqual({ start: { line: 11, character: 2 }, end: { line: 11, character: 45 } });
    const actions = await client.request<
      Array<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, Array<{ range: unknown; newText: string }>> } }>
    >('textDocument/codeAction', {
      textDocument: { uri: uri(IMP02) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    // In the repository's language; preferred (applied by "fix all") because --fix makes the same fix.
    expect(actions.map((action) => action.title)).toEqual([
      'Vervang `avg-01-persoonsgegevens-rechtmatig-verwerkn` door `avg-01-persoonsgegevens-rechtmatig-verwerken`',
    ]);
    expect(actions[0].isPreferred).toBe(true);
    const [edit] = actions[0].edit.changes[uri(IMP02)];
    const lines = text.split('\n');
    lines[11] = `${lines[11].slice(0, 2)}${edit.newText}`;
    const fixed = change;
    const after = next(IMP02);
    fixed(IMP02, lines.join('\n'));
    expect((await after).map((candidate) => candidate.code)).not.toContain('reference-exists');
  }, 60_000);

  it('sees unsaved edits of another open page (cross-file)', async () => {
    const imp01 = `${M}/6-imp-01-werkinstructies-gebruikers.md`;
    const aia01 = `${V}/aia-01-ai-geletterdheid.md`;
    let waiting = next(imp01);
    open(imp01);
    expect((await waiting).map((diagnostic) => diagnostic.code)).not.toContain('link-anchor');
    // Rename the heading imp-01 links to, in the editor only.
    waiting = next(aia01);
    open(aia01);
    await waiting;
    waiting = next(aia01);
    change(aia01, readFileSync(path.join(root, aia01), 'utf8').replace('## Toelichting', '## Uitleg'));
    await waiting;
    const anchor = (diagnostics: Diagnostic[]) => diagnostics.find((diagnostic) => diagnostic.code === 'link-anchor');
    const until = nextUntil(imp01, (diagnostics) => anchor(diagnostics) !== undefined);
    change(imp01, readFileSync(path.join(root, imp01), 'utf8'));
    expect(anchor(await until)?.message).toContain('`#toelichting` bestaat niet op `voldoen-aan-wetten-en-regels/vereisten/aia-01-ai-geletterdheid.md`');
  }, 60_000);

  it('re-checks open pages when a page they point at is renamed on disk', async () => {
    const pba01 = `${M}/1-pba-01-formuleren-probleemdefinitie.md`;
    let waiting = next(pba01);
    open(pba01);
    expect((await waiting).map((diagnostic) => diagnostic.code)).not.toContain('reference-exists');
    renameSync(path.join(root, `${V}/avg-01-persoonsgegevens-rechtmatig-verwerken.md`), path.join(root, `${V}/avg-01-rechtmatig-verwerken.md`));
    waiting = next(pba01);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(`${V}/avg-01-rechtmatig-verwerken.md`), type: 1 }] });
    const diagnostics = await waiting;
    const reference = diagnostics.find((diagnostic) => diagnostic.code === 'reference-exists');
    expect(reference?.data?.expected).toEqual(['avg-01-rechtmatig-verwerken']);
  }, 60_000);

  it('never rewrites a page with "Format document"', async () => {
    const edits = await client.request<unknown[] | null>('textDocument/formatting', {
      textDocument: { uri: uri(IMP02) },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits ?? []).toEqual([]);
  }, 60_000);
});

describe('remark-cli run from another folder', () => {
  it('follows the configuration of the repository that holds each file, not of the folder it runs in', () => {
    const root = sampleWorkspace(true);
    writeFileSync(path.join(root, '.algoritmekader-lint.json'), JSON.stringify({ lang: 'en', rules: { 'sources-code-quoted': 'off' } }));
    try {
      const run = (cwd: string, target: string) =>
        spawnSync(process.execPath, [path.join(ROOT, 'node_modules/remark-cli/cli.js'), target, '--quiet', '--no-color', '--no-stdout'], {
          cwd,
          encoding: 'utf8',
        }).stderr;
      const fromParent = run(path.dirname(root), path.join(path.basename(root), 'docs'));
      const fromRoot = run(root, 'docs');
      // The sample plants an unquoted ARK code: reported unless the repository turns the rule off.
      expect(fromParent).not.toContain('sources-code-quoted');
      expect(fromParent).toContain('is not an existing'); // English, as configured
      expect(fromParent).not.toContain('is geen bestaande');
      expect(fromParent.replaceAll(`${path.basename(root)}/`, '')).toBe(fromRoot);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('language server and repository code', () => {
  /** A sample workspace whose configuration files and node_modules would leave a marker file if run. */
  function hostileWorkspace() {
    const root = copyOfSample('hostile');
    const marker = (name: string) => `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(path.join(root, `ran-${name}`))}, '');`;
    writeFileSync(path.join(root, '.remarkrc.mjs'), `${marker('remarkrc')}\nexport default { plugins: [] };\n`);
    writeFileSync(path.join(root, 'evil.mjs'), `${marker('package-plugin')}\nexport default function () {}\n`);
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'inhoud', type: 'module', remarkConfig: { plugins: ['./evil.mjs'] } }));
    mkdirSync(path.join(root, 'node_modules/remark'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules/remark/package.json'), JSON.stringify({ name: 'remark', type: 'module', exports: './index.js' }));
    writeFileSync(
      path.join(root, 'node_modules/remark/index.js'),
      `${marker('node-modules')}\nexport { remark } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'node_modules/remark/index.js')).href)};\n`,
    );
    return root;
  }

  async function openOnePage(root: string, args: string[]) {
    const client = new LspClient(path.join(ROOT, 'bundle/language-server.mjs'), root, args);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'inhoud' }],
    });
    client.notify('initialized', {});
    const uri = pathToFileURL(path.join(root, IMP02)).href;
    const waiting = client.diagnosticsFor(uri, 0);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(path.join(root, IMP02), 'utf8') } });
    const diagnostics = await waiting;
    await client.close();
    return {
      diagnostics,
      ran: readdirSync(root)
        .filter((name) => name.startsWith('ran-'))
        .sort(),
    };
  }

  it('runs none of it by default, and still checks the page', async () => {
    const root = hostileWorkspace();
    try {
      const { diagnostics, ran } = await openOnePage(root, []);
      expect(ran).toEqual([]);
      expect(diagnostics.some((diagnostic) => diagnostic.source === 'algoritmekader-lint')).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('reads remark configuration files only when the user allows repository code', async () => {
    const root = hostileWorkspace();
    try {
      const { ran } = await openOnePage(root, ['--allow-repository-code']);
      expect(ran).toContain('ran-remarkrc');
      expect(ran).not.toContain('ran-node-modules'); // our own remark, always
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

/** The sample with a page that keeps a worker busy for `slowMs` (a stand-in for a shape no parse budget knows), and a server on it. */
async function serverWithSlowPage(env: Record<string, string>, openFirst = true) {
  const root = sampleWorkspace(false);
  const slow = `${M}/6-imp-09-traag.md`;
  writeFileSync(path.join(root, slow), readFileSync(path.join(root, IMP02), 'utf8').replace('## Maatregel', '<!-- slow -->\n\n## Maatregel'));
  const client = new LspClient(path.join(ROOT, 'bundle/language-server.mjs'), root, [], env);
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'sample' }],
  });
  client.notify('initialized', {});
  const uri = (file: string) => pathToFileURL(path.join(root, file)).href;
  const text = (file: string) => readFileSync(path.join(root, file), 'utf8');
  const open = (file: string) =>
    client.notify('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'markdown', version: 1, text: text(file) } });
  const edit = (file: string, version: number, content: string) =>
    client.notify('textDocument/didChange', { textDocument: { uri: uri(file), version }, contentChanges: [{ text: content }] });
  if (openFirst) {
    // The author has a page open and checked.
    const first = client.diagnosticsFor(uri(IMP02), 0);
    open(IMP02);
    await first;
  }
  return { root, client, slow, uri, text, open, edit };
}

describe('a page that takes too long to check', () => {
  it('is abandoned with a message, and the server goes on checking other pages', async () => {
    // Keeps the worker busy for 3 s, over the 200 ms limit set here.
    const env = { ALGORITMEKADER_LINT_CHECK_TIMEOUT_MS: '200', ALGORITMEKADER_LINT_TEST_SLOW_MS: '3000' };
    const { root, client, slow, uri, open } = await serverWithSlowPage(env, false);
    try {
      const slowDiagnostics = client.diagnosticsFor(uri(slow), 0);
      open(slow);
      expect((await slowDiagnostics).map((diagnostic) => diagnostic.message)).toEqual([expect.stringContaining('kon niet binnen 0.2 s worden gecontroleerd')]);
      // The next page still gets its findings, from a new worker.
      const waiting = client.diagnosticsFor(uri(IMP02), 0);
      open(IMP02);
      const diagnostics = await waiting;
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(diagnostics.every((diagnostic) => diagnostic.source === 'algoritmekader-lint')).toBe(true);
    } finally {
      await client.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('one hostile page open in the editor', () => {
  it('does not hold up another page: its check moves to the second worker', async () => {
    // Busy 3 s: twenty times the stall limit, and long enough for the warm spare to answer the other page first on a busy machine.
    const { root, client, slow, uri, text, open, edit } = await serverWithSlowPage({ ALGORITMEKADER_LINT_TEST_SLOW_MS: '3000' });
    try {
      const order: string[] = [];
      const arrived = (name: string) => (diagnostics: Awaited<ReturnType<typeof client.diagnosticsFor>>) => {
        order.push(name);
        return diagnostics;
      };
      const slowFirst = client.diagnosticsFor(uri(slow), 0, 30_000).then(arrived('slow'));
      const otherNext = client.diagnosticsFor(uri(IMP02), 1).then(arrived('other'));
      open(slow);
      await new Promise((resolve) => setTimeout(resolve, 100));
      edit(IMP02, 2, `${text(IMP02)}\nNog een zin.\n`);
      expect((await otherNext).map((diagnostic) => diagnostic.code)).toContain('reference-exists');
      // The slow page is still checked, in full, on the worker it started on.
      expect((await slowFirst).map((diagnostic) => diagnostic.code)).toContain('reference-exists');
      expect(order).toEqual(['other', 'slow']);
    } finally {
      await client.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('that ran out of time is not checked again on every keystroke, only when saved', async () => {
    // A limit a fresh worker's first check keeps on a busy two-core machine; the slow page is well over it.
    const env = { ALGORITMEKADER_LINT_TEST_SLOW_MS: '8000', ALGORITMEKADER_LINT_CHECK_TIMEOUT_MS: '4000' };
    const { root, client, slow, uri, text, open, edit } = await serverWithSlowPage(env);
    try {
      const timedOut = client.diagnosticsFor(uri(slow), 0);
      open(slow);
      expect((await timedOut)[0].message).toMatch(/kon niet binnen 4 s worden gecontroleerd.*opnieuw gecontroleerd als je haar opslaat/);
      // A keystroke: answered without another check, which would run out of time again (and take the whole limit).
      const started = Date.now();
      const next = client.diagnosticsFor(uri(slow), 1);
      edit(slow, 2, `${text(slow)}x`);
      expect((await next)[0].message).toMatch(/kon niet binnen/);
      expect(Date.now() - started).toBeLessThan(4000);
      // Saved without the slow part: checked again, on a worker of its own, with its findings.
      writeFileSync(path.join(root, slow), text(slow).replace('<!-- slow -->', ''));
      const typed = client.diagnosticsFor(uri(slow), 2);
      edit(slow, 3, text(slow));
      expect((await typed)[0].message).toMatch(/kon niet binnen/);
      const checked = client.diagnosticsFor(uri(slow), 3);
      client.notify('textDocument/didSave', { textDocument: { uri: uri(slow) } });
      const after = await checked;
      expect(after.map((diagnostic) => diagnostic.code)).toContain('reference-exists');
    } finally {
      await client.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
