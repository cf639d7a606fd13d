/**
 * The GitHub Action as GitHub runs it: `node bundle/action.mjs` with the
 * runner's environment (GITHUB_WORKSPACE, INPUT_* with hyphens kept, the
 * event payload file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), from a plain
 * `git archive` of this repository: no node_modules, no build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ActionArchive, actionArchive } from './helpers/action-archive.js';
import { copyCorpus, HAS_CORPUS } from './helpers/corpus.js';
import { gitCopy } from './helpers/git-repo.js';
import { SAMPLE } from './helpers/rule-docs.js';

let archive: ActionArchive;
let repo: ReturnType<typeof gitCopy> | undefined;

beforeAll(() => {
  archive = actionArchive();
});
afterAll(() => archive.cleanup());
afterEach(() => repo?.cleanup());

const runAction = (workspace: string, inputs: Record<string, string>, event?: object) => archive.run(workspace, inputs, event);

const annotations = (stdout: string) => stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));

describe('the action, from a git archive without install or build', () => {
  it('is a node24 action whose main is the committed bundle', () => {
    const manifest = readFileSync(path.join(archive.root, 'action.yml'), 'utf8');
    expect(manifest).toMatch(/using: node24\n\s+main: bundle\/action\.mjs/);
    expect(manifest).not.toMatch(/setup-node|npm (ci|install)/);
  });

  it('annotates the findings, writes the summary, and fails on errors', () => {
    repo = gitCopy(SAMPLE);
    const { status, stdout, summary } = runAction(repo.root, {});
    expect(status).toBe(1);
    // 11 errors and 1 warning: GitHub shows 10 of each kind per step, so 10 + 1 are annotated.
    expect(annotations(stdout)).toHaveLength(11);
    expect(summary).toMatch(/## algoritmekader-lint/);
    expect(summary).toMatch(/\*\*11\*\* fouten/);
    expect(summary).toMatch(/11 van de 12 meldingen staan als annotatie/);
    // Every finding is listed, with a link to its line.
    expect(summary.match(/^- \[\d+:\d+\]\(https:\/\/github\.com\/MinBZK\/Algoritmekader\/blob\/0123456789abcdef/gm)).toHaveLength(12);
  });

  it.skipIf(!HAS_CORPUS)('on the real corpus: at most 10 annotations of each kind, errors first, and the summary says so and lists all', () => {
    const copy = copyCorpus();
    try {
      const { status, stdout, summary } = runAction(copy.root, { INPUT_LANG: 'en' });
      expect(status).toBe(1);
      const kinds = annotations(stdout).map((line) => /^::(\w+)/.exec(line)![1]);
      const counts = { error: 0, warning: 0, notice: 0 } as Record<string, number>;
      for (const kind of kinds) counts[kind]++;
      expect(counts.error).toBe(10);
      expect(counts.warning).toBeLessThanOrEqual(10);
      expect(counts.notice).toBeLessThanOrEqual(10);
      expect(kinds.indexOf('warning')).toBeGreaterThan(kinds.lastIndexOf('error'));
      const total = Number(/(\d+) findings are annotated|of the (\d+) findings/.exec(summary)?.[2]);
      expect(summary).toMatch(/GitHub shows at most 10 annotations of each kind per step/);
      expect(total).toBeGreaterThan(kinds.length);
      expect(summary.match(/^- \[\d+:\d+\]/gm)).toHaveLength(total);
    } finally {
      copy.cleanup();
    }
  });

  it('in a pull request checks what changed since the base in the event payload', () => {
    repo = gitCopy(SAMPLE);
    const base = repo.git('rev-parse', 'HEAD').trim();
    const avg = 'docs/voldoen-aan-wetten-en-regels/vereisten/avg-01-persoonsgegevens-rechtmatig-verwerken.md';
    repo.edit(avg, (text) => text.replace('## Risico', '## Risicos'));
    const { status, stdout } = runAction(
      repo.root,
      {},
      { action: 'synchronize', pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: base } } },
    );
    const files = new Set(annotations(stdout).map((line) => /file=([^,]+)/.exec(line)?.[1]));
    expect(status).toBe(1);
    expect(files).toContain(avg);
    expect(files).not.toContain('docs/voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md');
    expect(stdout).toContain('lijkt de sectie `## Risico`');
  });

  it('puts the findings on changed lines first when more than GitHub shows are found', () => {
    repo = gitCopy(SAMPLE);
    const base = repo.git('rev-parse', 'HEAD').trim();
    const avg = 'docs/voldoen-aan-wetten-en-regels/vereisten/avg-01-persoonsgegevens-rechtmatig-verwerken.md';
    repo.edit(avg, (text) => text.replace('## Risico', '## Risicos'));
    // Everything is checked (paths: docs) with the old findings too, so 12 errors compete for 10 places; the changed line's goes first.
    const { stdout } = runAction(repo.root, { INPUT_PATHS: 'docs', 'INPUT_ALL-FINDINGS': 'true' }, { pull_request: { base: { sha: base } } });
    const errors = annotations(stdout).filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toContain(`file=${avg}`);
    expect(errors[0]).toContain('required-sections');
  });

  it('takes working-directory relative to the workspace, and fail-on', () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'ak-workspace-'));
    try {
      execFileSync('cp', ['-R', SAMPLE, path.join(workspace, 'content')]);
      writeFileSync(path.join(workspace, 'content/.algoritmekader-lint.json'), JSON.stringify({ rules: { 'site-markers': 'off' } }));
      const woo = 'docs/voldoen-aan-wetten-en-regels/vereisten/woo-01-recht-op-toegang-tot-publieke-informatie.md';
      const inputs = { 'INPUT_WORKING-DIRECTORY': 'content', INPUT_PATHS: woo };
      const passed = runAction(workspace, { ...inputs, 'INPUT_FAIL-ON': 'error' });
      expect(passed.status).toBe(0);
      // Annotations name files relative to the workspace, where GitHub looks for them.
      expect(annotations(passed.stdout)[0]).toContain(`file=content/${woo}`);
      expect(runAction(workspace, { ...inputs, 'INPUT_FAIL-ON': 'warning' }).status).toBe(1);
      const wrong = runAction(workspace, { ...inputs, 'INPUT_FAIL-ON': 'sometimes' });
      expect(wrong.status).toBe(2);
      expect(wrong.stdout).toMatch(/^::error title=algoritmekader-lint::fail-on is error of warning, niet 'sometimes'$/m);
      const english = runAction(workspace, { ...inputs, 'INPUT_FAIL-ON': 'sometimes', INPUT_LANG: 'en' });
      expect(english.stdout).toMatch(/^::error title=algoritmekader-lint::fail-on must be error or warning, not 'sometimes'$/m);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('rules: only the named rules run', () => {
    repo = gitCopy(SAMPLE);
    const { stdout } = runAction(repo.root, { INPUT_RULES: 'link-target  label-values' });
    const rules = new Set(annotations(stdout).map((line) => /title=algoritmekader-lint%3A ([\w-]+)/.exec(line)?.[1]));
    expect(rules).toEqual(new Set(['link-target', 'label-values']));
  });

  it('writes SARIF and sets the sarif output in the delimiter form', () => {
    repo = gitCopy(SAMPLE);
    const { output } = runAction(repo.root, { INPUT_SARIF: 'results.sarif' });
    expect(output).toMatch(/^sarif<<ghadelimiter_[\w-]+\nresults\.sarif\nghadelimiter_[\w-]+\n$/);
    expect(JSON.parse(readFileSync(path.join(repo.root, 'results.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('a configuration error becomes one annotation and exit 2', () => {
    repo = gitCopy(SAMPLE);
    writeFileSync(path.join(repo.root, '.algoritmekader-lint.json'), '{"rules": {"toelichting-max-words": ["warn", {"max": "many"}]}}');
    const { status, stdout } = runAction(repo.root, {});
    expect(status).toBe(2);
    expect(annotations(stdout)).toHaveLength(1);
    expect(stdout).toMatch(/^::error title=algoritmekader-lint::.*toelichting-max-words/m);
    expect(stdout).not.toContain('::algoritmekader-lint: ');
  });

  it('never lets an input run a command or act as an option', () => {
    repo = gitCopy(SAMPLE);
    repo.git('remote', 'add', 'origin', repo.root);
    const marker = path.join(repo.root, 'pwned');
    const run = runAction(repo.root, { INPUT_PATHS: `$(touch ${marker}) --config=/etc/passwd`, INPUT_LANG: 'nl; touch pwned2' });
    expect(existsSync(marker) || existsSync(path.join(repo.root, 'pwned2'))).toBe(false);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/--lang is nl of en/);
    const since = runAction(repo.root, { 'INPUT_CHANGED-SINCE': `--upload-pack=touch ${marker};false` });
    expect(existsSync(marker)).toBe(false);
    expect(since.status).toBe(2);
    expect(since.stdout).toMatch(/::error title=algoritmekader-lint::changed-since is een git-ref of commit/);
    const sarif = runAction(repo.root, { INPUT_SARIF: 'results.sarif\ninjected=1' });
    expect(sarif.output).not.toContain('injected');
    expect(sarif.status).toBe(2);
  });
});

describe('paths given as input', () => {
  it('are never read as options', () => {
    repo = gitCopy(SAMPLE);
    const run = runAction(repo.root, { INPUT_PATHS: '--help --version' });
    expect(run.stdout).not.toMatch(/Gebruik:|Usage:|^\d+\.\d+\.\d+$/m);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/::error title=algoritmekader-lint::.*--help/);
  });
});
