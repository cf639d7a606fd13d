/**
 * The GitHub Action (`runs.using: node24`, `main: bundle/action.mjs`): reads
 * its inputs and the event as GitHub passes them (INPUT_* variables, the
 * event payload file), runs the CLI in this process and sets the `sarif`
 * output. Inputs are data: never evaluated by a shell, never read as options.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ERRORS, errorText, LocalizedError, say } from '../errors.js';
import { HEADERS_ENV } from '../external/trusted.js';
import type { GitHubTiming } from '../github/client.js';
import { ACTIONS_LOGIN, type Author, fingerprint } from '../github/comment-text.js';
import type { FeedbackSettings } from '../github/pull-request.js';
import { escapeData } from '../reporters/github.js';
import { noCommands, printable } from '../reporters/printable.js';
import { isPlainRef, isShallow, mergeBase } from '../run/git.js';
import { type CliIo, type LintReport, main } from './cli/main.js';

/** An input that cannot be meant: one annotation, in the language of the `lang` input. */
class InputError extends LocalizedError {}

/** An input as the Actions toolkit reads it: `INPUT_` + the name upper-cased, spaces as `_` (hyphens stay). */
export function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** The pull request's base commit from the event payload, if the run is for a pull request. */
function pullRequestBase(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
    const sha = event.pull_request?.base?.sha;
    return typeof sha === 'string' ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** Makes sure `ref` is in the clone: a shallow checkout may lack the base (fetched by commit, without a shell). */
function ensureCommit(cwd: string, ref: string): void {
  const run = (args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });
  try {
    run(['cat-file', '-e', `${ref}^{commit}`]);
  } catch {
    try {
      run(['fetch', '--no-tags', '--depth=1', 'origin', '--', ref]);
    } catch {
      // The CLI says clearly that the ref is not a commit here.
    }
  }
}

/** How far a shallow checkout is deepened, in turn, to find where the pull request branched off (then the run fails with the fix). */
const DEEPEN_STEPS = [50, 250, 1000];

/**
 * In a shallow checkout (actions/checkout's default depth 1) the branch
 * point of the pull request head and its base is not in the clone: fetch
 * more history of both, a bounded number of times. Where it still cannot be
 * found, the CLI fails closed with the fix (fetch-depth: 0).
 */
function deepenToMergeBase(cwd: string, base: string): void {
  if (!isShallow(cwd)) return;
  const commit = (ref: string) => {
    try {
      return execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return undefined;
    }
  };
  const [baseCommit, head] = [commit(base), commit('HEAD')];
  if (!baseCommit || !head) return;
  for (const depth of DEEPEN_STEPS) {
    if (mergeBase(cwd, baseCommit)) return;
    try {
      execFileSync('git', ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, 'origin', '--', baseCommit, head], { cwd, stdio: 'ignore' });
    } catch {
      return; // no origin, or it refuses: the CLI says what is missing
    }
  }
}

/** The CLI arguments the inputs stand for. Throws InputError for an input that cannot be meant. */
export function argumentsFor(env: NodeJS.ProcessEnv, cwd: string): string[] {
  // Without the input, the run takes the configuration's language (the CLI decides).
  const lang = input(env, 'lang');
  const args = ['--reporter', 'github', '--reporter', 'pretty', '--no-color', ...(lang ? ['--lang', lang] : [])];
  const since = input(env, 'changed-since') || pullRequestBase(env) || '';
  if (since && since !== 'none') {
    // A refspec (`+refs/heads/pr:refs/heads/main`) would reach `git fetch` and overwrite a local branch.
    if (!isPlainRef(since)) throw new InputError(ERRORS.inputChangedSince, { value: printable(since) });
    ensureCommit(cwd, since);
    deepenToMergeBase(cwd, since);
    args.push('--changed-since', since);
    if (/^(true|yes|1)$/i.test(input(env, 'all-findings'))) args.push('--all-findings');
    if (/^(true|yes|1)$/i.test(input(env, 'accept-config-change'))) args.push('--accept-config-change');
  }
  if (/^(true|yes|1)$/i.test(input(env, 'external'))) args.push('--external', '--no-progress');
  // Where the external check may connect is the workflow's to say, never the repository's.
  const allowPrivate = input(env, 'external-allow-private');
  if (/^(true|yes|1)$/i.test(allowPrivate)) args.push('--external-allow-private');
  else if (!/^(false|no|0|)$/i.test(allowPrivate)) {
    for (const entry of allowPrivate.split(/[\s,]+/).filter(Boolean)) args.push(`--external-allow-address=${entry}`);
  }
  for (const rule of input(env, 'rules').split(/\s+/).filter(Boolean)) args.push(`--rule=${rule}`);
  const failOn = input(env, 'fail-on') || 'error';
  if (/^warnings?$/.test(failOn)) args.push('--max-warnings', '0');
  else if (!/^errors?$/.test(failOn)) throw new InputError(ERRORS.inputFailOn, { value: printable(failOn) });
  const sarif = input(env, 'sarif');
  if (/[\r\n]/.test(sarif)) throw new InputError(ERRORS.inputSarif);
  if (sarif) args.push('--reporter', `sarif=${sarif}`);
  // Paths are split on whitespace only; the linter expands globs. `--` keeps a path from being read as an option.
  const paths = input(env, 'paths').split(/\s+/).filter(Boolean);
  return paths.length ? [...args, '--', ...paths] : args;
}

