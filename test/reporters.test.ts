import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { escapeData, escapeProperty } from '../src/reporters/github.js';
import { prettyReport } from '../src/reporters/pretty.js';
import { ROOT, SAMPLE } from './helpers/rule-docs.js';

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  const code = await main(args, { cwd: SAMPLE, isTTY: false, env, stdout: (text) => (stdout += text), stderr: () => {} });
  return { code, stdout };
}

const COMMAND = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+)(?:,endLine=(\d+))?(?:,endColumn=(\d+))?,title=([^:]+)::(.+)$/;

describe('github reporter', () => {
  it('prints one workflow command per finding, at most 10 of each kind (what GitHub shows per step)', async () => {
    const { code, stdout } = await run(['--reporter', 'github']);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    // The sample has 11 errors and 1 warning.
    expect(lines.filter((line) => line.startsWith('::error ')).length).toBe(10);
    expect(lines.filter((line) => line.startsWith('::warning ')).length).toBe(1);
    for (const line of lines) expect(line, line).toMatch(COMMAND);
  });

  it('puts each finding on its line and columns', async () => {
    const { stdout } = await run(['--reporter', 'github', 'docs/voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md']);
    const lines = stdout.trim().split('\n');
    const quoted = lines.find((line) => line.includes('sources-code-quoted'))!;
    const [, level, file, lineNumber, column, endLine, endColumn, title] = COMMAND.exec(quoted)!;
    expect({ level, file, lineNumber, column, endLine, endColumn, title }).toEqual({
      level: 'error',
      file: 'docs/voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md',
      lineNumber: '14',
      column: '8',
      endLine: '14',
      endColumn: '12',
      title: 'algoritmekader-lint%3A sources-code-quoted',
    });
  });

  it('escapes data and properties like the Actions toolkit', () => {
    expect(escapeData('50%\nklaar\r')).toBe('50%25%0Aklaar%0D');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
  });

  it('writes a summary per rule and per file to $GITHUB_STEP_SUMMARY', async () => {
    const summaryFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'ak-summary-')), 'summary.md');
    writeFileSync(summaryFile, '');
    await run(['--reporter', 'github'], { GITHUB_STEP_SUMMARY: summaryFile });
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('## algoritmekader-lint');
    expect(summary).toMatch(/\*\*11\*\* fouten, \*\*1\*\* waarschuwingen/);
    expect(summary).toMatch(/\| \[`reference-exists`\]\(https:\/\/github\.com\/.*reference-exists\.md\) \| 2 \| 0 \| 0 \|/);
    expect(summary).toContain('| <code>docs/voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md</code> | 2 | 0 | 0 |');
    // Every finding is listed, with its quoted values as code.
    expect(summary.match(/^- \d+:\d+ (fout|waarschuwing) <code>[a-z-]+<\/code>: /gm)).toHaveLength(12);
    expect(summary).toMatch(/<code>3\.10<\/code> onder <code>sources\.ARK<\/code>/);
  });
});

describe('sarif reporter', () => {
  it('writes SARIF 2.1.0 that the official validator accepts without errors', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'ak-sarif-')), 'out.sarif');
    await run(['--reporter', 'pretty', '--reporter', `sarif=${out}`]);
    const log = JSON.parse(readFileSync(out, 'utf8'));
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    expect(run0.tool.driver.rules.find((rule: { id: string }) => rule.id === 'urn-unique').helpUri).toMatch(/docs\/rules\/urn-unique\.md$/);
    const quoted = run0.results.find((result: { ruleId: string }) => result.ruleId === 'sources-code-quoted');
    expect(quoted.locations[0].physicalLocation.region).toEqual({ startLine: 14, startColumn: 8, endLine: 14, endColumn: 12 });
    expect(quoted.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe("'3.10'");

    const validator = path.join(ROOT, 'node_modules/@microsoft/sarif-multitool/bin.js');
    const result = spawnSync(process.execPath, [validator, 'validate', out], { encoding: 'utf8' });
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('Analysis completed successfully');
    expect(output).not.toMatch(/: error /);
    expect(result.status).toBe(0);
  }, 120_000);
});

describe('junit reporter', () => {
  it('has a suite per page and a failure per error or warning', async () => {
    const { stdout } = await run(['--reporter', 'junit']);
    expect(stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="algoritmekader-lint" tests="\d+" failures="12">/);
    expect(stdout.match(/<failure /g)).toHaveLength(12);
    expect(stdout.match(/<testsuite /g)?.length).toBeGreaterThan(25);
  });
});

describe('what the pretty report leaves out', () => {
  it('is said after the totals, wrapped to the terminal like the findings', () => {
    const hidden = { preexisting: { count: 14, onChangedPages: 12 }, suppressed: 3 };
    const text = prettyReport([], { color: false, lang: 'nl', columns: 50, hidden });
    expect(text).toMatch(/^12 meldingen stonden er al op de pagina's die/);
    expect(text).toContain('3 meldingen onderdrukt');
    expect(text.split('\n').every((line) => line.length < 50)).toBe(true);
    // Not in a terminal (a pipe, a CI log): one line each.
    expect(prettyReport([], { color: false, lang: 'en', hidden }).split('\n')).toHaveLength(3);
  });
});
