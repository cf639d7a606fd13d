/** Content of a pull request is untrusted: no code from the checked-out tree runs unless asked for. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { copyOfSample, ROOT, SAMPLE } from './helpers/rule-docs.js';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** The sample with code configurations that leave a marker file when they run. */
function treeWithCodeConfig() {
  root = copyOfSample('security');
  const marker = (name: string) => path.join(root!, `${name}.ran`);
  writeFileSync(
    path.join(root, '.remarkrc.js'),
    `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker('remarkrc'))}, 'x');\nexport default { plugins: [] };\n`,
  );
  writeFileSync(
    path.join(root, '.algoritmekader-lint.mjs'),
    `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker('config'))}, 'x');\nexport default { rules: { 'sources-code-quoted': 'off' } };\n`,
  );
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }');
  return { root, marker };
}

async function run(cwd: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['--lang', 'en', ...args], { cwd, isTTY: false, env: {}, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('configuration as code', () => {
  it('is not executed without --allow-code-config, and the CLI says it skipped it', async () => {
    const tree = treeWithCodeConfig();
    const { stdout, stderr } = await run(tree.root, ['--reporter', 'json']);
    expect(existsSync(tree.marker('remarkrc'))).toBe(false);
    expect(existsSync(tree.marker('config'))).toBe(false);
    expect(stderr).toContain('ignored .algoritmekader-lint.mjs: configuration as code is only loaded with --allow-code-config');
    expect(stdout).toContain('sources-code-quoted');
  });

  it('is loaded with --allow-code-config; .remarkrc.js still never runs', async () => {
    const tree = treeWithCodeConfig();
    const { stdout } = await run(tree.root, ['--reporter', 'json', '--allow-code-config']);
    expect(existsSync(tree.marker('config'))).toBe(true);
    expect(existsSync(tree.marker('remarkrc'))).toBe(false);
    expect(stdout).not.toContain('sources-code-quoted');
  });

  it('a code --config without the opt-in is a usage error', async () => {
    const tree = treeWithCodeConfig();
    const { code, stderr } = await run(tree.root, ['--config', '.algoritmekader-lint.mjs']);
    expect(code).toBe(2);
    expect(stderr).toContain('only loaded with --allow-code-config');
    expect(existsSync(tree.marker('config'))).toBe(false);
  });

  it('paths in reports are relative to the repository', async () => {
    const tree = treeWithCodeConfig();
    const { stdout } = await run(tree.root, ['--reporter', 'github']);
    expect(stdout).not.toContain(tree.root);
    expect(stdout).toContain('file=docs/voldoen-aan-wetten-en-regels/');
  });
});

describe('page content cannot inject workflow commands or terminal escapes', () => {
  it('a vereiste name with newlines, ::error and ESC stays on one line in the pretty, github and junit reports', async () => {
    const { main } = await import('../src/entries/cli/main.js');
    const { sampleFiles } = await import('./helpers/rule-tester.js');
    const { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } = await import('node:fs');
    const os = await import('node:os');
    const root = mkdtempSync(path.join(os.tmpdir(), 'ak-inject-'));
    try {
      for (const [file, text] of Object.entries(sampleFiles())) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text);
      }
      const page = 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-01-werkinstructies-gebruikers.md';
      const hostile = 'zz\\n::error file=README.md,line=1::INJECTED\\n::stop-commands::deadbeef\\u001b[2J` | <img src=x onerror=alert(1)>';
      writeFileSync(path.join(root, page), readFileSync(path.join(root, page), 'utf8').replace('- aia-01-ai-geletterdheid', `- "${hostile}"`));
      const summary = path.join(root, 'summary.md');
      let stdout = '';
      const io = { cwd: root, isTTY: false, env: { GITHUB_STEP_SUMMARY: summary }, stdout: (text: string) => (stdout += text), stderr: () => {} };
      expect(await main(['--reporter', 'github', '--reporter', 'pretty', '--no-color', page], io)).toBe(1);
      const lines = stdout.split('\n');
      // Our own annotations start with ::error/::warning file=…; nothing from the page may start a line.
      expect(lines.filter((line) => line.startsWith('::') && !/^::(error|warning|notice) file=docs\//.test(line))).toEqual([]);
      expect(stdout).not.toContain('\u001b');
      expect(stdout).toContain('INJECTED'); // still shown, as text
      const written = readFileSync(summary, 'utf8');
      expect(written.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
      // No HTML from the page takes effect in the job summary, and no pipe splits a table cell.
      expect(written).not.toContain('<img');
      expect(written).toContain('&#60;img src=x onerror=alert&#40;1&#41;&#62;');
      expect(written).not.toMatch(/INJECTED[^\n]*[^\\&]\| </);
      let junit = '';
      await main(['--reporter', 'junit', page], { ...io, stdout: (text: string) => (junit += text) });
      expect(junit).toContain('INJECTED');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be absent
      expect(junit).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/); // not allowed in XML 1.0
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('file names cannot inject workflow commands on stdout or stderr', () => {
  const commandLines = (text: string) => text.split(/\r?\n|\r/).filter((line) => /^\s*::/.test(line) || line.includes('##['));

  it('a page and a skipped symlink whose names hold newlines and ::error / ::stop-commands:: are written escaped', async () => {
    root = copyOfSample('commands');
    const maatregelen = path.join(root, 'docs/voldoen-aan-wetten-en-regels/maatregelen');
    const evil = 'evil\n::error file=x,line=1::forged\n::stop-commands::tok\n.md';
    symlinkSync('/etc/hostname', path.join(maatregelen, evil));
    cpSync(path.join(maatregelen, '6-imp-02-menselijke-tussenkomst.md'), path.join(maatregelen, '::error file=y,line=1::forged ##[error]x.md'));
    // From inside the folder, the pretty report starts a line with the page's name.
    const { stdout, stderr } = await run(maatregelen, ['--reporter', 'pretty', '--reporter', 'github']);
    expect(stderr).toMatch(/skipped .*evil⏎.*stop-commands.*a symbolic link that leads outside/);
    expect(commandLines(stderr)).toEqual([]);
    const ours = commandLines(stdout).filter(
      (line) => !/^::(error|warning|notice) file=[^:]*,line=\d+,col=\d+.*title=algoritmekader-lint%3A [\w-]+::/.test(line),
    );
    expect(ours).toEqual([]);
    expect(stdout).toContain('\u200b::error file=y,line=1::forged #\u200b#[error]x.md');
  });
});

describe('nothing outside the repository is read', () => {
  /** A copy of the sample beside a secret file, with `configure` applied. */
  function besideSecret(configure: (root: string, secret: string) => void) {
    const outer = mkdtempSync(path.join(os.tmpdir(), 'ak-outside-'));
    root = outer;
    const repo = path.join(outer, 'repo');
    cpSync(SAMPLE, repo, { recursive: true });
    const secret = path.join(outer, 'geheim.md');
    writeFileSync(secret, '---\ntitle: GEHEIME-INHOUD\n---\n');
    configure(repo, secret);
    return repo;
  }

  it.each([
    ['schemas.maatregel', { schemas: { maatregel: '/etc/passwd' } }],
    ['auditCodes', { auditCodes: '../geheim.md' }],
    ['docs_dir', { docsDir: '/' }],
  ])('a configured path that leaves the repository (%s) is a configuration error', async (key, config) => {
    const repo = besideSecret((folder) => writeFileSync(path.join(folder, '.algoritmekader-lint.json'), JSON.stringify(config)));
    const { code, stdout, stderr } = await run(repo, ['--reporter', 'json']);
    expect(code).toBe(2);
    expect(stderr).toContain(`${key}:`);
    expect(stderr).toContain('outside the repository');
    expect(`${stdout}${stderr}`).not.toMatch(/root:x:0|GEHEIME-INHOUD/);
  });

  it('a docs folder that does not exist is a configuration error, not a run that checks nothing', async () => {
    const repo = besideSecret((folder) => writeFileSync(path.join(folder, 'mkdocs.yml'), 'site_name: x\ndocs_dir: inhoud\n'));
    const { code, stderr } = await run(repo, []);
    expect(code).toBe(2);
    expect(stderr).toMatch(/docs folder .*inhoud does not exist/);
  });

  it('a symlinked page and a git symlink stub that lead outside are not read', async () => {
    const repo = besideSecret((folder, secret) => {
      symlinkSync(secret, path.join(folder, 'docs/gelinkt.md'));
      writeFileSync(path.join(folder, 'docs/stub.md'), path.relative(path.join(folder, 'docs'), secret));
    });
    const { stdout, stderr } = await run(repo, ['--reporter', 'json']);
    expect(stdout).not.toContain('GEHEIME-INHOUD');
    expect(stdout).not.toContain('gelinkt.md');
    expect(stderr).toContain('docs/gelinkt.md: a symbolic link that leads outside the repository');
  });
});

describe('no read follows a link out of the repository, or reads a device or a huge file', () => {
  /** The sample beside a secret; `link` is made a symbolic link to the secret. */
  function linkedToSecret(link: string, secretText = 'GEHEIME-INHOUD: 1\n') {
    const outer = mkdtempSync(path.join(os.tmpdir(), 'ak-linked-'));
    root = outer;
    const repo = path.join(outer, 'repo');
    cpSync(SAMPLE, repo, { recursive: true });
    const secret = path.join(outer, 'geheim');
    writeFileSync(secret, secretText);
    rmSync(path.join(repo, link), { force: true, recursive: true });
    symlinkSync(secret, path.join(repo, link));
    return repo;
  }

  it.each([
    ['.algoritmekader-lint.json', '{ GEHEIME-INHOUD'],
    ['.algoritmekader-lint.yaml', 'GEHEIME-INHOUD: [\n'],
    ['mkdocs.yml', 'GEHEIME-INHOUD: [\n'],
    ['script/maatregelen-adr-ark.csv', 'nummer;source\nGEHEIME-INHOUD;Auditdienst\n'],
    ['.algoritmekader-lintignore', 'GEHEIME-INHOUD\n'],
  ])('%s linked outside is not read, and says so', async (link, secretText) => {
    const repo = linkedToSecret(link, secretText);
    const { code, stdout, stderr } = await run(repo, ['--reporter', 'json']);
    expect(`${stdout}${stderr}`).not.toContain('GEHEIME');
    expect(stderr).toContain(`${link} was not read: a symbolic link that leads outside the repository`);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('mlc_config.json linked outside is not read', async () => {
    const repo = linkedToSecret('mlc_config.json', '{ GEHEIME-INHOUD');
    const { stdout, stderr } = await run(repo, ['--reporter', 'json', '--external', '--no-progress', 'docs/index.md']);
    expect(`${stdout}${stderr}`).not.toContain('GEHEIME');
    expect(stderr).toContain('mlc_config.json was not read: a symbolic link that leads outside the repository');
  });

  it('a docs folder linked outside is not read', async () => {
    const outer = mkdtempSync(path.join(os.tmpdir(), 'ak-linked-'));
    root = outer;
    const repo = path.join(outer, 'repo');
    cpSync(SAMPLE, repo, { recursive: true });
    cpSync(path.join(repo, 'docs'), path.join(outer, 'elders'), { recursive: true });
    writeFileSync(path.join(outer, 'elders/geheim.md'), '---\ntitle: GEHEIME-INHOUD\n---\n\n[x](GEHEIME-INHOUD.md)\n');
    rmSync(path.join(repo, 'docs'), { recursive: true });
    symlinkSync(path.join(outer, 'elders'), path.join(repo, 'docs'));
    const { code, stdout, stderr } = await run(repo, ['--reporter', 'json']);
    expect(code).toBe(2);
    expect(`${stdout}${stderr}`).not.toContain('GEHEIME');
    expect(stderr).toContain('outside the repository');
  });

  it('a page named on the command line that links outside is not read', async () => {
    const repo = linkedToSecret('docs/gelinkt.md', '---\ntitle: GEHEIME-INHOUD\n---\n\n[x](GEHEIME-INHOUD.md)\n');
    const { stdout } = await run(repo, ['--reporter', 'json', 'docs/gelinkt.md']);
    expect(stdout).not.toContain('GEHEIME');
  });

  it('a configuration linked to /proc/self/environ shows no environment variable', () => {
    const repo = linkedToSecret('.algoritmekader-lint.json');
    rmSync(path.join(repo, '.algoritmekader-lint.json'));
    symlinkSync('/proc/self/environ', path.join(repo, '.algoritmekader-lint.json'));
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bundle/cli.mjs'), '--lang', 'en'], {
      cwd: repo,
      env: { ...process.env, AK_GEHEIM: 'GEHEIME-WAARDE' },
      encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`).not.toContain('GEHEIME-WAARDE');
    expect(result.stderr).toContain('.algoritmekader-lint.json was not read: a symbolic link that leads outside the repository');
  });

  it('mkdocs.yml as a FIFO and an audit-code list of 5 MB are refused, not read', async () => {
    const repo = linkedToSecret('geheim-link');
    const csv = path.join(repo, 'script/maatregelen-adr-ark.csv');
    writeFileSync(csv, `nummer;source\n${'x;Auditdienst\n'.repeat(400_000)}`);
    const big = await run(repo, ['--reporter', 'json']);
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('script/maatregelen-adr-ark.csv was not read: larger than');
    rmSync(path.join(repo, 'mkdocs.yml'));
    execFileSync('mkfifo', [path.join(repo, 'mkdocs.yml')]);
    const fifo = spawnSync(process.execPath, [path.join(ROOT, 'bundle/cli.mjs'), '--lang', 'en'], { cwd: repo, encoding: 'utf8', timeout: 20_000 });
    expect(fifo.signal).toBeNull(); // it ended by itself: the FIFO was never opened for reading
    expect(fifo.stderr).toContain('mkdocs.yml was not read: not a regular file');
  });
});