/** An on/off input's value: true, false or (where `auto` is allowed) auto; empty is `fallback`. */
function switchValue(name: string, value: string, fallback: 'on' | 'off' | 'auto', allowAuto = false): 'on' | 'off' | 'auto' {
  if (value === '') return fallback;
  if (/^(true|yes|1|on)$/i.test(value)) return 'on';
  if (/^(false|no|0|off)$/i.test(value)) return 'off';
  if (allowAuto && /^auto$/i.test(value)) return 'auto';
  throw new InputError(ERRORS.inputSwitch, { name, value: printable(value) });
}

/**
 * Who our comments are on the pull request: the token's bot, and this use of
 * the Action (workflow, job, folder and rules: a re-run is the same instance,
 * a links-only job beside the full one is not).
 */
function authorOf(env: NodeJS.ProcessEnv): Author {
  const rules = input(env, 'rules').split(/\s+/).filter(Boolean).sort();
  const instance = fingerprint(env.GITHUB_WORKFLOW ?? '', env.GITHUB_JOB ?? '', input(env, 'working-directory') || '.', ...rules).slice(0, 12);
  return { login: input(env, 'comment-author') || ACTIONS_LOGIN, instance };
}

/** The pull-request feedback's settings; checked before the run, so that a wrong input fails before any work. */
function feedbackSettings(env: NodeJS.ProcessEnv, write: (text: string) => void, timing?: GitHubTiming): FeedbackSettings {
  return {
    timing,
    env,
    token: input(env, 'github-token'),
    author: authorOf(env),
    suggestions: switchValue('suggestions', input(env, 'suggestions'), 'auto', true) as FeedbackSettings['suggestions'],
    summaryComment: switchValue('summary-comment', input(env, 'summary-comment'), 'on') === 'on',
    log: (line) => write(`${noCommands(printable(`algoritmekader-lint: ${line}`))}\n`),
  };
}

/** Review suggestions and the summary comment; whatever happens there, the lint result stands. */
async function giveFeedback(report: LintReport | undefined, settings: FeedbackSettings): Promise<void> {
  if (!report) return;
  try {
    const { pullRequestFeedback } = await import('../github/pull-request.js');
    await pullRequestFeedback(report, settings);
  } catch (error) {
    settings.log(errorText(error, report.lang));
  }
}

/** Appends `name=value` to $GITHUB_OUTPUT with a random delimiter, as the toolkit does. */
function setOutput(env: NodeJS.ProcessEnv, name: string, value: string): void {
  if (!env.GITHUB_OUTPUT) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** What a caller in the same process may give the Action besides the runner's variables: the GitHub API client's clock. */
export interface ActionOptions {
  gitHubTiming?: GitHubTiming;
}

export async function runAction(
  env: NodeJS.ProcessEnv = process.env,
  write = (text: string) => process.stdout.write(text),
  options: ActionOptions = {},
): Promise<number> {
  const failure = (message: string) => write(`::error title=algoritmekader-lint::${escapeData(printable(message))}\n`);
  try {
    const cwd = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), input(env, 'working-directory') || '.');
    const args = argumentsFor(env, cwd);
    const feedback = feedbackSettings(env, write, options.gitHubTiming);
    let report: LintReport | undefined;
    // Headers (tokens, from secrets) go through the environment, not the command line.
    const headers = input(env, 'external-http-headers');
    const cliEnv = headers ? { ...env, [HEADERS_ENV]: headers } : env;
    let problem = '';
    const io: CliIo = {
      stdout: write,
      stderr: (text) => {
        problem += text;
        process.stderr.write(text);
      },
      cwd,
      isTTY: false,
      env: cliEnv,
      onReport: (done) => {
        report = done;
      },
    };
    const status = await main(args, io);
    if (status !== 2) await giveFeedback(report, feedback);
    // A usage or configuration error has no line to annotate: it becomes one annotation of its own.
    // The annotation's title already names the tool: the CLI's own prefix is left out.
    if (status === 2) failure(problem.trim().replace(/^algoritmekader-lint: /gm, '') || 'algoritmekader-lint failed');
    const sarif = input(env, 'sarif');
    if (sarif && status !== 2) setOutput(env, 'sarif', sarif);
    return status;
  } catch (error) {
    const lang = input(env, 'lang') === 'en' ? 'en' : 'nl';
    failure(error instanceof InputError ? errorText(error, lang) : say(ERRORS.unexpected, { detail: errorText(error, lang) }, lang));
    return 2;
  }
}
