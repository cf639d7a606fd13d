/**
 * A real editor: Neovim's built-in LSP client, headless, against the bundled
 * language server (the GitHub workflow's `neovim` job installs it; locally it
 * runs when `nvim` is on the PATH). Diagnostics, hover and completion, as an
 * author gets them.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfSample, ROOT } from './helpers/rule-docs.js';

const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNeovim = version.status === 0;
const [major, minor] = (/NVIM v(\d+)\.(\d+)/.exec(version.stdout ?? '') ?? []).slice(1).map(Number);
/** docs/editor.md's Neovim configuration for this Neovim: the block after `<!-- neovim 0.11 -->` or `<!-- neovim 0.7 -->`. */
function documentedConfiguration(): { name: string; lua: string } {
  const name = major > 0 || minor >= 11 ? '0.11' : '0.7';
  const docs = readFileSync(path.join(ROOT, 'docs/editor.md'), 'utf8');
  const block = new RegExp(`<!-- neovim ${name.replace('.', '\\.')} -->\\s*\`\`\`lua\\n([\\s\\S]*?)\\n\\s*\`\`\``).exec(docs);
  if (!block) throw new Error(`docs/editor.md has no configuration for Neovim ${name}`);
  return { name, lua: block[1].replace(/^ {2}/gm, '') };
}
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

  it(`the configuration docs/editor.md gives for Neovim ${major}.${minor} shows the page’s diagnostics`, () => {
    const { lua } = documentedConfiguration();
    // The server as `npm i -g` puts it on the PATH.
    const bin = path.join(root, '.bin');
    mkdirSync(bin, { recursive: true });
    const server = path.join(bin, 'algoritmekader-language-server');
    writeFileSync(server, `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bundle/language-server.mjs')}" "$@"\n`);
    chmodSync(server, 0o755);
    const out = path.join(root, 'neovim-docs-result.json');
    const harness = `
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local shown = vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  local codes = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(0)) do table.insert(codes, diagnostic.code or '') end
  local file = assert(io.open(${JSON.stringify(out)}, 'w'))
  file:write(vim.fn.json_encode({ shown = shown, codes = codes }))
  file:close()
  vim.cmd('qall!')
end })`;
    const init = path.join(root, 'init.lua');
    writeFileSync(init, `${lua}\n${harness}\n`);
    const neovim = spawnSync('nvim', ['--headless', '--clean', '-u', init, path.join(root, IMP02)], {
      cwd: root,
      encoding: 'utf8',
      timeout: 100_000,
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
    });
    const result = JSON.parse(readFileSync(out, 'utf8')) as { shown: boolean; codes: string[] };
    expect(result.shown, neovim.stderr).toBe(true);
    expect(result.codes.sort()).toEqual(['link-target', 'reference-exists', 'required-sections']);
  }, 120_000);
});
