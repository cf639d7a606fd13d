/**
 * Feedback on the pull request itself, after the lint run: each safe fix on
 * lines the pull request added becomes a suggested change (a review comment
 * the author applies with "Commit suggestion"), and one summary comment is
 * kept current. Without a token that may write (a fork's pull request), or
 * when the API fails, the suggestions go to the job summary instead and the
 * job log says what could not be posted. Nothing here changes the lint
 * result: every failure is caught and said.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LintReport } from '../entries/cli/main.js';
import { flatten } from '../reporters/messages.js';
import type { Lang } from '../rule-kit/i18n.js';
import { describeError, type GitHubClient, type GitHubTiming, gitHubClient, listAll, refusesWrites } from './client.js';
import { type Author, commentCode, fenced, findingLines, fingerprint, suggestionBody } from './comment-text.js';
import { placeInDiff, pullDiff } from './pull-diff.js';
import { type PlacedSuggestion, type PullRef, syncReviewComments } from './review-comments.js';
import { type LineSuggestion, lineSuggestions } from './suggestions.js';
import { summaryBody, syncSummaryComment } from './summary-comment.js';
import { type TextId, text } from './texts.js';

/** The Action's inputs for the feedback; the language is the run's (`LintReport.lang`). */
export interface FeedbackSettings {
  env: NodeJS.ProcessEnv;
  token: string;
  /** Whose comments are ours: the token's bot and this instance of the Action. */
  author: Author;
  /** Review suggestions: `auto` (when the token may write, i.e. not for a fork), on, or off. */
  suggestions: 'auto' | 'on' | 'off';
  summaryComment: boolean;
  /** One line to the job log. */
  log: (line: string) => void;
  /** The API client's clock (real seconds when not given). */
  timing?: GitHubTiming;
}

/** Suggestions posted at most per run (one review; GitHub's limits on comments per review), and the longest text one may replace or hold. */
const MOST_SUGGESTIONS = 50;
const LONGEST_TEXT = 10_000;
/** Characters of one section of suggestions in the job summary at most (GitHub drops a step's summary over 1 MiB; there are three sections at most). */
const LONGEST_STEP_SECTION = 200_000;

/** A suggestion on a page of the repository (path relative to its top, as GitHub names files). */
type PageSuggestion = LineSuggestion & { path: string };

/** The pull request of the event, and whether its head is in another repository (a fork: the token is read-only). */
function pullRequestOf(env: NodeJS.ProcessEnv): (PullRef & { fromFork: boolean }) | undefined {
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    const pull = event?.pull_request;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || !Number.isInteger(pull?.number) || typeof pull?.head?.sha !== 'string') return undefined;
    const head = pull.head.repo?.full_name;
    return { owner, repo, number: pull.number, headSha: pull.head.sha, fromFork: typeof head !== 'string' || head !== `${owner}/${repo}` };
  } catch {
    return undefined;
  }
}

