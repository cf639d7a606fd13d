/**
 * The Action's feedback on a pull request against a fake GitHub API on
 * loopback that checks every request against GitHub's OpenAPI description
 * and keeps what was posted. The first test runs the committed bundle end to
 * end, as the runner starts it (GitHub's variables, a pull_request payload),
 * in real time; the others run the Action in this process with the same
 * variables and files, and its API client on a fast clock: GitHub's
 * `retry-after` seconds and octokit's pacing of writes take milliseconds.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ActionArchive, actionArchive } from './helpers/action-archive.js';
import { runActionInProcess } from './helpers/action-in-process.js';
import { type FakeGitHub, type PullFile, startFakeGitHub } from './helpers/fake-github.js';
import { gitCopy } from './helpers/git-repo.js';
import { copyOfSample, SAMPLE } from './helpers/rule-docs.js';
import { runCli } from './helpers/run-cli.js';

const PAGE = 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-01-werkinstructies-gebruikers.md';
const PULL = 7;
const WRITE_TOKEN = 'ghs_write_token_of_the_test';
const READ_TOKEN = 'ghs_read_only_token_of_the_test';

let archive: ActionArchive;
let fake: FakeGitHub;
let repo: ReturnType<typeof gitCopy>;
let base: string;

beforeAll(() => {
  archive = actionArchive();
});
afterAll(() => archive.cleanup());
beforeEach(async () => {
  fake = await startFakeGitHub('MinBZK', 'Algoritmekader', PULL);
  fake.tokens.set(WRITE_TOKEN, 'write').set(READ_TOKEN, 'read');
  // The pull request: a typo in a reference under `vereiste:`, and a new paragraph further down.
  repo = gitCopy(SAMPLE);
  base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'pr');
  repo.edit(PAGE, (text) => `${text.replace('- aia-01-ai-geletterdheid\n', '- aia-01-ai-geletterdhied\n').trimEnd()}\n\nEen nieuwe alinea onderaan.\n`);
  commit('typo');
});
afterEach(async () => {
  await fake.close();
  repo.cleanup();
});

/** Commits the work tree and tells the fake the pull request's new head and files (GitHub's patches are git's hunks). */
function commit(message: string): string {
  repo.git('add', '-A');
  repo.git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-q', '-m', message);
  const head = repo.git('rev-parse', 'HEAD').trim();
  const files: PullFile[] = repo
    .git('diff', '--name-only', base, head)
    .split('\n')
    .filter(Boolean)
    .map((filename) => {
      const diff = repo.git('diff', base, head, '--', filename);
      return { filename, status: 'modified', patch: diff.slice(diff.indexOf('@@')).trimEnd() };
    });
  fake?.setPull(head, files);
  return head;
}

function payload(head = repo.git('rev-parse', 'HEAD').trim(), headRepo = 'MinBZK/Algoritmekader') {
  const repository = { full_name: 'MinBZK/Algoritmekader', name: 'Algoritmekader', owner: { login: 'MinBZK' } };
  return {
    action: 'synchronize',
    number: PULL,
    pull_request: {
      number: PULL,
      state: 'open',
      base: { ref: 'main', sha: base, repo: repository },
      head: { ref: 'pr', sha: head, repo: { ...repository, full_name: headRepo, owner: { login: headRepo.split('/')[0] } } },
    },
    repository,
  };
}

const runnerInputs = (token: string, inputs: Record<string, string>) => ({
  GITHUB_API_URL: fake.url,
  GITHUB_TOKEN: token,
  'INPUT_GITHUB-TOKEN': token,
  ...inputs,
});

/** The Action in this process; one second of the API client's waits is 10 ms. */
function runAction(token: string, event = payload(), inputs: Record<string, string> = {}) {
  return runActionInProcess(repo.root, runnerInputs(token, inputs), event, { gitHubTiming: { second: 10 } });
}

/** The committed bundle as the runner starts it, in real time. */
function runBundle(token: string, event = payload(), inputs: Record<string, string> = {}) {
  return archive.runAsync(repo.root, runnerInputs(token, inputs), event);
}

const annotations = (stdout: string) => stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));
const writes = () => fake.requests.filter((request) => request.method !== 'GET');
/** The operations written since the first `from` writes. */
const writtenSince = (from: number) =>
  writes()
    .slice(from)
    .map((request) => request.operationId);

