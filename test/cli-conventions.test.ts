/**
 * The CLI conventions users bring from ESLint, markdownlint and remark-cli:
 * --rule, --stdin, --print-config, --list-rules, --max-warnings -1,
 * exclusive flags, NO_COLOR / FORCE_COLOR, and a pretty report that reads in
 * an 80-column terminal.
 */
import { describe, expect, it } from 'vitest';
import { type CliIo, main } from '../src/entries/cli/main.js';
import { wrap } from '../src/reporters/pretty.js';
import { SAMPLE } from './helpers/rule-docs.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
const IMP02 = `${M}/6-imp-02-menselijke-tussenkomst.md`;

async function run(args: string[], io: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { cwd: SAMPLE, isTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, ...io });
  return { status, stdout, stderr };
}

const ruleIds = (stdout: string) =>
  (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((file) => file.messages.map((message) => message.ruleId));

describe('--rule', () => {
  it('runs only the named rules, and rejects an unknown one', async () => {
    const only = await run(['--reporter', 'json', '--rule', 'link-target', '--rule', 'reference-exists']);
    expect(new Set(ruleIds(only.stdout))).toEqual(new Set(['link-target', 'reference-exists']));
    const unknown = await run(['--rule', 'link-targets']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/onbekende regel "link-targets"; bedoel je "link-target"\?/);
  });
});

describe('--stdin', () => {
  it('lints the text from standard input as the page at --stdin-filename, with the repository around it', async () => {
    const text = '---\ntitle: Tijdelijk\n---\n\n[kapot](bestaat-niet.md)\n';
    const { status, stdout } = await run(['--reporter', 'json', '--stdin', '--stdin-filename', IMP02], { readStdin: async () => text });
    expect(status).toBe(1);
    const [file] = JSON.parse(stdout) as Array<{ path: string; messages: Array<{ ruleId: string; line: number }> }>;
    expect(file.path).toBe(IMP02);
    expect(file.messages.find((message) => message.ruleId === 'link-target')?.line).toBe(5);
  });

  it('needs --stdin-filename, and takes no paths', async () => {
    expect((await run(['--stdin'])).stderr).toMatch(/--stdin heeft --stdin-filename <pad> nodig/);
    expect((await run(['--stdin', '--stdin-filename', IMP02, IMP02])).status).toBe(2);
  });
});

describe('inspecting the configuration', () => {
  it('--print-config shows what applies to a page, overrides included', async () => {
    const { status, stdout } = await run(['--print-config', IMP02]);
    expect(status).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toMatchObject({ file: IMP02, kind: 'maatregel', ignored: false, builtByMkdocs: true, lang: 'nl' });
    expect(printed.rules['reference-exists']).toBe('error');
    expect(printed.rules['toelichting-max-words']).toEqual(['warn', { max: 40 }]);
  });

  it('--list-rules lists every rule with its severity, in the chosen language', async () => {
    const { stdout } = await run(['--list-rules', '--lang', 'en']);
    expect(stdout).toMatch(/^reference-exists\s+error\s+Every name under/m);
    expect(stdout.trim().split('\n').length).toBeGreaterThanOrEqual(24);
  });
});

describe('flags', () => {
  it('--max-warnings -1 means no limit; --fix with --fix-dry-run is refused', async () => {
    const woo = 'docs/voldoen-aan-wetten-en-regels/vereisten/woo-01-recht-op-toegang-tot-publieke-informatie.md';
    expect((await run(['--max-warnings', '-1', '--rule', 'title-trailing-period', woo])).status).toBe(0);
    expect((await run(['--max-warnings', '0', '--rule', 'title-trailing-period', woo])).status).toBe(1);
    const both = await run(['--fix', '--fix-dry-run']);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/--fix en --fix-dry-run sluiten elkaar uit/);
  });

  it('NO_COLOR turns colour off on a terminal, FORCE_COLOR turns it on in a pipe, --color/--no-color win', async () => {
    const ESC = '\u001b[';
    expect((await run([IMP02], { isTTY: true })).stdout).toContain(ESC);
    expect((await run([IMP02], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await run([IMP02], { isTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await run(['--no-color', IMP02], { isTTY: true, env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
});

describe('the pretty report', () => {
  it('lists only files with findings, clean files with --verbose', async () => {
    const quiet = await run([]);
    expect(quiet.stdout).not.toMatch(/geen meldingen|no issues/);
    expect(quiet.stdout).toContain(IMP02);
    const verbose = await run(['--verbose', '--lang', 'en']);
    expect(verbose.stdout).toMatch(/^docs\/index\.md: no issues found$/m);
  });

  it('in an 80-column terminal: no line over 80 columns, the rule id on the finding’s first line', async () => {
    const { stdout } = await run(['--no-color'], { isTTY: true, columns: 80 });
    const lines = stdout.split('\n');
    // File names, and a single path longer than a line, are as long as they are; every other line fits.
    const over = lines.filter((line) => line.length > 80 && !line.startsWith('docs/') && line.trim().includes(' '));
    expect(over).toEqual([]);
    expect(lines).toContain('  12:3-12:46   fout  reference-exists');
    expect(stdout).toMatch(/ {4}`avg-01-persoonsgegevens-rechtmatig-verwerkn` onder `vereiste:` is geen/);
  });

  it('in a pipe or CI log: one line per finding, the rule right after the message', async () => {
    const { stdout } = await run([IMP02]);
    expect(stdout).toMatch(/^ {2}32:1-32:52 {3}fout {2}Deze maatregel mist de sectie `## Risico`\..* {2}required-sections$/m);
  });

  it('wraps on spaces, keeping a long word whole', () => {
    expect(wrap('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
    expect(wrap('kort https://example.org/een/heel/lange/url kort', 10)).toEqual(['kort', 'https://example.org/een/heel/lange/url', 'kort']);
    // Inline code an author copies is never split, though it holds spaces; an unclosed backtick is a word's.
    expect(wrap('zet `<!-- list_vereisten_on_maatregelen_page -->` onder de kop', 30)).toEqual([
      'zet',
      '`<!-- list_vereisten_on_maatregelen_page -->`',
      'onder de kop',
    ]);
    expect(wrap('de marker (`<!-- tags -->`), daarna', 20)).toEqual(['de marker', '(`<!-- tags -->`),', 'daarna']);
    expect(wrap('een `open eind', 8)).toEqual(['een', '`open', 'eind']);
  });
});
