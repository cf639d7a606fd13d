/**
 * One summary comment on the pull request, updated in place: how many
 * findings the change brought, which matter most, what was already there,
 * what the annotations leave out, and how many have a suggested change. It
 * is created when there is something to say, and from then on kept current
 * (also when all is well again); a run that would say the same writes nothing.
 */
import { ANNOTATIONS_PER_KIND, type ChangedLines, selectAnnotations } from '../reporters/github.js';
import { type HiddenFindings, hiddenLines } from '../reporters/hidden.js';
import { type FlatMessage, LEVEL_WORDS } from '../reporters/messages.js';
import type { Lang } from '../rule-kit/i18n.js';
import { type GitHubClient, listAll } from './client.js';
import { type Author, commentCode, commentText, LONGEST_BODY, mark, withinLength } from './comment-text.js';
import { isOurs, type PullRef } from './review-comments.js';
import { text } from './texts.js';

/** Findings named in the comment at most. */
const TOP = 10;
const RANK = { error: 0, warning: 1, info: 2 };

export interface SummaryFacts {
  messages: FlatMessage[];
  hidden?: HiddenFindings;
  changedLines?: ChangedLines;
  /** Findings with a suggested change posted on their line. */
  suggested: number;
  lang: Lang;
  /** This instance's key, in the mark. */
  instance: string;
}

export function summaryBody({ messages, hidden, changedLines, suggested, lang, instance }: SummaryFacts): string {
  const count = (level: string) => messages.filter((message) => message.level === level).length;
  const lines = [mark('summary', instance), '## algoritmekader-lint', ''];
  lines.push(
    messages.length === 0
      ? text('clean', lang)
      : text('counts', lang, { total: messages.length, error: count('error'), warning: count('warning'), info: count('info') }),
  );
  for (const line of hiddenLines(hidden, lang)) lines.push('', line);
  const annotated = selectAnnotations(messages, changedLines).length;
  if (annotated < messages.length) lines.push('', text('cut', lang, { limit: ANNOTATIONS_PER_KIND, shown: annotated, total: messages.length }));
  if (suggested > 0) lines.push('', text('suggested', lang, { count: suggested }));
  if (messages.length > 0) {
    lines.push('', `### ${text('top', lang)}`, '');
    const top = [...messages].sort((a, b) => RANK[a.level] - RANK[b.level] || a.file.localeCompare(b.file) || a.line - b.line).slice(0, TOP);
    for (const message of top) {
      lines.push(
        `- <code>${commentCode(`${message.file}:${message.line}`)}</code> ${LEVEL_WORDS[lang][message.level]} \`${message.ruleId}\`: ${commentText(message.reason)}`,
      );
    }
    if (messages.length > TOP) lines.push('', text('more', lang, { count: messages.length - TOP }));
  }
  return `${withinLength(lines, LONGEST_BODY).join('\n')}\n`;
}

/** Creates (when `create`), updates or leaves our summary comment; what it did. */
export async function syncSummaryComment(
  client: GitHubClient,
  pr: PullRef,
  body: string,
  create: boolean,
  author: Author,
): Promise<'created' | 'updated' | 'unchanged' | 'none'> {
  const route = { owner: pr.owner, repo: pr.repo };
  const comments = await listAll<{ id: number | bigint; body?: string; user?: { login?: string; type?: string } | null }>(
    client,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    {
      ...route,
      issue_number: pr.number,
      per_page: 100,
    },
  );
  const ours = comments.find((comment) => isOurs(comment, 'summary', author));
  if (ours) {
    if (ours.body === body) return 'unchanged';
    await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...route, comment_id: ours.id, body });
    return 'updated';
  }
  if (!create) return 'none';
  await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...route, issue_number: pr.number, body });
  return 'created';
}
