/**
 * The path of a fresh clone: without the real corpus the corpus tests are
 * skipped with one line saying how to get it (in CI they fail), and
 * `npm run corpus` fetches the pinned commit, the one every workflow uses.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_SOURCE } from './helpers/corpus.js';
import { gitCopy } from './helpers/git-repo.js';
import { ROOT, SAMPLE } from './helpers/rule-docs.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function temporary(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ak-corpus-source-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

function fetchCorpus(env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts/fetch-corpus.mjs')], { encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('the corpus of a fresh clone', () => {
  it('a fetch that fails (no network) leaves no folder behind and no stray git error', () => {
    const folder = temporary();
    const run = fetchCorpus({
      ALGORITMEKADER_CORPUS: path.join(folder, 'shared/corpus/algoritmekader'),
      ALGORITMEKADER_CORPUS_REMOTE: path.join(folder, 'nowhere'),
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Could not fetch .*nothing was left behind/);
    expect(run.stderr).not.toMatch(/ambiguous argument/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('is pinned at one commit, the one every workflow checks out', () => {
    const workflows = readdirSync(path.join(ROOT, '.github/workflows')).map((name) => readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8'));
    const pinned = workflows.flatMap((text) => [...text.matchAll(/ALGORITMEKADER_COMMIT: (\w+)/g)].map((match) => match[1]));
    expect(pinned.length).toBeGreaterThanOrEqual(3);
    expect(new Set(pinned)).toEqual(new Set([CORPUS_SOURCE.commit]));
  });

  it('is fetched by `npm run corpus` at that commit, once', () => {
    const upstream = gitCopy(SAMPLE);
    cleanups.push(upstream.cleanup);
    const commit = upstream.git('rev-parse', 'HEAD').trim();
    // A later commit upstream must not be what is fetched.
    upstream.write('later.md', 'later\n');
    upstream.git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qam', 'later', '--allow-empty');
    const folder = path.join(temporary(), 'corpus');
    const env = { ALGORITMEKADER_CORPUS_REMOTE: upstream.root, ALGORITMEKADER_COMMIT: commit, ALGORITMEKADER_CORPUS: folder };
    const first = fetchCorpus(env);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Fetched the corpus');
    expect(existsSync(path.join(folder, 'mkdocs.yml'))).toBe(true);
    expect(spawnSync('git', ['-C', folder, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim()).toBe(commit);
    expect(fetchCorpus(env).stdout).toContain('The corpus is at');
  });

  it('is never fetched over a folder that is not a checkout, nor left half-made when the fetch fails', () => {
    const taken = path.join(temporary(), 'corpus');
    mkdirSync(taken);
    const refused = fetchCorpus({ ALGORITMEKADER_CORPUS: taken, ALGORITMEKADER_CORPUS_REMOTE: SAMPLE });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/is not a git checkout/);
    const missing = path.join(temporary(), 'corpus');
    const failed = fetchCorpus({ ALGORITMEKADER_CORPUS: missing, ALGORITMEKADER_CORPUS_REMOTE: path.join(temporary(), 'no-such-repository') });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/Could not fetch/);
    expect(existsSync(missing)).toBe(false);
  });

  it('is needed only by tests that skip without it', () => {
    for (const name of readdirSync(path.join(ROOT, 'test')).filter((file) => file.endsWith('.test.ts'))) {
      const text = readFileSync(path.join(ROOT, 'test', name), 'utf8');
      if (!/\b(copyCorpus|mutateCorpus|CORPUS)\b/.test(text) || name === 'corpus-source.test.ts') continue;
      expect(text, name).toMatch(/\.skipIf\([^)]*!HAS_CORPUS\b/);
    }
  });

  it('when missing, skips the corpus tests with one line saying how to get it; in CI it fails them', () => {
    const missing = path.join(temporary(), 'no-corpus');
    const vitest = (ci: boolean) => {
      const env: NodeJS.ProcessEnv = { ...process.env, ALGORITMEKADER_CORPUS: missing };
      delete env.CI;
      delete env.GITHUB_ACTIONS;
      if (ci) env.CI = 'true';
      return spawnSync(
        process.execPath,
        // Two files of corpus tests only (one line for both, not one each), and no other test to run meanwhile.
        [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'test/corpus.test.ts', 'test/corpus-mutations.test.ts', '--reporter=dot'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env,
        },
      );
    };
    const local = vitest(false);
    const output = local.stdout + local.stderr;
    expect(local.status, output).toBe(0);
    expect(output.match(/`npm run corpus` fetches it/g)).toHaveLength(1);
    expect(output).toMatch(/skipped/);
    expect(output).toMatch(/Test Files .*2 skipped/);
    const ci = vitest(true);
    expect(ci.status).not.toBe(0);
    expect(ci.stdout + ci.stderr).toMatch(/the real corpus is missing at .*npm run corpus fetches it/);
  }, 120_000);
});
