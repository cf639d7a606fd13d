/**
 * Property tests over generated Markdown, YAML frontmatter and raw bytes:
 * the linter never throws, every message lies inside the file, and the same
 * input gives the same output.
 */
import path from 'node:path';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkAlgoritmekader from '../src/entries/preset.js';
import { decodePage } from '../src/repository/source.js';
import { SAMPLE } from './helpers/rule-docs.js';

const processor = unified().use(remarkParse).use(remarkAlgoritmekader, { root: SAMPLE }).freeze();
const PAGES = [
  'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-09-eigenschap.md',
  'docs/voldoen-aan-wetten-en-regels/vereisten/aia-09-eigenschap.md',
  'docs/voldoen-aan-wetten-en-regels/hulpmiddelen/eigenschap.md',
  'docs/onderwerpen/eigenschap.md',
];

async function lintText(text: string, page: string) {
  const file = new VFile({ path: path.join(SAMPLE, page), value: text });
  await processor.run(processor.parse(file), file);
  return file.messages.map((message) => ({
    rule: message.ruleId,
    reason: message.reason,
    place: message.place,
    fatal: message.fatal,
    expected: message.expected,
  }));
}

/** Every message's place is inside the text (1-based line, column up to the line's end). */
function insideFile(text: string, messages: Awaited<ReturnType<typeof lintText>>) {
  const lines = text.split(/\r?\n|\r/);
  for (const { place, rule } of messages) {
    const points = place ? ('start' in place ? [place.start, place.end] : [place]) : [];
    for (const point of points) {
      expect(point.line, `${rule} line`).toBeGreaterThanOrEqual(1);
      expect(point.line, `${rule} line`).toBeLessThanOrEqual(lines.length);
      expect(point.column, `${rule} column`).toBeGreaterThanOrEqual(1);
      expect(point.column, `${rule} column`).toBeLessThanOrEqual(lines[point.line - 1].length + 1);
    }
  }
}

const PIECES = [
  '!!! note "Let op"\n',
  '??? expander "Meer"\n',
  '???+ tip\n',
  '=== "Tab"\n',
  '    ',
  '\t',
  '  ',
  '> ',
  '- ',
  '1. ',
  '* ',
  '## Kop\n',
  '## Bronnen { data-search-exclude }\n',
  '### Kop { #eigen }\n',
  '  ## Ingesprongen\n',
  '# Titel\n',
  '[link](../vereisten/aia-01-ai-geletterdheid.md#toelichting)',
  '[x](weg.md)',
  '[x]()',
  '![b](../../afbeeldingen/levenscyclus.png)',
  '[x](https://minbzk.github.io/Algoritmekader/rollen/jurist/)',
  '[x](/abs)',
  '[x](../../../../etc/passwd)',
  '[x][ref]',
  '[ref]: a.md\n',
  '<a href="x.md">a</a>',
  '<img src="../x.png">',
  '<!-- tags -->',
  '<!-- list_maatregelen vereiste/aia-01-ai-geletterdheid -->',
  '[^1]',
  '[^1]: voetnoot\n',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
  '```\n',
  '~~~\n',
  '`code`',
  '*',
  '_',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '\n',
  '\n\n',
  '\r\n',
  'tekst ',
  'é',
  'ë',
  '😀',
  '\u0000',
  '\uFFFD',
  '\u200B',
  '<',
  '>',
  '&amp;',
  '\\',
];

const markdown = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(''));