/** The text of a suggestion block (any fence length). */
function suggested(body: string): string {
  const found = /^(`{3,})suggestion\n([\s\S]*?)\n?\1$/m.exec(body);
  if (!found) throw new Error(`no suggestion in ${body}`);
  return found[2];
}

/** What `--fix` writes for the page (then the work tree is put back). */
async function fixedByCli(): Promise<string> {
  const { status } = await runCli(repo.root, ['--fix', '--changed-since', base, '--quiet']);
  expect(status).toBe(0);
  const fixed = repo.read(PAGE);
  repo.git('checkout', '--', '.');
  return fixed;
}

/** The page with the suggestion applied as GitHub's "Commit suggestion" does: its lines replaced. */
function applySuggestion(text: string, comment: { start_line?: number | null; line: number; body: string }): string {
  const lines = text.split('\n');
  const first = comment.start_line ?? comment.line;
  lines.splice(first - 1, comment.line - first + 1, ...suggested(comment.body).split('\n'));
  return lines.join('\n');
}

describe('suggested changes on the pull request', () => {
  it('a typo under vereiste: gets exactly one suggestion, whose applied text is what --fix writes (the bundle, as the runner starts it)', async () => {
    const run = await runBundle(WRITE_TOKEN);
    expect(fake.violations).toEqual([]);
    expect(run.status).toBe(1);
    expect(annotations(run.stdout)).toEqual([expect.stringMatching(/^::error file=docs\/.*6-imp-01.*,line=14,.*reference-exists/)]);
    expect(fake.reviewComments).toHaveLength(1);
    const [comment] = fake.reviewComments;
    expect(comment).toMatchObject({ path: PAGE, line: 14, side: 'RIGHT', start_line: null, commit_id: repo.git('rev-parse', 'HEAD').trim() });
    expect(comment.body).toMatch(
      /^<!-- algoritmekader-lint:suggestion job=[0-9a-f]{12} id=[0-9a-f]{16} -->\n\*\*fout\*\* `reference-exists`: <code>aia-01-ai-geletterdhied<\/code> onder/,
    );
    expect(suggested(comment.body)).toBe('- aia-01-ai-geletterdheid');
    expect(applySuggestion(repo.read(PAGE), comment)).toBe(await fixedByCli());
    // One review with it (one notification), and one summary comment in Dutch.
    expect(writes().map((request) => request.operationId)).toEqual(['pulls/create-review', 'issues/create-comment']);
    expect(fake.issueComments).toHaveLength(1);
    expect(fake.issueComments[0].body).toMatch(
      /^<!-- algoritmekader-lint:summary job=[0-9a-f]{12} -->\n## algoritmekader-lint\n\n\*\*1\*\* meldingen in wat deze pull request verandert: \*\*1\*\* fouten/,
    );
    expect(fake.issueComments[0].body).toMatch(/1 meldingen hebben een voorgestelde wijziging bij hun regel/);
    expect(fake.issueComments[0].body).toMatch(/<code>docs\/.*6-imp-01-werkinstructies-gebruikers\.md&#58;14<\/code> fout `reference-exists`/);
  }, 120_000);

  it('a second run posts nothing; after the fix commit the suggestion is deleted and the summary updated', async () => {
    await runAction(WRITE_TOKEN);
    const firstWrites = writes().length;
    const [comment] = fake.reviewComments;
    const summaryBefore = fake.issueComments[0].body;

    const again = await runAction(WRITE_TOKEN);
    expect(again.status).toBe(1);
    expect(writes()).toHaveLength(firstWrites);
    expect(fake.reviewComments).toEqual([comment]);

    // The author commits the suggestion in the browser.
    repo.write(PAGE, applySuggestion(repo.read(PAGE), comment));
    commit('Apply suggestions from code review');
    const fixed = await runAction(WRITE_TOKEN);
    expect(fake.violations).toEqual([]);
    expect(fixed.status).toBe(0);
    expect(fake.reviewComments).toEqual([]);
    expect(
      writes()
        .slice(firstWrites)
        .map((request) => `${request.operationId} ${request.status}`),
    ).toEqual(['pulls/delete-review-comment 204', 'issues/update-comment 200']);
    expect(fake.issueComments).toHaveLength(1);
    expect(fake.issueComments[0].body).not.toBe(summaryBefore);
    expect(fake.issueComments[0].body).toMatch(/✅ Geen meldingen in wat deze pull request verandert\./);
  }, 120_000);

  it("speaks the language of the repository's configuration when the lang input is empty", async () => {
    repo.write('.algoritmekader-lint.yaml', 'lang: en\n');
    commit('English');
    const run = await runAction(WRITE_TOKEN);
    expect(run.status).toBe(1);
    expect(fake.reviewComments).toHaveLength(1);
    expect(fake.reviewComments[0].body).toMatch(/\*\*error\*\* `reference-exists`/);
    expect(fake.issueComments[0].body).toMatch(/1 findings have a suggested change on their line/);
  });

  it("a person's comment that carries our mark is neither taken for ours nor deleted", async () => {
    await runAction(WRITE_TOKEN);
    const someone = { ...fake.reviewComments[0].user, login: 'someone', id: 1234, type: 'User' };
    // Anyone may comment on a public pull request, and our mark is no secret: copies of our comments, ours gone.
    fake.reviewComments.splice(0, 1, { ...fake.reviewComments[0], id: 999_001, user: someone });
    fake.issueComments.splice(0, 1, { ...fake.issueComments[0], id: 999_002, user: someone });
    const before = writes().length;
    await runAction(WRITE_TOKEN);
    expect(fake.violations).toEqual([]);
    expect(writtenSince(before)).toEqual(['pulls/create-review', 'issues/create-comment']);
    expect(fake.reviewComments.map((comment) => comment.user.login)).toEqual(['someone', 'github-actions[bot]']);
    expect(fake.issueComments.map((comment) => comment.user.login)).toEqual(['someone', 'github-actions[bot]']);
  }, 120_000);

  it("a fork's read-only token: no API writes, the annotations and summary as before plus the suggested text, the same exit status", async () => {
    const plain = await runAction('', payload(), { INPUT_SUGGESTIONS: 'false', 'INPUT_SUMMARY-COMMENT': 'false' });
    const fork = await runAction(READ_TOKEN, payload(undefined, 'someone/Algoritmekader'));
    expect(fork.status).toBe(plain.status);
    expect(fork.status).toBe(1);
    expect(fake.requests).toEqual([]);
    expect(annotations(fork.stdout)).toEqual(annotations(plain.stdout));
    expect(fork.summary.startsWith(plain.summary)).toBe(true);
    expect(fork.summary.slice(plain.summary.length)).toMatch(
      /### Voorgestelde wijzigingen\n\nNiet als reviewcommentaar geplaatst \(het token mag niet op de pull request schrijven[^)]*\)/,
    );
    expect(fork.summary).toMatch(/regel 14 wordt:\n\n\*\*fout\*\* `reference-exists`[^\n]*\n\n```markdown\n- aia-01-ai-geletterdheid\n```/);
    expect(fork.stdout).toMatch(
      /algoritmekader-lint: 1 voorgestelde wijziging\(en\) niet als reviewcommentaar geplaatst \(het token mag niet op de pull request schrijven/,
    );

    // The same read-only token on a pull request from the repository itself (a workflow without the permission): refused writes, the same outcome.
    const refused = await runAction(READ_TOKEN);
    expect(fake.violations).toEqual([]);
    expect(refused.status).toBe(1);
    expect(annotations(refused.stdout)).toEqual(annotations(plain.stdout));
    expect(writes().every((request) => request.status === 403)).toBe(true);
    expect(fake.reviewComments).toEqual([]);
    expect(fake.issueComments).toEqual([]);
    expect(refused.summary).toMatch(/Niet als reviewcommentaar geplaatst \(de GitHub-API gaf een fout\)[\s\S]*- aia-01-ai-geletterdheid/);
    expect(refused.stdout).toMatch(/algoritmekader-lint: voorgestelde wijzigingen niet geplaatst: HTTP 403: Resource not accessible by integration/);
  }, 120_000);

  it("another bot's comment with our mark (renovate's) is neither taken for ours nor changed", async () => {
    await runAction(WRITE_TOKEN);
    const [ours] = fake.reviewComments;
    const renovate = { ...ours.user, login: 'renovate[bot]', id: 555, type: 'Bot' };
    // Its comments carry our current marks exactly (instance key and all: workflow and job names are public); ours are gone.
    const summaryMark = fake.issueComments[0].body.split('\n')[0];
    fake.reviewComments.splice(0, 1, { ...ours, id: 777_001, user: renovate, body: `${ours.body.split('\n')[0]}\nRenovate: please merge` });
    fake.issueComments.splice(0, 1, { ...fake.issueComments[0], id: 777_002, user: renovate, body: `${summaryMark}\nAnother bot's comment` });
    const before = writes().length;
    await runAction(WRITE_TOKEN);
    expect(fake.violations).toEqual([]);
    expect(writtenSince(before)).toEqual(['pulls/create-review', 'issues/create-comment']);
    expect(fake.reviewComments.map((comment) => comment.user.login)).toEqual(['renovate[bot]', 'github-actions[bot]']);
    expect(fake.issueComments.find((comment) => comment.id === 777_002)?.body).toBe(`${summaryMark}\nAnother bot's comment`);
  }, 120_000);

  it("two jobs on one pull request (a links-only run beside the full one) leave each other's comments alone", async () => {
    const full = await runAction(WRITE_TOKEN);
    expect(full.status).toBe(1);
    const suggestion = fake.reviewComments[0];
    const summary = fake.issueComments[0].body;
    const before = writes().length;
    const links = await runAction(WRITE_TOKEN, payload(), { INPUT_RULES: 'external-url' });
    expect(links.status).toBe(0);
    // Nothing to say for the links-only job: it writes nothing, and deletes or overwrites nothing of the other.
    expect(writtenSince(before)).toEqual([]);
    expect(fake.reviewComments).toEqual([suggestion]);
    expect(fake.issueComments.map((comment) => comment.body)).toEqual([summary]);
    // The full job again: all as it was, nothing to write.
    await runAction(WRITE_TOKEN);
    expect(writtenSince(before)).toEqual([]);
    // The same job in another workflow is another instance: its own suggestion and summary beside the first.
    await runAction(WRITE_TOKEN, payload(), { GITHUB_WORKFLOW: 'Nachtelijke controle' });
    expect(fake.violations).toEqual([]);
    expect(fake.reviewComments).toHaveLength(2);
    expect(fake.reviewComments[0]).toEqual(suggestion);
    expect(fake.issueComments.map((comment) => comment.body)).toEqual([summary, expect.stringMatching(/^<!-- algoritmekader-lint:summary job=/)]);
    expect(fake.issueComments[1].body.split('\n')[0]).not.toBe(summary.split('\n')[0]);
  }, 180_000);

  it('a docs_dir that starts with U+202F and ::warning injects no workflow command', () => {
    const root = copyOfSample('narrow-space');
    try {
      const dir = '\u202f::warning title=Injected by the PR::Approve me%0A';
      renameSync(path.join(root, 'docs'), path.join(root, dir));
      const mkdocs = readFileSync(path.join(root, 'mkdocs.yml'), 'utf8').replace(/^docs_dir: .*$/m, `docs_dir: "${dir}"`);
      writeFileSync(path.join(root, 'mkdocs.yml'), mkdocs);
      const run = archive.run(root, { 'INPUT_CHANGED-SINCE': 'none' });
      expect(run.stdout).toContain('Injected by the PR');
      // The runner trims each line (.NET Char.IsWhiteSpace: U+202F, U+205F, U+1680 among them) before it looks for `::`.
      const trimmed = run.stdout.split('\n').map((line) => line.replace(/^[\s\p{Zs}\u0085\u180e]+/u, ''));
      expect(trimmed.filter((line) => line.startsWith('::') && !/^::(error|warning|notice) file=/.test(line))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);

  for (const status of [403, 429] as const) {
    it(`a secondary rate limit (${status} with retry-after) is retried, then given up cleanly`, async () => {
      fake.limitWrites = { status, retryAfter: 1 };
      const run = await runAction(WRITE_TOKEN);
      expect(fake.violations).toEqual([]);
      expect(run.status).toBe(1);
      const reviews = fake.requests.filter((request) => request.operationId === 'pulls/create-review');
      expect(reviews.length).toBeGreaterThan(1);
      expect(reviews.every((request) => request.status === status)).toBe(true);
      expect(fake.reviewComments).toEqual([]);
      expect(run.stdout).toMatch(/API-limiet bij POST \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/reviews: opnieuw over 1 s/);
      expect(run.stdout).toMatch(/reviews: opgegeven/);
      // Given up, the run writes no more (the summary comment neither).
      expect(run.stdout).toMatch(/samenvatting op de pull request niet bijgewerkt: GitHub weigerde al eerder/);
      expect(fake.requests.filter((request) => request.operationId === 'issues/create-comment')).toEqual([]);
      expect(run.stdout).toMatch(/voorgestelde wijzigingen niet geplaatst: HTTP \d+: You have exceeded a secondary rate limit/);
      expect(run.summary).toMatch(/Niet als reviewcommentaar geplaatst \(de GitHub-API gaf een fout\)[\s\S]*- aia-01-ai-geletterdheid/);
      expect(run.stderr).not.toMatch(/at .*\.mjs:\d+/);
    }, 180_000);
  }
});
