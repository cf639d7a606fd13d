/**
 * Pull requests on a git copy of the sample: the base is `main`, the change a
 * commit on a branch; run through the CLI (`--changed-since`) and through the
 * Action with a pull-request payload (its bundle as the runner starts it, or
 * in this process).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type ActionArchive, type ActionRun, actionArchive } from './action-archive.js';
import { runActionInProcess } from './action-in-process.js';
import { gitCopy } from './git-repo.js';
import { SAMPLE } from './rule-docs.js';
import { runCli } from './run-cli.js';

export type GitCopy = ReturnType<typeof gitCopy>;
export type Finding = { file: string; line: number; rule: string };

/** The sample under git, with the change made by `change` committed on a branch: its base is `main`. `before` changes the base first. */
export function pullRequest(change: (pr: GitCopy) => void, before?: (repo: GitCopy) => void) {
  const repo = gitCopy(SAMPLE);
  const commit = (message: string) => {
    repo.git('add', '-A');
    repo.git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', message);
  };
  if (before) {
    before(repo);
    commit('base');
  }
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'pr');
  change(repo);
  commit('pr');
  return { repo, root: repo.root, base };
}

export async function cli(root: string, base: string, ...extra: string[]) {
  const { status, report, stderr } = await runCli(root, ['--changed-since', base, '--reporter', 'json', '--lang', 'en', ...extra]);
  const findings: Finding[] = report.flatMap((file) => file.messages.map((message) => ({ file: file.path, line: message.line, rule: message.ruleId })));
  return { status, findings, stderr, report };
}

const pullRequestEvent = (base: string) => ({ action: 'synchronize', pull_request: { number: 1, base: { sha: base }, head: { sha: 'x' } } });

/** The Action's findings, as its annotations say them. */
function annotated(run: ActionRun) {
  const findings = run.stdout
    .split('\n')
    .filter((line) => /^::(error|warning|notice) /.test(line))
    .map((line) => ({
      file: /file=([^,]+)/.exec(line)![1],
      line: Number(/line=(\d+)/.exec(line)![1]),
      rule: /title=algoritmekader-lint%3A ([\w-]+)/.exec(line)![1],
    }));
  return { status: run.status, findings, summary: run.summary, stdout: run.stdout, stderr: run.stderr };
}

/** The Action's bundle with a pull-request payload, as the runner starts it. */
export function action(archive: ActionArchive, root: string, base: string, inputs: Record<string, string> = {}) {
  return annotated(archive.run(root, { INPUT_LANG: 'en', ...inputs }, pullRequestEvent(base)));
}

/** The Action in this process, with the same variables and payload (what it judges, not how the runner starts it). */
export async function actionInProcess(root: string, base: string, inputs: Record<string, string> = {}) {
  return annotated(await runActionInProcess(root, { INPUT_LANG: 'en', ...inputs }, pullRequestEvent(base)));
}

export const MON01 = 'docs/voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md';
/** The defect a test pull request brings: a vereiste name with a typo (reference-exists, line 12 of 7-mon-01). */
export const breakReference = (text: string) => text.replace('- aia-01-ai-geletterdheid', '- aia-01-ai-geletterdhied');

/**
 * For a test file of pull requests: the Action's archive (made once), and
 * `pullRequest`, whose repository is removed after each test.
 */
export function pullRequestHarness() {
  let repo: GitCopy | undefined;
  let archive: ActionArchive | undefined;
  beforeAll(() => {
    archive = actionArchive();
  });
  afterAll(() => archive?.cleanup());
  afterEach(() => repo?.cleanup());
  return {
    get archive(): ActionArchive {
      return archive!;
    },
    pullRequest(change: (pr: GitCopy) => void, before?: (base: GitCopy) => void) {
      const made = pullRequest(change, before);
      repo = made.repo;
      return made;
    },
    /** The Action (in this process) with a pull-request payload on `root`, its base `base`. */
    action: (root: string, base: string, inputs: Record<string, string> = {}) => actionInProcess(root, base, inputs),
  };
}