const YAML_LINES = [
  'title: Een titel\n',
  'title: Met punt.\n',
  'title:\n',
  'id: urn:nl:ak:mtr:imp-09\n',
  'id: urn:nl:ak:ver:aia-09\n',
  'id: 0\n',
  'toelichting: Uitleg\n',
  'vereiste:\n',
  '- aia-01-ai-geletterdheid\n',
  '- aia-01-ai-geletterdheid.md\n',
  '- \n',
  '-\n',
  'maatregel: x\n',
  'rollen:\n',
  '- projectleidr\n',
  'sources:\n',
  '  ARK: 3.10\n',
  '  ADR:\n  - SV.44\n',
  '  ARK: [2.10, "x"]\n',
  'hide: tocs\n',
  'hide:\n- toc\n',
  'a: &a [1, 2]\n',
  'b: *a\n',
  'c: *onbekend\n',
  'bronnen: x\n',
  'title: "open\n',
  "title: 'it's'\n",
  '  - fout ingesprongen\n',
  '\tid: tab\n',
  ': leeg\n',
  '? vraag\n',
  '!!binary x\n',
  'x: !!python/name:x\n',
  'datum: 2024-01-01\n',
  'ja: yes\n',
  'nul: ~\n',
  '---\n',
  '...\n',
];

const frontmatterPage = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...YAML_LINES), fc.string({ maxLength: 10 })), { maxLength: 20 }), fc.boolean(), markdown)
  .map(([lines, closed, body]) => `---\n${lines.join('')}${closed ? '---\n' : ''}${body}`);

const RUNS = Number(process.env.AK_PROPERTY_RUNS ?? 150);

describe('the linter on generated input', () => {
  it('never throws, places every message inside the file, and is deterministic (Markdown)', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, fc.constantFrom(...PAGES), async (text, page) => {
        const first = await lintText(text, page);
        insideFile(text, first);
        expect(await lintText(text, page)).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('never throws, places every message inside the file, and is deterministic (YAML frontmatter)', async () => {
    await fc.assert(
      fc.asyncProperty(frontmatterPage, fc.constantFrom(...PAGES), async (text, page) => {
        const first = await lintText(text, page);
        insideFile(text, first);
        expect(await lintText(text, page)).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('never throws on raw bytes, however they decode', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const { value } = decodePage(bytes);
        const messages = await lintText(value, PAGES[0]);
        insideFile(value, messages);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('no rule crashed on any generated input', async () => {
    const crashes: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.oneof(markdown, frontmatterPage), fc.constantFrom(...PAGES), async (text, page) => {
        for (const message of await lintText(text, page))
          if (message.reason.startsWith('Interne fout')) crashes.push(`${message.rule}: ${message.reason} in ${JSON.stringify(text)}`);
      }),
      { numRuns: RUNS },
    );
    expect(crashes).toEqual([]);
  }, 120_000);
});

describe('a rule that crashes', () => {
  it('becomes an error on that file with the rule id, and the rules after it still report', async () => {
    const { defineRule } = await import('../src/rule-kit/define-rule.js');
    const { setPageContext } = await import('../src/rule-kit/context.js');
    const { sessionOf } = await import('../src/entries/preset.js');
    const { titleTrailingPeriod } = await import('../rules/index.js');
    const exploding = defineRule(
      { id: 'explodes', severity: 'warn', description: { nl: 'x', en: 'x' }, messages: { never: { nl: 'nooit gebruikt', en: 'never used' } } },
      () => {
        throw new TypeError('kapot');
      },
    );
    const page = path.join(SAMPLE, PAGES[0]);
    const withCrash = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(() => (tree, file) => {
        setPageContext(tree as never, file, sessionOf(page, { root: SAMPLE })!.repository, 'nl', {});
      })
      .use(exploding, ['warn'])
      .use(titleTrailingPeriod, ['warn'])
      .freeze();
    const file = new VFile({ path: page, value: '---\ntitle: Een titel.\n---\n' });
    await withCrash.run(withCrash.parse(file), file);
    const crash = file.messages.find((message) => message.ruleId === 'explodes');
    expect(crash?.fatal).toBe(true);
    expect(crash?.reason).toBe(
      'Interne fout in regel `explodes` op dit bestand: kapot. De andere regels zijn wel uitgevoerd; meld dit aan de beheerders van algoritmekader-lint.',
    );
    expect(file.messages.some((message) => message.ruleId === 'title-trailing-period')).toBe(true);
  });
});
