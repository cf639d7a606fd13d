import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { ROOT, SAMPLE } from './helpers/rule-docs.js';

async function run(args: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, isTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const MON01 = 'docs/voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md';
const PBA01 = 'docs/voldoen-aan-wetten-en-regels/maatregelen/1-pba-01-formuleren-probleemdefinitie.md';

describe('exit status', () => {
  it('is 1 when there are errors, and the pretty report names file, place, rule', async () => {
    const { code, stdout } = await run(['--root', 'fixtures/sample', '--quiet']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/7-mon-01-monitoren-werking\.md\n\s*14:8-14:12\s+fout\s+`3\.10` onder `sources\.ARK`.*sources-code-quoted/);
    expect(stdout).toMatch(/✖ \d+ fout\(en\), \d+ waarschuwing\(en\)\n?$/);
  });

  it('is 0 for a page without errors', async () => {
    const { code } = await run([path.join('fixtures/sample', PBA01)]);
    expect(code).toBe(0);
  });

  it('is 1 with more warnings than --max-warnings', async () => {
    const woo = 'fixtures/sample/docs/voldoen-aan-wetten-en-regels/vereisten/woo-01-recht-op-toegang-tot-publieke-informatie.md';
    const ok = await run([woo, '--max-warnings', '1', '--reporter', 'json']);
    const json = JSON.parse(ok.stdout);
    const warnings = json[0].messages.filter((message: { fatal: boolean }) => message.fatal === false).length;
    expect(warnings).toBeGreaterThan(0);
    expect((await run([woo, '--max-warnings', String(warnings)])).code).toBe(json[0].messages.some((m: { fatal: boolean }) => m.fatal) ? 1 : 0);
    const over = await run([woo, '--max-warnings', String(warnings - 1)]);
    expect(over.code).toBe(1);
  });

  it('is 2 on usage errors, with a clear message and no stack trace', async () => {
    for (const args of [['--lang', 'fr'], ['--bogus'], ['--reporter', 'xml'], ['--max-warnings', 'veel'], ['does/not/exist.md']]) {
      const { code, stderr } = await run(['--root', 'fixtures/sample', ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/^algoritmekader-lint: /);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('is 2 outside a repository and on a broken configuration', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'ak-empty-'));
    expect((await run([], empty)).stderr).toMatch(/geen mkdocs\.yml gevonden/);
    const repo = mkdtempSync(path.join(os.tmpdir(), 'ak-repo-'));
    writeFileSync(path.join(repo, 'mkdocs.yml'), 'site_name: x\n');
    mkdirSync(path.join(repo, 'docs'));
    writeFileSync(path.join(repo, '.algoritmekader-lint.json'), '{ "lang": ');
    const broken = await run([], repo);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/de configuratie .*\.algoritmekader-lint\.json:1:11 is geen geldige JSON/);
    expect((await run(['--lang', 'en'], repo)).stderr).toMatch(/configuration .*\.algoritmekader-lint\.json:1:11 is not valid JSON/);
  });
});

describe('reporters and language', () => {
  it('json is the vfile-reporter-json shape with rule, source, place and fatal', async () => {
    const { stdout } = await run(['--root', 'fixtures/sample', '--reporter', 'json', path.join('fixtures/sample', MON01)]);
    const [file] = JSON.parse(stdout);
    expect(file.path).toBe(path.join('fixtures/sample', MON01));
    expect(file.messages[0]).toMatchObject({ ruleId: 'sources-code-quoted', source: 'algoritmekader-lint', line: 14, column: 8, fatal: true });
    expect(file.messages[0].url).toMatch(/docs\/rules\/sources-code-quoted\.md$/);
  });

  it('--lang en gives English messages', async () => {
    const { stdout } = await run(['--lang', 'en', '--reporter', 'json', path.join('fixtures/sample', MON01)]);
    const [file] = JSON.parse(stdout);
    expect(file.messages.map((message: { reason: string }) => message.reason)).toContain(
      "`3.10` under `sources.ARK` is read as the number 3.1; the site then shows code 3.1. Quote the code: `'3.10'`.",
    );
  });

  it('writes a reporter to a file with name=file, next to another on stdout', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'ak-out-')), 'report.json');
    const { stdout } = await run(['--reporter', 'pretty', '--reporter', `json=${out}`, path.join('fixtures/sample', MON01)]);
    expect(stdout).toContain('sources-code-quoted');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].messages.length).toBeGreaterThan(0);
  });
});

