/**
 * Page text in what we write on a pull request (review comments, the summary
 * comment, the job summary) and in the job log, against an attacker who
 * writes the page or names the file. When Debian's cmark-gfm (GitHub's
 * Markdown) is on PATH, the bodies are also rendered and looked at.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { ACTIONS_LOGIN, type Author, commentCode, commentText, mark, suggestionBody } from '../src/github/comment-text.js';
import { stepSummarySection } from '../src/github/pull-request.js';
import { isOurs } from '../src/github/review-comments.js';
import { summaryBody } from '../src/github/summary-comment.js';
import type { FlatMessage } from '../src/reporters/messages.js';
import { noCommands } from '../src/reporters/printable.js';

const JOINER = '\u2060';
const HAS_CMARK = spawnSync('cmark-gfm', ['--version']).status === 0;

/** What GitHub shows: character references decoded (it looks for mentions and links after that). */
const decoded = (text: string) => text.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));

/** The body as GitHub renders it (with its extensions). */
const rendered = (body: string) =>
  execFileSync('cmark-gfm', ['-e', 'autolink', '-e', 'strikethrough', '-e', 'table', '--unsafe'], { input: body, encoding: 'utf8' });

/** No sign Markdown or HTML acts on is left as it is, only our <code> tags. */
function expectNoMarkdown(text: string) {
  const ours = text.replace(/<\/?code>/g, '');
  expect(ours).not.toMatch(/[\\`*_~[\]()!<>|:$]/);
  expect(ours.replace(/&#\d+;/g, '')).not.toContain('&');
}

/** No mention, issue reference or link can start anywhere, in code neither. */
function expectInert(text: string) {
  const shown = decoded(text.replace(/<\/?code>/g, ''));
  expect(shown).not.toMatch(/@[A-Za-z0-9]/);
  expect(shown).not.toMatch(/#\d/);
  expect(shown).not.toMatch(/:\/\/|www\.|GH-\d/i);
}

const ATTACKS = [
  // A backslash before our <code> would escape it, and the mention would stand outside code.
  'a`b\\`@MinBZK/reviewers fixes #1 MinBZK/other#2`c`/aia-01-ai-geletterdheid.md',
  'x`[Klik hier om te herstellen](https://evil.example/login) ![](https://evil.example/pixel.png?u=1) https://evil.example/auto`y',
  '[plain link](https:/evil.example/p) ![i](//evil.example/i.png) **bold** <img src=x> _e_ ~~s~~ $x$ a|b &amp; www.evil.example',
  'odd ` backtick \\ [x](//evil.example) @team',
];

describe('a finding in a comment', () => {
  for (const attack of ATTACKS) {
    it(`takes no Markdown, HTML, mention or link from ${JSON.stringify(attack.slice(0, 30))}…`, () => {
      const text = commentText(attack);
      expectNoMarkdown(text);
      expectInert(text);
      // All of it is still shown.
      expect(decoded(text.replace(/<\/?code>/g, '')).replaceAll(JOINER, '')).toBe(attack.replaceAll('`', attack.split('`').length % 2 ? '' : '`'));
    });
  }

  it.skipIf(!HAS_CMARK)('renders (cmark-gfm) without a link, an image, emphasis or a mention', () => {
    const html = rendered(ATTACKS.map(commentText).join('\n\n'));
    expect(html).not.toMatch(/<(a|img|em|strong|del|b)\b/);
    expect(html).not.toMatch(/@[A-Za-z0-9]|#\d/);
    expect(html).toContain('<code>b\\</code>');
  });

  it('a file name in the summary comment and the job summary is inert and stays in its <code>', () => {
    const file = 'docs/x\\`b`@alice fixes #1 [y](https:/evil.example) .md';
    const message: FlatMessage = { file, line: 3, column: 1, level: 'error', ruleId: 'r', reason: 'x' } as FlatMessage;
    const body = summaryBody({ messages: [message], suggested: 0, lang: 'nl', instance: '0123456789ab' });
    const line = body.split('\n').find((candidate) => candidate.startsWith('- <code>'))!;
    expect(line.match(/<code>/g)).toHaveLength(1);
    expectNoMarkdown(line.slice(2, line.indexOf('</code>') + 7));
    expectInert(line);
    const section = stepSummarySection([{ path: file, startLine: 3, endLine: 3, original: 'a', replacement: 'b', findings: [] }], 'readOnly', 'nl');
    const where = section.split('\n').find((candidate) => candidate.startsWith('<code>'))!;
    expect(where.match(/<code>/g)).toHaveLength(1);
    expectInert(where);
    expectNoMarkdown(commentCode(file));
  });
});

describe('lengths GitHub takes', () => {
  const long = (n: number) => `${'y'.repeat(n)} \`@x\``;

  it('a summary comment stays under 65,536 characters however long the findings and file names are', () => {
    const messages = Array.from(
      { length: 12 },
      (_, index) => ({ file: `docs/${'f'.repeat(4000)}${index}.md`, line: 1, column: 1, level: 'error', ruleId: 'r', reason: long(70_000) }) as FlatMessage,
    );
    const body = summaryBody({ messages, suggested: 0, lang: 'nl', instance: '0123456789ab' });
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body).toMatch(/^<!-- algoritmekader-lint:summary job=0123456789ab -->\n## algoritmekader-lint/);
    // Each finding is cut, with an ellipsis.
    expect(body).toContain('y…');
    expect(
      body
        .split('\n')
        .filter((line) => line.startsWith('- <code>'))
        .every((line) => line.length < 3000),
    ).toBe(true);
  });

  it('a review comment keeps its mark and its whole suggestion under 65,536 characters', () => {
    const findings = Array.from({ length: 500 }, () => new VFileMessage(long(5000), { ruleId: 'r' }));
    const replacement = 'z'.repeat(10_000);
    const body = suggestionBody('0123456789ab', '0123456789abcdef', findings, replacement, 'nl');
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body).toMatch(/^<!-- algoritmekader-lint:suggestion job=0123456789ab id=0123456789abcdef -->\n/);
    expect(body).toContain(`\`\`\`suggestion\n${replacement}\n\`\`\``);
    expect(body).toContain('\n…\n');
  });

  it("the job summary's section of suggestions stays well under GitHub's 1 MiB per step, and says how many it left out", () => {
    const suggestions = Array.from({ length: 100 }, (_, index) => ({
      path: `docs/p${index}.md`,
      startLine: 1,
      endLine: 1,
      original: 'a',
      replacement: 'b'.repeat(9_000),
      findings: [new VFileMessage('fout', { ruleId: 'r' })],
    }));
    const nl = stepSummarySection(suggestions, 'tooMany', 'nl');
    expect(nl.length).toBeLessThanOrEqual(200_000);
    expect(nl).toMatch(/… en nog \d+ voorgestelde wijziging\(en\) die hier niet meer passen: draai `algoritmekader-lint --fix`\.\n$/);
    expect(stepSummarySection(suggestions, 'tooMany', 'en')).toMatch(/… and \d+ more suggested change\(s\) that do not fit here/);
  });
});

describe('whose comments are ours', () => {
  const author: Author = { login: ACTIONS_LOGIN, instance: '0123456789ab' };
  const bot = (login: string) => ({ login, type: 'Bot' });

  it('only our bot, with this instance’s mark', () => {
    expect(isOurs({ body: `${mark('summary', author.instance)}\n`, user: bot(ACTIONS_LOGIN) }, 'summary', author)).toBe(true);
    // Another bot (renovate) that copies our mark, another job of this Action, a person, the wrong kind.
    expect(isOurs({ body: `${mark('summary', author.instance)}\n`, user: bot('renovate[bot]') }, 'summary', author)).toBe(false);
    expect(isOurs({ body: `${mark('summary', 'ba9876543210')}\n`, user: bot(ACTIONS_LOGIN) }, 'summary', author)).toBe(false);
    expect(isOurs({ body: `${mark('summary', author.instance)}\n`, user: { login: ACTIONS_LOGIN, type: 'User' } }, 'summary', author)).toBe(false);
    expect(isOurs({ body: `${mark('summary', author.instance)}\n`, user: bot(ACTIONS_LOGIN) }, 'suggestion', author)).toBe(false);
    // A GitHub App's token (input comment-author).
    const app = { login: 'my-app[bot]', instance: author.instance };
    expect(isOurs({ body: `${mark('suggestion', app.instance, '0123456789abcdef')}\n`, user: bot('my-app[bot]') }, 'suggestion', app)).toBe(true);
  });
});

describe('the job log', () => {
  // What the runner trims before it looks for `::` (.NET Char.IsWhiteSpace).
  const SPACES = ['\u202f', '\u205f', '\u1680', '\u3000', '\u00a0', '\u2007', '\ufeff', '\u180e', '\u0085', '\t', ' '];
  const trimmedByRunner = (line: string) => line.replace(/^[\s\p{Zs}\u0085\u180e]+/u, '');

  it('no line, after any space the runner trims, starts a workflow command', () => {
    for (const space of SPACES) {
      const text = noCommands(`x\n${space}::warning title=Injected::Approve me\n${space}${space}::error::x`);
      expect(
        text
          .split('\n')
          .map(trimmedByRunner)
          .filter((line) => line.startsWith('::')),
      ).toEqual([]);
    }
  });
});
