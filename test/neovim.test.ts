/**
 * A real editor: Neovim's built-in LSP client, headless, against the bundled
 * language server (the GitHub workflow's `neovim` job installs it; locally it
 * runs when `nvim` is on the PATH). Diagnostics, hover and completion, as an
 * author gets them.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfSample, ROOT } from './helpers/rule-docs.js';

const hasNeovim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
// The workflow job that installs Neovim must never pass by skipping.
if (!hasNeovim && process.env.AK_REQUIRE_NEOVIM) throw new Error('nvim is not on the PATH, and AK_REQUIRE_NEOVIM is set');
const IMP02 = 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-02-menselijke-tussenkomst.md';

describe.skipIf(!hasNeovim)('Neovim, headless, with our language server', () => {
  const root = copyOfSample('neovim');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('shows the page’s diagnostics, hovers a vereiste, and completes one being typed', () => {
    const out = path.join(root, 'neovim-result.json');
    const neovim = spawnSync('nvim', ['--headless', '--clean', '-u', path.join(ROOT, 'test/neovim/drive.lua')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 100_000,
      env: { ...process.env, AK_OUT: out, AK_SERVER: path.join(ROOT, 'bundle/language-server.mjs'), AK_ROOT: root, AK_PAGE: path.join(root, IMP02) },
    });
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      version: string;
      problem?: string;
      diagnostics: Array<{ code?: string; message: string }>;
      shown: number;
      hover?: { contents: { value: string } };
      completion?: Array<{ label: string }>;
    };
    expect(result.problem, neovim.stderr).toBeUndefined();
    // The sample's planted defects on this page, as the CLI reports them, shown by Neovim itself.
    expect(result.diagnostics.map((diagnostic) => diagnostic.code).sort()).toEqual(['link-target', 'reference-exists', 'required-sections']);
    expect(result.shown).toBe(result.diagnostics.length);
    expect(result.hover?.contents.value).toContain('**Personeel en gebruikers zijn voldoende AI-geletterd**');
    expect(result.completion?.map((item) => item.label)).toContain('aia-01-ai-geletterdheid');
  }, 120_000);
});