describe('--timing', () => {
  /** The rows of one table of the timing report: [name, ms]. */
  const rows = (stderr: string, heading: string) => {
    const table = stderr.split(`${heading}:\n`)[1]?.split('\n\n')[0] ?? '';
    return table
      .split('\n')
      .filter(Boolean)
      .map((line) => /^\s+(.+?)\s+([\d.]+) ms/.exec(line)!)
      .map((match) => [match[1], Number(match[2])] as const);
  };

  it('adds the time per stage and per rule on stderr; the report is unchanged', async () => {
    const plain = await run(['--root', 'fixtures/sample', '--reporter', 'json']);
    const timed = await run(['--root', 'fixtures/sample', '--reporter', 'json', '--timing']);
    expect(timed.code).toBe(plain.code);
    expect(JSON.parse(timed.stdout)).toEqual(JSON.parse(plain.stdout));
    expect(plain.stderr).not.toContain('Tijd per stap');

    const stages = rows(timed.stderr, 'Tijd per stap');
    expect(stages.map(([name]) => name)).toEqual([
      'Node starten, modules laden',
      'sessie (configuratie, mkdocs.yml, bestanden)',
      "pagina's kiezen",
      'feiten van elke pagina',
      'waarvan Markdown lezen',
      'regels per pagina',
      'afronden (cache bewaren)',
      'onderdrukkingen toepassen',
      'rapport schrijven',
      'totaal',
    ]);
    const byName = new Map(stages);
    expect(byName.get('waarvan Markdown lezen')!).toBeGreaterThan(0);
    expect(byName.get('waarvan Markdown lezen')!).toBeLessThanOrEqual(byName.get('feiten van elke pagina')!);
    const summed = stages.filter(([name]) => name !== 'totaal' && !name.startsWith('waarvan')).reduce((sum, [, ms]) => sum + ms, 0);
    expect(Math.abs(summed - byName.get('totaal')!)).toBeLessThan(1);

    const rules = rows(timed.stderr, "Tijd per regel, over alle pagina's");
    const ids = rules.map(([id]) => id).filter((id) => id !== 'totaal');
    const reported = new Set(JSON.parse(timed.stdout).flatMap((file: { messages: Array<{ ruleId: string }> }) => file.messages.map((m) => m.ruleId)));
    for (const id of reported) expect(ids).toContain(id);
    const times = rules.filter(([id]) => id !== 'totaal').map(([, ms]) => ms);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('lists only the rules that ran, in the language of --lang', async () => {
    const { stderr } = await run(['--root', 'fixtures/sample', '--quiet', '--timing', '--lang', 'en', '--rule', 'link-target']);
    expect(stderr).toMatch(/^Time per stage:\n/);
    expect(rows(stderr, 'Time per rule, over all pages').map(([id]) => id)).toEqual(['link-target', 'total']);
  });

  it('shows a run answered from the cache as such, without rules', async () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'ak-timing-cache-'));
    const args = ['--root', 'fixtures/sample', '--quiet', '--timing', '--cache', '--cache-location', cache];
    await run(args);
    const { stderr } = await run(args);
    expect(rows(stderr, 'Tijd per stap').map(([name]) => name)).toContain('vorige rapport (cache)');
    expect(stderr).not.toContain('Tijd per regel');
  });
});

describe('the built bin', () => {
  it('runs with node and exits with the CLI status', () => {
    const bin = path.join(ROOT, 'bundle/cli.mjs');
    expect(execFileSync('node', [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/);
    const result = spawnSync('node', [bin, '--quiet', '--no-color'], { cwd: SAMPLE, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('urn-matches-filename');
  });
});
