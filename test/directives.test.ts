/**
 * Inline exceptions (`<!-- lint disable|enable|ignore … -->`), with
 * remark-message-control's semantics, honoured alike by the CLI, remark-cli
 * (unified-engine with a .remarkrc.json) and the language server; a disable
 * that silences nothing is reported.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { remark } from 'remark';
import { engine } from 'unified-engine';
import type { VFile } from 'vfile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lint } from '../src/run/engine.js';
import { LspClient } from './helpers/lsp-client.js';
import { copyOfSample, ROOT } from './helpers/rule-docs.js';

const IMP02 = 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-02-menselijke-tussenkomst.md';
let root: string;

beforeEach(() => {
  root = copyOfSample('directives');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const edit = (change: (text: string) => string) => {
  const file = path.join(root, IMP02);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
};

async function findings(...args: Parameters<typeof lint>) {
  const { files } = await lint({ cwd: root, paths: [IMP02], ...args[0] });
  return files[0].messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`);
}

describe('inline directives', () => {
  it('lint ignore silences the named rule in the next node only', async () => {
    edit((text) =>
      text.replace('!!! tip "Tip"', '<!-- lint ignore link-target -->\n!!! tip "Tip"').replace('## Bronnen', '## Bronnen\n[ook kapot](bestaat-niet.md)\n'),
    );
    const result = await findings();
    expect(result.filter((finding) => finding.endsWith('link-target'))).toEqual(['39:1 link-target']);
    expect(result).toContain('12:3 reference-exists');
  });

  it('lint disable … enable: off in between, for the named rules only', async () => {
    edit((text) =>
      text
        .replace('## Toelichting', '<!-- lint disable link-target required-sections -->\n\n## Toelichting')
        .replace('## Bronnen', '<!-- lint enable link-target -->\n\n## Bronnen\n[ook kapot](bestaat-niet.md)\n'),
    );
    const result = await findings();
    // The link in the admonition is silenced; the one after `enable` is not; required-sections stays off to the end.
    expect(result.filter((finding) => finding.endsWith('link-target'))).toEqual(['42:1 link-target']);
    expect(result.some((finding) => finding.endsWith('required-sections'))).toBe(false);
    expect(result).toContain('12:3 reference-exists');
  });

  it('lint disable without ids silences every rule after it, not the frontmatter before it', async () => {
    edit((text) => text.replace('<!-- tags -->', '<!-- tags -->\n<!-- lint disable -->'));
    expect(await findings()).toEqual(['12:3 reference-exists']);
  });

  it('a disable that silences nothing, or names no rule, is reported; not when the rule did not run', async () => {
    edit((text) => text.replace('## Maatregel', '<!-- lint disable urn-unique -->\n<!-- lint ignore reference-exist -->\n## Maatregel'));
    const all = await findings();
    expect(all).toContain('23:1 lint-directives'); // urn-unique silenced nothing
    expect(all).toContain('24:18 lint-directives'); // no such rule
    // With --rule link-target, a comment about urn-unique is not judged.
    expect(await findings({ only: ['link-target', 'lint-directives'] })).toEqual(['24:18 lint-directives', '32:30 link-target']);
  });

  it('remark-cli and the language server honour them exactly as the CLI does', async () => {
    edit((text) =>
      text
        .replace('!!! tip "Tip"', '<!-- lint ignore link-target -->\n!!! tip "Tip"')
        .replace('## Maatregel', '<!-- lint disable urn-unique -->\n## Maatregel'),
    );
    const viaCli = (await findings()).sort();
    expect(viaCli).not.toContain('31:30 link-target');

    mkdirSync(path.join(root, 'node_modules'));
    symlinkSync(ROOT, path.join(root, 'node_modules/algoritmekader-lint'), 'dir');
    writeFileSync(path.join(root, '.remarkrc.json'), JSON.stringify({ plugins: ['algoritmekader-lint'] }));
    const files = await new Promise<VFile[]>((resolve, reject) => {
      engine(
        {
          processor: remark,
          cwd: root,
          files: [IMP02],
          rcName: '.remarkrc',
          quiet: true,
          silent: true,
          streamError: new PassThrough(),
          streamOut: new PassThrough(),
        },
        (error, _code, context) => (error ? reject(error) : resolve(context?.files ?? [])),
      );
    });
    expect(files[0].messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`).sort()).toEqual(viaCli);

    const client = new LspClient(path.join(ROOT, 'bundle/language-server.mjs'), root);
    try {
      await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}, workspaceFolders: null });
      client.notify('initialized', {});
      const uri = pathToFileURL(path.join(root, IMP02)).href;
      const published = client.diagnosticsFor(uri, client.published(uri));
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(path.join(root, IMP02), 'utf8') } });
      const diagnostics = await published;
      expect(diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnostic.code}`).sort()).toEqual(
        viaCli,
      );
    } finally {
      await client.close();
    }
  }, 60_000);

  it('keeps an unchanged result in the cache and sees a directive change', async () => {
    const store = (await import('../src/run/cache.js')).memoryStore();
    const before = await findings({ cache: { store } });
    edit((text) => text.replace('!!! tip "Tip"', '<!-- lint ignore link-target -->\n!!! tip "Tip"'));
    const after = await findings({ cache: { store } });
    expect(before).toContain('30:30 link-target');
    expect(after.some((finding) => finding.endsWith('link-target'))).toBe(false);
  });
});
