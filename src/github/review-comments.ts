/**
 * Our review comments on a pull request, kept in step with the findings:
 * a comment whose suggestion is still wanted, on the same lines, is left
 * alone; one whose finding is gone is deleted (or, when someone replied,
 * marked resolved and its suggestion taken out); new ones go out together
 * as one review (one notification). Our comments are known by the hidden
 * mark at their start (src/github/comment-text.ts), with this instance's
 * key, and our bot's login as author.
 */
import type { Lang } from '../rule-kit/i18n.js';
import { describeError, type GitHubClient, listAll, refusesWrites, statusOf } from './client.js';
import { type Author, type MarkKind, mark, markOf } from './comment-text.js';
import { text } from './texts.js';

export interface PullRef {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
}

/** A suggestion placed on the head commit's lines, with its comment body (whose mark holds `id`). */
export interface PlacedSuggestion {
  id: string;
  path: string;
  startLine: number;
  endLine: number;
  body: string;
}

export interface ReviewSync {
  posted: number;
  kept: number;
  removed: number;
  /** Suggestions that could not be posted, and why (for the job log and summary). */
  unposted: PlacedSuggestion[];
  problems: string[];
  /** GitHub refused a write (403, 429): the run writes no more. */
  refused: boolean;
}

type Comment = {
  id: number | bigint;
  body: string;
  line?: number | null;
  start_line?: number | null;
  in_reply_to_id?: number;
  user?: { login?: string; type?: string } | null;
};

/**
 * Ours: our mark with this instance's key, written by our bot (the
 * workflow token's, or the app named by input comment-author). Anyone may
 * comment on a public pull request, other bots too, and our mark is no
 * secret: anyone else's comment that carries it is neither kept as ours nor
 * deleted; nor is the comment of another job running this Action.
 */
export function isOurs(comment: { body?: string | null; user?: { login?: string; type?: string } | null }, kind: MarkKind, author: Author): boolean {
  const found = markOf(comment.body);
  return comment.user?.type === 'Bot' && comment.user.login === author.login && found?.kind === kind && found.instance === author.instance;
}

function where(suggestion: PlacedSuggestion) {
  const range = suggestion.startLine < suggestion.endLine ? { start_line: suggestion.startLine, start_side: 'RIGHT' as const } : {};
  return { path: suggestion.path, line: suggestion.endLine, side: 'RIGHT' as const, ...range, body: suggestion.body };
}

async function clearStale(client: GitHubClient, pr: PullRef, stale: Comment[], repliedTo: Set<number>, author: Author, lang: Lang, problems: string[]) {
  let removed = 0;
  for (const comment of stale) {
    const route = { owner: pr.owner, repo: pr.repo, comment_id: comment.id };
    try {
      if (repliedTo.has(Number(comment.id))) {
        await client.request('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
          ...route,
          body: `${mark('resolved', author.instance)}\n${text('resolved', lang)}\n`,
        });
      } else {
        await client.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', route);
      }
      removed++;
    } catch (error) {
      problems.push(text('logFailed', lang, { what: text('whatRemove', lang), error: describeError(error) }));
      if (refusesWrites(error)) return { removed, refused: true };
    }
  }
  return { removed, refused: false };
}

/** Posts `suggestions` as one review; when GitHub refuses the lot (422), one by one, so that one bad place loses only itself. */
async function post(client: GitHubClient, pr: PullRef, suggestions: PlacedSuggestion[], lang: Lang): Promise<PlacedSuggestion[]> {
  const route = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
  try {
    await client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...route,
      commit_id: pr.headSha,
      event: 'COMMENT',
      body: text('review', lang, { count: suggestions.length }),
      comments: suggestions.map(where),
    });
    return [];
  } catch (error) {
    if (statusOf(error) !== 422 || suggestions.length === 1) throw error;
  }
  const unposted: PlacedSuggestion[] = [];
  for (const suggestion of suggestions) {
    try {
      await client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/comments', { ...route, commit_id: pr.headSha, ...where(suggestion) });
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
      unposted.push(suggestion);
    }
  }
  return unposted;
}

export async function syncReviewComments(client: GitHubClient, pr: PullRef, wanted: PlacedSuggestion[], author: Author, lang: Lang): Promise<ReviewSync> {
  const comments = await listAll<Comment>(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  const byId = new Map(wanted.map((suggestion) => [suggestion.id, suggestion]));
  const repliedTo = new Set(comments.flatMap((comment) => (comment.in_reply_to_id ? [comment.in_reply_to_id] : [])));
  const kept = new Set<string>();
  const stale: Comment[] = [];
  for (const comment of comments) {
    if (!isOurs(comment, 'suggestion', author) || comment.in_reply_to_id) continue;
    const { fingerprint } = markOf(comment.body)!;
    const suggestion = fingerprint ? byId.get(fingerprint) : undefined;
    const samePlace = suggestion && comment.line === suggestion.endLine && (comment.start_line ?? comment.line) === suggestion.startLine;
    if (suggestion && samePlace && !kept.has(suggestion.id)) kept.add(suggestion.id);
    else stale.push(comment);
  }
  const problems: string[] = [];
  const { removed, refused } = await clearStale(client, pr, stale, repliedTo, author, lang, problems);
  const fresh = wanted.filter((suggestion) => !kept.has(suggestion.id));
  let unposted: PlacedSuggestion[] = refused ? fresh : [];
  if (fresh.length > 0 && !refused) {
    try {
      unposted = await post(client, pr, fresh, lang);
      if (unposted.length) problems.push(text('logFailed', lang, { what: text('whatPost', lang), error: `HTTP 422 (${unposted.length})` }));
    } catch (error) {
      unposted = fresh;
      problems.push(text('logFailed', lang, { what: text('whatPost', lang), error: describeError(error) }));
      if (refusesWrites(error)) return { posted: 0, kept: kept.size, removed, unposted, problems, refused: true };
    }
  }
  return { posted: fresh.length - unposted.length, kept: kept.size, removed, unposted, problems, refused };
}