/** The fixes of the report as line suggestions, on lines the change touched only (`--fix` would apply nothing else there). */
function pageSuggestions(report: LintReport, top: string): PageSuggestion[] {
  return report.files.flatMap((file) => {
    const absolute = path.resolve(file.cwd, file.path);
    const relative = path.relative(top, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return [];
    const ranges = report.changedLines?.get(absolute);
    const changed = (line: number) => !report.changedLines || (ranges ?? []).some(([first, last]) => line >= first && line <= last);
    return lineSuggestions(String(file.value ?? ''), file.messages)
      .filter(({ startLine, endLine }) => Array.from({ length: endLine - startLine + 1 }, (_, i) => startLine + i).every(changed))
      .filter(({ original, replacement }) => original.length <= LONGEST_TEXT && replacement.length <= LONGEST_TEXT)
      .map((suggestion) => ({ ...suggestion, path: relative.split(path.sep).join('/') }));
  });
}

/** The job summary's section with suggestions that are not on the pull request, and why; as many as fit. */
export function stepSummarySection(suggestions: PageSuggestion[], reason: TextId, lang: Lang): string {
  const lines = ['', `### ${text('stepHeading', lang)}`, '', text('stepIntro', lang, { reason: text(reason, lang, { most: MOST_SUGGESTIONS }) })];
  let length = lines.join('\n').length;
  for (const [index, suggestion] of suggestions.entries()) {
    const where = text(suggestion.startLine === suggestion.endLine ? 'line' : 'lines', lang, { first: suggestion.startLine, last: suggestion.endLine });
    const block = [
      '',
      `<code>${commentCode(suggestion.path)}</code> ${where}`,
      '',
      ...findingLines(suggestion.findings, lang),
      '',
      fenced('markdown', suggestion.replacement),
    ];
    length += block.join('\n').length + 1;
    if (length > LONGEST_STEP_SECTION - 500) {
      lines.push('', text('stepMore', lang, { count: suggestions.length - index }));
      break;
    }
    lines.push(...block);
  }
  return `${lines.join('\n')}\n`;
}

/** The suggestions placed on the head commit's added lines; the others are not in the pull request's diff. */
async function place(client: GitHubClient, pr: PullRef, suggestions: PageSuggestion[], instance: string, lang: Lang) {
  const files = await listAll<{ filename: string; status?: string; patch?: string }>(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  const diff = pullDiff(files);
  const placed: Array<PlacedSuggestion & { from: PageSuggestion }> = [];
  const outside: PageSuggestion[] = [];
  for (const suggestion of suggestions) {
    const lines = placeInDiff(diff, suggestion.path, suggestion.original, suggestion.startLine);
    if (!lines) {
      outside.push(suggestion);
      continue;
    }
    const id = fingerprint(
      suggestion.path,
      lines.startLine,
      lines.endLine,
      suggestion.original,
      suggestion.replacement,
      ...findingLines(suggestion.findings, lang),
    );
    placed.push({
      id,
      path: suggestion.path,
      ...lines,
      body: suggestionBody(instance, id, suggestion.findings, suggestion.replacement, lang),
      from: suggestion,
    });
  }
  return { placed, outside };
}

/** Posts what it can; returns the suggestions left for the job summary, grouped by why. */
async function postSuggestions(client: GitHubClient, pr: PullRef, suggestions: PageSuggestion[], settings: FeedbackSettings & { lang: Lang }) {
  const { lang, log } = settings;
  const left: Array<[PageSuggestion[], TextId]> = [];
  let suggested = 0;
  let refused = false;
  if (suggestions.length > MOST_SUGGESTIONS) left.push([suggestions.slice(MOST_SUGGESTIONS), 'tooMany']);
  // What is not yet on the pull request nor in `left`, should the API fail.
  let pending = suggestions.slice(0, MOST_SUGGESTIONS);
  try {
    const { placed, outside } = await place(client, pr, pending, settings.author.instance, lang);
    if (outside.length) left.push([outside, 'notInDiff']);
    pending = placed.map(({ from }) => from);
    const sync = await syncReviewComments(client, pr, placed, settings.author, lang);
    for (const problem of sync.problems) log(problem);
    const unposted = new Set(sync.unposted.map(({ id }) => id));
    suggested = placed.filter(({ id }) => !unposted.has(id)).reduce((sum, { from }) => sum + from.findings.length, 0);
    if (unposted.size) left.push([placed.filter(({ id }) => unposted.has(id)).map(({ from }) => from), 'apiFailed']);
    log(text('logPosted', lang, { posted: sync.posted, kept: sync.kept, removed: sync.removed }));
    refused = sync.refused;
  } catch (error) {
    log(text('logFailed', lang, { what: text('whatComments', lang), error: describeError(error) }));
    left.push([pending, 'apiFailed']);
    refused = refusesWrites(error);
  }
  return { left, suggested, refused };
}

export async function pullRequestFeedback(report: LintReport, given: FeedbackSettings): Promise<void> {
  const settings = { ...given, lang: report.lang };
  const { env, lang, log } = settings;
  const pr = pullRequestOf(env);
  if (!pr) return;
  const top = report.changes?.top ?? env.GITHUB_WORKSPACE ?? report.base;
  const suggestions = settings.suggestions === 'off' ? [] : pageSuggestions(report, top);
  const writeStep = (section: string) => env.GITHUB_STEP_SUMMARY && appendFileSync(env.GITHUB_STEP_SUMMARY, section);
  // A fork's pull request gets a read-only token: no write is tried unless the workflow says suggestions: true.
  const readOnly: TextId | undefined = !settings.token ? 'noToken' : settings.suggestions !== 'on' && pr.fromFork ? 'readOnly' : undefined;
  const leave = (list: PageSuggestion[], reason: TextId) => {
    if (list.length === 0) return;
    log(text('logLeft', lang, { count: list.length, reason: text(reason, lang, { most: MOST_SUGGESTIONS }) }));
    writeStep(stepSummarySection(list, reason, lang));
  };
  if (readOnly) return leave(suggestions, readOnly);
  const client = gitHubClient(settings.token, env.GITHUB_API_URL || 'https://api.github.com', log, lang, settings.timing);
  const { left, suggested, refused } =
    settings.suggestions === 'off' ? { left: [], suggested: 0, refused: false } : await postSuggestions(client, pr, suggestions, settings);
  for (const [list, reason] of left) leave(list, reason);
  if (!settings.summaryComment) return;
  if (refused) {
    log(text('logFailed', lang, { what: text('whatSummary', lang), error: text('refused', lang) }));
    return;
  }
  const messages = flatten(report.files, top);
  try {
    const body = summaryBody({ messages, hidden: report.hidden, changedLines: report.changedLines, suggested, lang, instance: settings.author.instance });
    await syncSummaryComment(client, pr, body, messages.length > 0, settings.author);
  } catch (error) {
    log(text('logFailed', lang, { what: text('whatSummary', lang), error: describeError(error) }));
  }
}
