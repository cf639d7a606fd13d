/**
 * This repository as `uses: MinBZK/algoritmekader-lint@v0` downloads it: the
 * files as they would be committed (on a clean checkout, exactly `git archive
 * HEAD`), without anything git ignores (node_modules, dist). `run` starts the
 * action's `main` as the runner does, with GitHub's environment.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './rule-docs.js';

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
  summary: string;
}

export type ActionArchive = ReturnType<typeof actionArchive>;

/**
 * The action's inputs as GitHub sets them when a workflow gives none: action.yml's defaults, read from it
 * (an expression such as `${{ github.token }}` is left empty: a test gives the token it means).
 */
const DEFAULT_INPUTS = Object.fromEntries(
  Object.entries((parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs).map(
    ([name, { default: value = '' }]) => [`INPUT_${name.toUpperCase()}`, value.includes('${{') ? '' : value],
  ),
);

/**
 * The runner's files and variables for one run of the action at `actionPath`; `event` becomes the payload file.
 * `outcome` reads what the run wrote there, and removes the files.
 */
export function runnerFor(actionPath: string, workspace: string, inputs: Record<string, string>, event: object) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ak-runner-'));
  const file = { output: path.join(folder, 'output'), summary: path.join(folder, 'summary'), event: path.join(folder, 'event.json') };
  writeFileSync(file.output, '');
  writeFileSync(file.summary, '');
  writeFileSync(file.event, JSON.stringify(event));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: file.event,
    GITHUB_OUTPUT: file.output,
    GITHUB_STEP_SUMMARY: file.summary,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'MinBZK/Algoritmekader',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_ACTION_PATH: actionPath,
    RUNNER_TEMP: folder,
    ...DEFAULT_INPUTS,
    ...inputs,
  };
  const started = Date.now();
  const outcome = (result: { status: number | null; stdout: string; stderr: string }): ActionRun => {
    const run = {
      ...result,
      output: readFileSync(file.output, 'utf8'),
      summary: readFileSync(file.summary, 'utf8'),
      milliseconds: Date.now() - started,
    };
    rmSync(folder, { recursive: true, force: true });
    return run;
  };
  return { env, outcome };
}

export function actionArchive() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ak-action-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(path.join(ROOT, file)));
  const tar = execFileSync('tar', ['-c', '--null', '-T', '-', '-f', '-'], { cwd: ROOT, input: files.join('\0'), maxBuffer: 512 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', root], { input: tar, maxBuffer: 512 * 1024 * 1024 });
  if (existsSync(path.join(root, 'node_modules')) || existsSync(path.join(root, 'dist'))) throw new Error('the archive must not hold node_modules or dist');

  /** Runs `node bundle/action.mjs` from the workspace with the runner's variables; `event` becomes the payload file. */
  function run(workspace: string, inputs: Record<string, string>, event: object = { action: 'opened' }): ActionRun {
    const { env, outcome } = runnerFor(root, workspace, inputs, event);
    return outcome(spawnSync(process.execPath, [path.join(root, 'bundle/action.mjs')], { cwd: workspace, env, encoding: 'utf8' }));
  }

  /** `run` without blocking this process (for a server the test runs, such as a fake GitHub API). */
  function runAsync(workspace: string, inputs: Record<string, string>, event: object = { action: 'opened' }): Promise<ActionRun> {
    const { env, outcome } = runnerFor(root, workspace, inputs, event);
    const child = spawn(process.execPath, [path.join(root, 'bundle/action.mjs')], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (status) => resolve(outcome({ status, stdout, stderr })));
    });
  }

  return { root, run, runAsync, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
