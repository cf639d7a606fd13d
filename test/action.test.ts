/** The GitHub Action's lint step (action/run.sh), run as the composite action runs it: inputs as environment variables. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitCopy } from './helpers/git-repo.js';
import { ROOT, SAMPLE } from './helpers/rule-docs.js';

let repo: ReturnType<typeof gitCopy> | undefined;
afterEach(() => repo?.cleanup());

function runAction(cwd: string, inputs: Record<string, string>) {
  const outputFile = path.join(cwd, 'github-output.txt');
  writeFileSync(outputFile, '');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, AK_LINT_BIN: path.join(ROOT, 'dist/bundle/bin.mjs'), GITHUB_OUTPUT: outputFile, ...inputs };
  const result = spawnSync('bash', [path.join(ROOT, 'action/run.sh')], { cwd, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: readFileSync(outputFile, 'utf8') };
}

const annotations = (stdout: string) => stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));

describe('the action', () => {
  it('annotates every finding and fails on errors', () => {
    repo = gitCopy(SAMPLE);
    const { status, stdout } = runAction(repo.root, {});
    expect(status).toBe(1);
    expect(annotations(stdout)).toHaveLength(12);
  });

  it('fail-on: error passes with warnings only; fail-on: warning does not', () => {
    repo = gitCopy(SAMPLE);
    writeFileSync(path.join(repo.root, '.algoritmekader-lint.json'), JSON.stringify({ rules: { 'site-markers': 'off' } }));
    const woo = 'docs/voldoen-aan-wetten-en-regels/vereisten/woo-01-recht-op-toegang-tot-publieke-informatie.md';
    expect(runAction(repo.root, { INPUT_PATHS: woo, INPUT_FAIL_ON: 'error' }).status).toBe(0);
    expect(runAction(repo.root, { INPUT_PATHS: woo, INPUT_FAIL_ON: 'warning' }).status).toBe(1);
    expect(runAction(repo.root, { INPUT_PATHS: woo, INPUT_FAIL_ON: 'sometimes' }).status).toBe(2);
  });

  it('writes SARIF and reports its path as an output', () => {
    repo = gitCopy(SAMPLE);
    const { output } = runAction(repo.root, { INPUT_SARIF: 'results.sarif' });
    expect(output).toBe('sarif=results.sarif\n');
    expect(JSON.parse(readFileSync(path.join(repo.root, 'results.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('in a pull request checks only what changed since the base', () => {
    repo = gitCopy(SAMPLE);
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.edit('docs/voldoen-aan-wetten-en-regels/vereisten/avg-01-persoonsgegevens-rechtmatig-verwerken.md', (text) => text.replace('## Risico', '## Risicos'));
    const { status, stdout } = runAction(repo.root, { PR_BASE_SHA: base });
    const files = new Set(annotations(stdout).map((line) => /file=([^,]+)/.exec(line)?.[1]));
    expect(status).toBe(1);
    expect(files).toContain('docs/voldoen-aan-wetten-en-regels/vereisten/avg-01-persoonsgegevens-rechtmatig-verwerken.md');
    expect(files).not.toContain('docs/voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md');
    expect(stdout).toContain('lijkt de sectie `## Risico`');
  });

  it('never lets the shell evaluate an input', () => {
    repo = gitCopy(SAMPLE);
    const { stdout, stderr } = runAction(repo.root, { INPUT_PATHS: '$(touch pwned) `touch pwned2` ; touch pwned3', INPUT_LANG: 'nl; touch pwned4' });
    for (const name of ['pwned', 'pwned2', 'pwned3', 'pwned4']) expect(existsSync(path.join(repo.root, name)), name).toBe(false);
    expect(`${stdout}${stderr}`).toMatch(/--lang must be nl or en|no such file or folder/);
  });

  it('takes a changed-since input that looks like an option as a ref, never as an option of git', () => {
    repo = gitCopy(SAMPLE);
    repo.git('remote', 'add', 'origin', repo.root);
    const marker = path.join(repo.root, 'pwned5');
    const { status, stderr } = runAction(repo.root, { INPUT_CHANGED_SINCE: `--upload-pack=touch ${marker};false` });
    expect(existsSync(marker)).toBe(false);
    expect(status).toBe(2);
    expect(stderr).toMatch(/changed-since/);
  });

  it('refuses an input with a newline where it would write GITHUB_OUTPUT', () => {
    repo = gitCopy(SAMPLE);
    const { status, output, stdout } = runAction(repo.root, { INPUT_SARIF: 'results.sarif\ninjected=1' });
    expect(output).not.toContain('injected');
    expect(status).toBe(2);
    expect(stdout).toMatch(/::error title=algoritmekader-lint::sarif/);
  });
});
