/** `--fix` and `--fix-dry-run` on copies of the real corpus: restore what it can, byte for byte, and stay put the second time. */
import { spawn } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { lint } from '../src/run/engine.js';
import { applyFixes, writeFix } from '../src/run/fix.js';
import { CORPUS, copyCorpus, HAS_CORPUS } from './helpers/corpus.js';
import { copyOfSample, ROOT } from './helpers/rule-docs.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
const V = 'docs/voldoen-aan-wetten-en-regels/vereisten';

let copy: ReturnType<typeof copyCorpus> | undefined;
afterEach(() => copy?.cleanup());

async function cli(cwd: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, isTTY: false, env: {}, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Each mutation is one a fix can undo exactly. */
const MUTATIONS: Array<[string, string, string]> = [
  [`${M}/6-imp-03-menselijke-tussenkomst.md`, '- aia-09-menselijk-toezicht', '- aia-09-menselijk-toezocht'],
  [`${M}/6-imp-03-menselijke-tussenkomst.md`, '- toc\n', '- tocs\n'],
  [`${M}/2-owp-24-invloed-besluitvorming-algoritmes-aanbieders.md`, "ARK: '2.10'", 'ARK: 2.10'],
  [
    `${V}/aia-01-ai-geletterdheid.md`,
    'list_maatregelen vereiste/aia-01-ai-geletterdheid',
    'list_maatregelen vereiste/aia-02-documentatie-beoordeling-niet-hoog-risico-ai',
  ],
  [
    `${M}/6-imp-01-werkinstructies-gebruikers.md`,
    'title: Stel een werkinstructie op voor gebruikers\r\n',
    'title: Stel een werkinstructie op voor gebruikers.\r\n',
  ],
  [
    'docs/soorten-algoritmes-en-ai/wat-is-een-algoritme.md',
    '(../ai-verordening/ai-verordening-in-het-kort.md#ai-systeem)',
    '(https://minbzk.github.io/Algoritmekader/ai-verordening/ai-verordening-in-het-kort/#ai-systeem)',
  ],
];

describe.skipIf(!HAS_CORPUS)('--fix', () => {
  it('restores the original bytes of every fixable mutation (CRLF file included) and is idempotent', async () => {
    copy = copyCorpus();
    for (const [file, original, mutated] of MUTATIONS) copy.edit(file, (text) => text.replace(original, mutated));
    const files = [...new Set(MUTATIONS.map(([file]) => file))];
    chmodSync(path.join(copy.root, files[0]), 0o640);

    const first = await cli(copy.root, ['--fix', '--reporter', 'json', ...files]);
    expect(first.stderr).toContain(`${files.length} bestand(en) hersteld`);
    for (const file of files) expect(readFileSync(path.join(copy.root, file)), file).toEqual(readFileSync(path.join(CORPUS, file)));
    expect(statSync(path.join(copy.root, files[0])).mode & 0o777).toBe(0o640);

    const second = await cli(copy.root, ['--fix', '--reporter', 'json', ...files]);
    expect(second.stderr).not.toContain('hersteld');
    const left = JSON.parse(second.stdout).flatMap((file: { messages: unknown[] }) => file.messages);
    expect(left.filter((message: { ruleId: string }) => ['reference-exists', 'site-markers', 'sources-code-quoted'].includes(message.ruleId))).toEqual([]);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    copy = copyCorpus();
    const [file, original, mutated] = MUTATIONS[0];
    copy.edit(file, (text) => text.replace(original, mutated));
    const before = readFileSync(path.join(copy.root, file));
    const { stdout } = await cli(copy.root, ['--fix-dry-run', file]);
    expect(stdout).toContain(`--- a/${file}`);
    expect(stdout).toContain(`+++ b/${file}`);
    expect(stdout).toContain('-- aia-09-menselijk-toezocht');
    expect(stdout).toContain('+- aia-09-menselijk-toezicht');
    expect(readFileSync(path.join(copy.root, file))).toEqual(before);
  });

  it('on the whole real corpus: only the intended edits, and no fixable finding left after', async () => {
    copy = copyCorpus();
    // Spelling fixes nothing (its suggestions are never applied): the in-process runs leave it out.
    const noSpelling = { spelling: 'off' } as const;
    const { files } = await lint({ cwd: copy.root, rules: noSpelling });
    const planned = files.flatMap((file) => file.messages.filter((message) => message.fix).map((message) => ({ file: file.path, fix: message.fix! })));
    expect(planned.length).toBeGreaterThan(3);
    await cli(copy.root, ['--fix', '--reporter', 'json']);
    for (const file of new Set(planned.map((entry) => entry.file))) {
      const before = readFileSync(path.join(CORPUS, file), 'utf8');
      const after = readFileSync(path.join(copy.root, file), 'utf8');
      const fixes = planned.filter((entry) => entry.file === file).map((entry) => entry.fix);
      // Rebuild the expected text from the planned edits alone: nothing else may differ.
      let expected = before;
      for (const fix of [...fixes].sort((a, b) => b.start - a.start)) expected = expected.slice(0, fix.start) + fix.text + expected.slice(fix.end);
      expect(after, file).toBe(expected);
    }
    const again = await lint({ cwd: copy.root, rules: noSpelling });
    expect(again.files.flatMap((file) => file.messages.filter((message) => message.fix))).toEqual([]);
  });
});

describe('applyFixes', () => {
  it('skips a fix that overlaps an earlier one and keeps the rest byte for byte', () => {
    const message = (start: number, end: number, text: string) => ({ fix: { start, end, text } }) as never;
    expect(applyFixes('abcdef\r\n', [message(1, 3, 'X'), message(2, 4, 'Y'), message(4, 5, '')]).text).toBe('aXdf\r\n');
  });
});

describe('--fix loses nothing', () => {
  const WOO = 'docs/voldoen-aan-wetten-en-regels/vereisten/woo-01-recht-op-toegang-tot-publieke-informatie.md';
  let sample: string;
  beforeEach(() => {
    sample = copyOfSample('fix');
  });
  afterEach(() => rmSync(sample, { recursive: true, force: true }));
  const fixedText = async () => {
    const { files } = await lint({ cwd: sample, paths: [WOO], readSources: true });
    return applyFixes(String(files[0].value), files[0].messages).text;
  };

  it('an edit made while the run was busy is kept: the page is skipped with a message', async () => {
    const { files } = await lint({ cwd: sample, paths: [WOO], readSources: true });
    const before = String(files[0].value);
    const edited = `${before}\nNieuwe alinea, geschreven tijdens de controle.\n`;
    writeFileSync(path.join(sample, WOO), edited);
    expect(writeFix(path.join(sample, WOO), before, applyFixes(before, files[0].messages).text, false)).toEqual({ skipped: 'changed' });
    expect(readFileSync(path.join(sample, WOO), 'utf8')).toBe(edited);
  });

  it('a symlinked page is fixed in its target and stays a symlink', async () => {
    const real = path.join(sample, 'docs/echte-woo.md');
    renameSync(path.join(sample, WOO), real);
    symlinkSync(path.relative(path.dirname(path.join(sample, WOO)), real), path.join(sample, WOO));
    const after = await fixedText();
    const { stderr } = await cli(sample, ['--fix', '--reporter', 'json', WOO]);
    expect(stderr).toContain('1 bestand(en) hersteld');
    expect(lstatSync(path.join(sample, WOO)).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe(after);
  });

  it('a git symlink stub, a hardlinked and a read-only page are left as they are, each with a message', async () => {
    const stub = 'docs/voldoen-aan-wetten-en-regels/vereisten/stub.md';
    writeFileSync(path.join(sample, stub), 'woo-01-recht-op-toegang-tot-publieke-informatie.md');
    const stubWrite = writeFix(path.join(sample, stub), readFileSync(path.join(sample, WOO), 'utf8'), 'x', false);
    expect(stubWrite).toEqual({ skipped: 'stub' });
    expect(readFileSync(path.join(sample, stub), 'utf8')).toBe('woo-01-recht-op-toegang-tot-publieke-informatie.md');

    const original = readFileSync(path.join(sample, WOO));
    linkSync(path.join(sample, WOO), path.join(sample, 'tweede-naam.md'));
    expect((await cli(sample, ['--fix', WOO])).stderr).toContain('meer namen (hardlink)');
    expect(readFileSync(path.join(sample, WOO))).toEqual(original);
    rmSync(path.join(sample, 'tweede-naam.md'));

    chmodSync(path.join(sample, WOO), 0o444);
    expect((await cli(sample, ['--fix', '--lang', 'en', WOO])).stderr).toContain('is read-only');
    expect(readFileSync(path.join(sample, WOO))).toEqual(original);
  });

  it('Ctrl-C while writing leaves no temporary file behind', async () => {
    const page = path.join(sample, 'docs/groot.md');
    const before = 'regel\n'.repeat(15_000_000); // ~90 MB: the write takes long enough to be interrupted
    writeFileSync(page, before);
    const script = `import { writeFix } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/src/run/fix.js')).href)};
      import { readFileSync } from 'node:fs';
      const before = readFileSync(${JSON.stringify(page)}, 'utf8');
      writeFix(${JSON.stringify(page)}, before, before + 'x', false);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    const temporaries = () => readdirSync(path.dirname(page)).filter((name) => name.endsWith('.algoritmekader-lint.tmp'));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    for (let waited = 0; temporaries().length === 0 && waited < 20_000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(temporaries().length).toBe(1); // interrupted while the temporary file exists
    child.kill('SIGINT');
    await exited;
    expect(temporaries()).toEqual([]);
    const after = readFileSync(page, 'utf8');
    expect([before.length, before.length + 1]).toContain(after.length); // the old page or the whole new one, never half
  }, 60_000);
});
