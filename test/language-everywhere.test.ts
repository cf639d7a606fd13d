/**
 * One place decides the run's language (`--lang`, else the configuration's
 * `lang`, else Dutch), and every reporter and the exit lines follow it: the
 * same run says the same thing whether English came from the command line
 * or from the configuration.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { REPORTERS } from '../src/reporters/index.js';
import { copyOfSample } from './helpers/rule-docs.js';

let repo: string;
let summaries: string;
beforeAll(() => {
  repo = copyOfSample('lang-everywhere');
  summaries = mkdtempSync(path.join(os.tmpdir(), 'ak-lang-summary-'));
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(summaries, { recursive: true, force: true });
});

let runs = 0;
/** The CLI in `repo`, with or without a configuration that sets `lang`: exit status, stdout, stderr, the job summary. */
async function run(args: string[], configLang?: 'nl' | 'en') {
  const config = path.join(repo, '.algoritmekader-lint.json');
  rmSync(config, { force: true });
  if (configLang) writeFileSync(config, JSON.stringify({ lang: configLang }));
  const summary = path.join(summaries, `summary-${++runs}.md`);
  writeFileSync(summary, '');
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    cwd: repo,
    isTTY: false,
    env: { GITHUB_STEP_SUMMARY: summary },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr, summary: readFileSync(summary, 'utf8') };
}

// Words a reporter writes itself (not the findings' texts), Dutch and English.
const DUTCH = /\b(fout\(en\)|waarschuwing|Vervang door|Zie docs|Regel|bevindingen)\b/;
const ENGLISH = /\b(error\(s\)|warning|Replace with|See docs|Rule|findings)\b/;

describe('the language of every reporter', () => {
  it.each(Object.keys(REPORTERS))('%s: English from --lang and from the configuration read the same; Dutch otherwise', async (reporter) => {
    const args = ['--reporter', reporter];
    const dutch = await run(args);
    const fromFlag = await run([...args, '--lang', 'en']);
    const fromConfig = await run(args, 'en');
    const flagFirst = await run([...args, '--lang', 'nl'], 'en');
    expect(dutch.status).toBe(1);
    expect(dutch.stdout.length).toBeGreaterThan(100);
    // The findings are in the run's language in every reporter.
    expect(dutch.stdout).toContain('eindigt op een punt');
    expect(fromFlag.stdout).toContain('ends with a period');
    expect(fromFlag.stdout).not.toContain('eindigt op een punt');
    for (const part of ['status', 'stdout', 'stderr', 'summary'] as const) {
      expect(fromConfig[part], part).toEqual(fromFlag[part]);
      expect(flagFirst[part], part).toEqual(dutch[part]);
    }
    if (reporter === 'pretty' || reporter === 'github' || reporter === 'sarif') {
      const englishText = reporter === 'github' ? fromFlag.summary : fromFlag.stdout;
      const dutchText = reporter === 'github' ? dutch.summary : dutch.stdout;
      expect(englishText).toMatch(ENGLISH);
      expect(englishText).not.toMatch(DUTCH);
      expect(dutchText).toMatch(DUTCH);
    }
  });

  it('the exit line (too many warnings) follows the configuration too', async () => {
    const args = ['--rule', 'title-trailing-period', '--max-warnings', '0', '--quiet'];
    const dutch = await run(args);
    const fromConfig = await run(args, 'en');
    const fromFlag = await run([...args, '--lang', 'en']);
    expect(dutch).toMatchObject({ status: 1, stderr: expect.stringMatching(/te veel waarschuwingen|waarschuwingen/) });
    expect(fromConfig.status).toBe(1);
    expect(fromConfig.stderr).toMatch(/warnings/);
    expect(fromConfig.stderr).not.toMatch(/waarschuwing/);
    expect(fromConfig.stderr).toBe(fromFlag.stderr);
  });

  it("--list-rules describes the rules in the configuration's language", async () => {
    expect((await run(['--list-rules'], 'en')).stdout).toMatch(/title-trailing-period\s+warn\s+The `title` does not end with a period\./);
    expect((await run(['--list-rules'])).stdout).toMatch(/title-trailing-period\s+warn\s+De `title` eindigt niet op een punt\./);
  });
});
