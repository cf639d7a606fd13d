/**
 * The Action's GitHub client reads bounded answers (issue 32): a listing
 * that never ends, or a body of gigabytes, fails the feedback with a clear
 * line in the log instead of taking the runner's memory (endless pages had
 * reached 3.0 GB, a huge body 1.9 GB). Against the loopback fake GitHub.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeError, gitHubClient } from '../src/github/client.js';
import { syncReviewComments } from '../src/github/review-comments.js';
import { syncSummaryComment } from '../src/github/summary-comment.js';
import { type FakeGitHub, startFakeGitHub } from './helpers/fake-github.js';

const PR = { owner: 'MinBZK', repo: 'Algoritmekader', number: 7, headSha: 'a'.repeat(40) };
const AUTHOR = { login: 'github-actions[bot]', instance: 'abc' };

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub(PR.owner, PR.repo, PR.number);
  fake.tokens.set('token', 'write');
  fake.setPull(PR.headSha, []);
});
afterEach(() => fake.close());

const client = (log: string[] = []) => gitHubClient('token', fake.url, (line) => log.push(line), 'en');

describe('bounded answers', () => {
  it('an endless listing stops after 30 pages, with an error', async () => {
    fake.endlessPages = true;
    const started = Date.now();
    const error = await syncSummaryComment(client(), PR, 'body', true, AUTHOR).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(describeError(error)).toMatch(/over 30 pages/);
    expect(fake.requests.filter((request) => request.method === 'GET')).toHaveLength(30);
    expect(fake.issueComments).toHaveLength(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a huge body is read no further than 8 MiB, with an error, and not tried again', async () => {
    fake.hugeBody = 512 * 1024 * 1024;
    const error = await syncReviewComments(client(), PR, [], AUTHOR, 'en').then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(describeError(error)).toMatch(/HTTP 413: the answer is over 8388608 bytes/);
    expect(fake.requests).toHaveLength(1);
    expect(fake.bytesSent).toBeLessThan(32 * 1024 * 1024);
  });

  it('answers within the bounds are read as before', async () => {
    expect(await syncSummaryComment(client(), PR, 'body', true, AUTHOR)).toBe('created');
    expect(fake.issueComments).toHaveLength(1);
    expect((await syncReviewComments(client(), PR, [], AUTHOR, 'en')).problems).toEqual([]);
    expect(fake.violations).toEqual([]);
  });
});
