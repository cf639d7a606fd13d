/**
 * One-page runs parse only what they need: the other pages' facts come from
 * their frontmatter alone, the rest (anchors, headings, links) on first
 * access. Proof that nothing changes: the frontmatter facts equal the full
 * parse's on every corpus page and on generated pages, and a page linted on
 * its own gets exactly the messages it gets in a full run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { frontmatterOnly, readFrontmatter } from '../src/parsing/frontmatter.js';
import { parsePage } from '../src/parsing/parser.js';
import { memoryFiles } from '../src/repository/file-source.js';
import { recordFrontmatter, recordPage } from '../src/repository/page-facts.js';
import { type PageRecord, Repository } from '../src/repository/repository.js';
import { lint } from '../src/run/engine.js';
import { CORPUS, HAS_CORPUS } from './helpers/corpus.js';

const key = (message: { line?: number; column?: number; ruleId?: string | null; reason: string; fatal?: boolean | null }) =>
  `${message.line}:${message.column} ${message.ruleId} ${message.fatal} ${message.reason}`;

describe('frontmatter facts without the Markdown parse', () => {
  const same = (text: string) => {
    const full = readFrontmatter(parsePage(text), text).data;
    const light = readFrontmatter(frontmatterOnly(text), text).data;
    expect(light, JSON.stringify(text)).toEqual(full);
  };

  it.skipIf(!HAS_CORPUS)('equal the full parse on every page of the corpus', async () => {
    const { files } = await lint({ cwd: CORPUS, paths: ['docs'], only: ['title-trailing-period'] });
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) same(readFileSync(path.join(CORPUS, file.path), 'utf8'));
  });

  it('equal the full parse on generated pages (fences, line endings, unclosed, look-alikes)', () => {
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    const fence = fc.constantFrom('---', '--- ', '---\t', '----', '-- -', ' ---', '***', '');
    const line = fc.constantFrom(
      'title: Titel',
      'id: urn:nl:ak:mtr:imp-01',
      'vereiste:',
      '- aia-01',
      '  - b',
      '',
      '---',
      '...',
      'a: "---"',
      '# kop',
      'x: [1, 2]',
    );
    const page = fc.tuple(
      fence,
      eol,
      fc.array(fc.tuple(line, eol), { maxLength: 6 }),
      fence,
      eol,
      fc.constantFrom('', '# Kop\n', '---\n\ntekst', '\n## Sectie\n'),
    );
    fc.assert(
      fc.property(page, ([open, firstEol, lines, close, closeEol, body]) => {
        same(`${open}${firstEol}${lines.map(([text, end]) => text + end).join('')}${close}${closeEol}${body}`);
      }),
      { numRuns: 400 },
    );
  });
});

describe('a page known by its frontmatter has the facts of its full parse', () => {
  const root = path.resolve('/geheugen/repo');
  const page = 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-01-werkinstructies.md';
  const factsOf = (record: PageRecord) => ({
    data: record.data,
    urn: record.urn,
    anchors: [...record.anchors].sort(),
    headings: record.headings.map(({ depth, text, anchor }) => ({ depth, text, anchor })),
    dependsOn: [...record.dependsOn].sort(),
  });
  /** The same page recorded both ways, each in a model of its own. */
  const bothWays = (text: string) => {
    const files = memoryFiles(root, { 'mkdocs.yml': 'site_name: x\n', [page]: text, 'docs/onderwerpen/kop.md': '# Kop\n' });
    const file = path.join(root, page);
    const full = recordPage(new Repository(root, resolveConfig(), files), file, parsePage(text), text);
    const light = recordFrontmatter(new Repository(root, resolveConfig(), files), file, text);
    return { full: factsOf(full), light: factsOf(light) };
  };

  it('for generated pages: headings in admonitions and tabs, code, HTML, setext, attr_list, duplicates, CRLF, tabs', () => {
    const frontmatter = fc.array(
      fc.constantFrom('title: Werkinstructies', 'id: urn:nl:ak:mtr:imp-01', 'vereiste:', '- aia-01-ai-geletterdheid', 'maatregel: [imp-02]', 'a: "---"', ''),
      { maxLength: 5 },
    );
    const block = fc.constantFrom(
      '# Kop',
      '## Kop',
      '## Kop { #eigen-id .klasse }',
      'Titel\n=====',
      'Titel\n---',
      '---',
      '!!! note "Let op"\n    ## In een admonitie',
      '??? tip\n\t## Met een tab',
      '=== "Tab"\n\n    ## In een tab',
      '```\n---\n## Geen kop\n```',
      '    ## Ingesprongen code',
      '<div id="html-id">\n\n## In HTML\n\n</div>',
      '<a name="anker"></a>',
      '[kop](../../onderwerpen/kop.md#kop) en [elders](../vereisten/aia-01.md)',
      'Tekst[^1]\n\n[^1]: Voetnoot',
      '\t- lijst met tab',
    );
    const pages = fc.tuple(fc.boolean(), frontmatter, fc.array(block, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'));
    fc.assert(
      fc.property(pages, ([fenced, lines, blocks, eol]) => {
        const head = fenced ? `---\n${lines.join('\n')}\n---\n` : '';
        const text = `${head}${blocks.join('\n\n')}\n`.replaceAll('\n', eol);
        const { full, light } = bothWays(text);
        expect(light, JSON.stringify(text)).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!HAS_CORPUS)('a page linted on its own', () => {
  let full: Map<string, string[]>;
  beforeAll(async () => {
    const { files } = await lint({ cwd: CORPUS });
    full = new Map(files.map((file) => [file.path, file.messages.map(key)]));
  }, 60_000);

  // Spelling is judged page by page (only its word lists come from the repository): a page whose only
  // findings are misspellings is sampled like a page without findings.
  it('gets exactly the messages of a full run: every page with a finding of another rule than spelling, and every fifth other page', async () => {
    const pages = [...full.keys()].filter((page, index) => full.get(page)!.some((message) => message.split(' ')[1] !== 'spelling') || index % 5 === 0);
    expect(pages.length).toBeGreaterThan(60);
    for (const page of pages) {
      const { files } = await lint({ cwd: CORPUS, paths: [page] });
      expect(files[0].messages.map(key), page).toEqual(full.get(page));
    }
  }, 120_000);

  it('and so do five pages together, parsing only what they need', async () => {
    const pages = [...full.keys()].filter((page) => full.get(page)!.length > 0).slice(0, 5);
    const { files, stats } = await lint({ cwd: CORPUS, paths: pages });
    for (const file of files) expect(file.messages.map(key), file.path).toEqual(full.get(file.path));
    expect(stats.parsed).toBeLessThan(full.size / 4);
  }, 60_000);
});

describe('pages searched by their raw frontmatter', () => {
  it('a URN written with escapes on another page is still found (mayHold reads such pages)', async () => {
    const { runCase } = await import('./helpers/rule-tester.js');
    const { messages } = await runCase('urn-unique', {
      page: 'voldoen-aan-wetten-en-regels/maatregelen/6-imp-01-werkinstructies-gebruikers.md',
      code: '---\ntitle: Werkinstructies\nid: urn:nl:ak:mtr:imp-01\n---\n',
      files: { 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-08-kopie.md': '---\ntitle: Kopie\nid: "urn\\x3Anl:ak:mtr:imp-01"\n---\n' },
      setting: 'error',
    });
    expect(messages.map((message) => message.ruleId)).toEqual(['urn-unique']);
  });

  it('mayHold passes over a page only when the value cannot be in its data', async () => {
    const { mayHold } = await import('../src/repository/repository.js');
    expect(mayHold('id: urn:nl:ak:mtr:imp-02', 'urn:nl:ak:mtr:imp-01')).toBe(false);
    expect(mayHold('id: "urn\\x3Anl:ak:mtr:imp-01"', 'urn:nl:ak:mtr:imp-01')).toBe(true);
    expect(mayHold('a: &x urn:nl:ak:mtr:imp-01\nid: *x', 'urn:nl:ak:mtr:imp-01')).toBe(true);
    expect(mayHold('vereiste:\n- aia-01', 'aia 01')).toBe(true); // not a plain value: read the page
    expect(mayHold(undefined, 'x')).toBe(true);
  });
});
