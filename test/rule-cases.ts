/**
 * RuleTester cases for the messages the docs pages do not show (unusual
 * input, network failures, URN history). The docs examples are the main
 * tests; these complete them so that every message id is produced.
 */
import type { CheckResult } from '../src/external/checker.js';
import type { FileSource } from '../src/repository/file-source.js';
import type { TestCase } from './helpers/rule-tester.js';

export interface ExpectedMessage {
  messageId: string;
  /** `line:column-line:column`. */
  at?: string;
  expected?: string[];
  /** Part of the text. */
  says?: string;
}

export interface RuleCase {
  rule: string;
  name: string;
  test: TestCase;
  errors: ExpectedMessage[];
  /** The page after `--fix`. */
  output?: string;
}

const M = 'voldoen-aan-wetten-en-regels/maatregelen';
const MAATREGEL = `${M}/6-imp-09-voorbeeld.md`;
const page = (frontmatter: string, body = '') => `---\n${frontmatter}\n---\n${body}`;
/** A valid maatregel's frontmatter with `replace` applied (one defect planted). */
const validMaatregel = (search: string, replace: string) => {
  const valid = 'title: Titel\nid: urn:nl:ak:mtr:imp-09\ntoelichting: Kort.\nlevenscyclus:\n- implementatie\nonderwerp:\n- governance\nrollen:\n- jurist';
  if (!valid.includes(search)) throw new Error(`${search} is not in the valid frontmatter`);
  return page(valid.replace(search, replace));
};

/** A reader that gives `problem` for the page under test. */
const failing =
  (problem: import('../src/repository/source.js').SourceProblem) =>
  (files: FileSource): FileSource => ({
    ...files,
    readPage: (file, boundary) => (file.endsWith('6-imp-09-voorbeeld.md') ? { value: '', problem, mtimeMs: 0 } : files.readPage(file, boundary)),
  });

/** Every URL answers with `result`. */
const answering = (result: Omit<CheckResult, 'url'>) => async (urls: string[]) => new Map(urls.map((url) => [url, { url, ...result }]));
const linkPage = page('title: Links', '\n[bron](https://voorbeeld.nl/pagina)\n');

export const RULE_CASES: RuleCase[] = [
  {
    rule: 'file-encoding',
    name: 'a page under another Markdown extension (mkdocs builds it; nothing else reads it)',
    test: { page: MAATREGEL, code: 'Tekst.', files: { [`docs/${M}/7-mon-01-monitoren-werking.mkd`]: 'Tekst.' } },
    errors: [{ messageId: 'extension', at: '1:1-1:1', says: 'Hernoem het bestand naar `7-mon-01-monitoren-werking.md`' }],
  },
  { rule: 'file-encoding', name: 'a NUL byte', test: { page: MAATREGEL, code: 'abc\0def' }, errors: [{ messageId: 'binary', says: 'positie 3' }] },
  {
    rule: 'file-encoding',
    name: 'bytes that are not UTF-8',
    test: { page: MAATREGEL, code: Uint8Array.from([0x61, 0x62, 0xff, 0x63]) },
    errors: [{ messageId: 'invalidUtf8', says: 'byte 2' }],
  },
  {
    rule: 'file-encoding',
    name: 'a page over the size limit',
    test: { page: MAATREGEL, code: 'a'.repeat(128 * 1024 + 1) },
    errors: [{ messageId: 'tooLarge', says: '129 KB groot (grens: 128 KB)' }],
  },
  {
    rule: 'file-encoding',
    name: 'nesting too deep to parse in bounded time',
    test: { page: MAATREGEL, code: `tekst\n${' '.repeat(300)}- diep\n` },
    errors: [{ messageId: 'tooDeep', says: 'Regel 2' }],
  },
  {
    rule: 'file-encoding',
    name: 'list markers repeated on one line, past the nesting bound',
    test: { page: MAATREGEL, code: `tekst\n${'- '.repeat(101)}x\n` },
    errors: [{ messageId: 'tooDeep', says: 'Regel 2 is 101 niveaus diep' }],
  },
  {
    rule: 'file-encoding',
    name: 'more list items than can be parsed in bounded time',
    test: { page: MAATREGEL, code: '- x\n'.repeat(2001) },
    errors: [{ messageId: 'tooComplex', says: '2001 lijstonderdelen (grens: 2000)' }],
  },
  {
    rule: 'file-encoding',
    name: 'more link openings than can be parsed in bounded time',
    test: { page: MAATREGEL, code: '[a]('.repeat(2001), lang: 'en' },
    errors: [{ messageId: 'tooComplex', says: '2001 link openings (`](`) (limit: 2000)' }],
  },
  {
    rule: 'file-encoding',
    name: 'a page the reader cannot open',
    test: { page: MAATREGEL, code: '', wrap: failing({ code: 'unreadable', detail: 'EACCES' }) },
    errors: [{ messageId: 'unreadable', says: 'EACCES' }],
  },
  {
    rule: 'file-encoding',
    name: 'a page whose parse ran out of time',
    test: { page: MAATREGEL, code: '', wrap: failing({ code: 'timed-out', seconds: 5 }) },
    errors: [{ messageId: 'tooSlow', says: 'niet binnen 5 s worden gelezen' }],
  },
  {
    rule: 'file-encoding',
    name: 'a page the parser gave up on',
    test: { page: MAATREGEL, code: '', wrap: failing({ code: 'unparsable', detail: 'boom' }) },
    errors: [{ messageId: 'unparsable', says: 'boom' }],
  },
  {
    rule: 'frontmatter-yaml',
    name: 'frontmatter that is a list',
    test: { page: MAATREGEL, code: page('- title\n- id') },
    errors: [{ messageId: 'notMapping', at: '2:1-3:5', says: 'lijst of losse waarde' }],
  },
  {
    rule: 'frontmatter-yaml',
    name: 'an alias bomb',
    test: { page: MAATREGEL, code: page(`a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [${'*a, '.repeat(20)}*a]\nc: [${'*b, '.repeat(20)}*b]`) },
    errors: [{ messageId: 'aliasBomb' }],
  },
  {
    rule: 'frontmatter-yaml',
    name: 'a key hidden behind U+2028, a line break only to the site (PyYAML)',
    test: { page: MAATREGEL, code: validMaatregel('rollen:\n- jurist', 'rollen:\n- jurist\n#\u2028vereiste: [aia-01-x]') },
    errors: [{ messageId: 'siteLineBreak', at: '11:2-11:3', says: 'U+2028' }],
  },
  {
    rule: 'frontmatter-yaml',
    name: 'a form feed, which the site (PyYAML) refuses with the whole frontmatter',
    test: { page: MAATREGEL, code: validMaatregel('toelichting: Kort.', 'toelichting: Kort.\f') },
    errors: [{ messageId: 'siteRefuses', at: '4:19-4:20', says: 'U+000C' }],
  },
  {
    rule: 'frontmatter-yaml',
    name: 'frontmatter never closed',
    test: { page: MAATREGEL, code: '---\ntitle: Open\n\n## Maatregel\n' },
    errors: [{ messageId: 'unclosed', at: '1:1-1:4' }],
  },
  {
    rule: 'frontmatter-schema',
    name: 'a list where a text belongs',
    test: { page: MAATREGEL, code: validMaatregel('title: Titel', 'title:\n- een\n- twee') },
    errors: [{ messageId: 'type', at: '3:1-5:1', says: 'een tekst' }],
  },
  {
    rule: 'frontmatter-schema',
    name: 'a nested list item is named in words',
    test: { page: MAATREGEL, code: validMaatregel('rollen:\n- jurist', "rollen:\n- jurist\nsources:\n  ARK:\n  - '3.1x'") },
    errors: [{ messageId: 'pattern', at: '13:5-13:11', says: '`3.1x` heeft niet de juiste vorm voor het 1e item onder `sources.ARK`.' }],
  },
  {
    rule: 'frontmatter-schema',
    name: 'a list item of the wrong type, in English: the sentence starts with it',
    test: { page: MAATREGEL, lang: 'en', code: validMaatregel('rollen:\n- jurist', 'rollen:\n- jurist\nsources:\n  ADR:\n  - PRI.8\n  - {x: 1}') },
    errors: [{ messageId: 'type', at: '14:5-14:11', says: 'The 2nd item under `sources.ADR` must be a text, but is a mapping.' }],
  },
  {
    rule: 'frontmatter-schema',
    name: 'an empty title',
    test: { page: MAATREGEL, code: validMaatregel('title: Titel', "title: ''") },
    // Empty, and so not matching the title pattern either.
    errors: [
      { messageId: 'empty', at: '2:8-2:10' },
      { messageId: 'pattern', at: '2:8-2:10' },
    ],
  },
  {
    rule: 'frontmatter-schema',
    name: 'a repository schema that is not JSON',
    test: {
      page: MAATREGEL,
      code: page('title: Titel\nid: urn:nl:ak:mtr:imp-09'),
      files: { '.algoritmekader-lint.json': '{"schemas": {"maatregel": "eigen.schema.json"}}', 'eigen.schema.json': '{ kapot' },
    },
    errors: [{ messageId: 'badSchema', at: '1:1-1:4', says: 'eigen.schema.json' }],
  },
  {
    rule: 'frontmatter-schema',
    name: "a repository schema's constraint the rule has no special words for",
    test: {
      page: MAATREGEL,
      code: page('title: Een lange titel'),
      files: {
        '.algoritmekader-lint.json': '{"schemas": {"maatregel": "eigen.schema.json"}}',
        'eigen.schema.json': '{"type": "object", "properties": {"title": {"type": "string", "maxLength": 5}}}',
      },
    },
    // ajv's own words, in Dutch (ajv-i18n) like the rest of the message.
    errors: [{ messageId: 'other', at: '2:8-2:23', says: '`title`: mag niet langer dan 5 karakters' }],
  },
  {
    rule: 'sources-code-exists',
    name: 'a framework that does not exist',
    test: { page: MAATREGEL, code: page("title: Titel\nsources:\n  XYZ:\n  - '1.1'") },
    errors: [{ messageId: 'unknownFramework', at: '4:3-4:6', says: 'XYZ' }],
  },
  {
    rule: 'urn-matches-filename',
    name: 'a file name without a code',
    test: { page: `${M}/voorbeeld.md`, code: page('title: Titel\nid: urn:nl:ak:mtr:imp-09') },
    errors: [{ messageId: 'badFileName', says: 'voorbeeld.md' }],
  },
  {
    rule: 'site-markers',
    name: 'list_maatregelen without a name',
    test: {
      page: 'voldoen-aan-wetten-en-regels/vereisten/avg-09-voorbeeld.md',
      code: page('title: Titel', '\n<!-- tags -->\n\n## Van toepassing op\n\n<!-- tags-ai-act -->\n\n## Maatregelen\n\n<!-- list_maatregelen -->\n'),
    },
    errors: [{ messageId: 'missingName', at: '13:1-13:26', says: 'vereiste/avg-09-voorbeeld' }],
  },
  ...(
    [
      ['without an id', 'title: Titel'],
      ['with an id that is not a text', 'title: Titel\nid: 12'],
      ['with an id of another law', 'title: Titel\nid: urn:nl:ak:ver:avg-09'],
    ] as const
  ).map(
    ([what, frontmatter]): RuleCase => ({
      rule: 'site-markers',
      name: `no <!-- tags-ai-act --> demanded on a vereiste ${what}`,
      test: {
        page: 'voldoen-aan-wetten-en-regels/vereisten/avg-09-voorbeeld.md',
        code: page(
          frontmatter,
          '\n<!-- tags -->\n\n## Van toepassing op\n\nEigen zin.\n\n## Maatregelen\n\n<!-- list_maatregelen vereiste/avg-09-voorbeeld -->\n',
        ),
      },
      errors: [],
    }),
  ),
  {
    rule: 'site-markers',
    name: '<!-- tags-ai-act --> on a vereiste of another law is still checked for its place',
    test: {
      page: 'voldoen-aan-wetten-en-regels/vereisten/avg-09-voorbeeld.md',
      code: page(
        'title: Titel\nid: urn:nl:ak:ver:avg-09',
        '\n<!-- tags -->\n<!-- tags-ai-act -->\n\n## Van toepassing op\n\n## Maatregelen\n\n<!-- list_maatregelen vereiste/avg-09-voorbeeld -->\n',
      ),
    },
    errors: [{ messageId: 'wrongSection', at: '7:1-7:21' }],
  },
  {
    rule: 'site-markers',
    name: 'an AI-Act vereiste with the marker in words instead',
    test: {
      page: 'voldoen-aan-wetten-en-regels/vereisten/aia-09-voorbeeld.md',
      code: page(
        'title: Titel\nid: urn:nl:ak:ver:aia-09',
        '\n<!-- tags -->\n\n## Van toepassing op\n\nEigen zin.\n\n## Maatregelen\n\n<!-- list_maatregelen vereiste/aia-09-voorbeeld -->\n',
      ),
    },
    errors: [{ messageId: 'missing', at: '8:1-8:21', says: 'tags-ai-act' }],
  },
  {
    rule: 'site-markers',
    name: 'list_maatregelen naming a vereiste that does not exist: fixed to the own name',
    test: {
      page: 'voldoen-aan-wetten-en-regels/vereisten/avg-09-voorbeeld.md',
      code: page(
        'title: Titel',
        '\n<!-- tags -->\n\n## Van toepassing op\n\n<!-- tags-ai-act -->\n\n## Maatregelen\n\n<!-- list_maatregelen vereiste/avg-09-voorbeld no-search -->\n',
      ),
    },
    errors: [{ messageId: 'unknownName', at: '13:23-13:47', expected: ['vereiste/avg-09-voorbeeld'], says: 'geen maatregelen' }],
    output: page(
      'title: Titel',
      '\n<!-- tags -->\n\n## Van toepassing op\n\n<!-- tags-ai-act -->\n\n## Maatregelen\n\n<!-- list_maatregelen vereiste/avg-09-voorbeeld no-search -->\n',
    ),
  },
  {
    rule: 'link-live-site',
    name: 'a live-site link to a heading of the page itself, in English: fixed to the anchor',
    test: {
      page: MAATREGEL,
      lang: 'en',
      code: page('title: Titel', '\n[risico](https://minbzk.github.io/Algoritmekader/voldoen-aan-wetten-en-regels/maatregelen/6-imp-09-voorbeeld/#risico)\n'),
    },
    errors: [{ messageId: 'useAnchor', expected: ['#risico'], says: 'Write just the anchor `#risico`.' }],
    output: page('title: Titel', '\n[risico](#risico)\n'),
  },
  {
    rule: 'link-target',
    name: 'a root-absolute link to an existing page',
    test: { page: MAATREGEL, code: page('title: Titel', '\n[jurist](/rollen/jurist.md)\n') },
    errors: [{ messageId: 'absolute', at: '5:10-5:27', expected: ['../../rollen/jurist.md'] }],
    // Offered, not applied: the site may be served elsewhere than the link assumes.
    output: page('title: Titel', '\n[jurist](/rollen/jurist.md)\n'),
  },
  {
    rule: 'link-target',
    name: 'no did-you-mean when no file is close (`data.md` is not `DPIA.md`)',
    test: { page: MAATREGEL, code: page('title: Titel', '\n[data](../../rollen/data.md)\n') },
    errors: [{ messageId: 'missing', at: '5:1-5:29', expected: [] }],
  },
  {
    rule: 'link-target',
    name: 'a URL link to a folder one level too deep: its index.md is meant',
    test: { page: MAATREGEL, code: page('title: Titel', '\n[vereisten](../vereisten/index.html)\n') },
    errors: [{ messageId: 'missingViaUrl', at: '5:13-5:36', expected: ['../vereisten/index.md'] }],
  },
  {
    rule: 'link-target',
    name: 'a file name with only its code: the page with that code in the same folder',
    test: { page: MAATREGEL, code: page('title: Titel', '\n[avg](../vereisten/avg-01.md)\n') },
    errors: [{ messageId: 'missing', expected: ['../vereisten/avg-01-persoonsgegevens-rechtmatig-verwerken.md'] }],
  },
  {
    rule: 'link-target',
    name: 'a Jinja template in a link',
    test: { page: MAATREGEL, code: page('title: Titel', '\n[home]({{ base_url }}/index.md)\n') },
    errors: [{ messageId: 'template', at: '5:1-5:32' }],
  },
  {
    rule: 'link-target',
    name: 'a link to a folder without index.md',
    test: { page: MAATREGEL, code: page('title: Titel', '\n[plaatjes](../../../afbeeldingen/)\n') },
    errors: [{ messageId: 'folderWithoutIndex', at: '5:1-5:35', says: '`afbeeldingen/`' }],
  },
  ...(
    [
      ['refused', { ok: false, kind: 'refused' }],
      ['reset', { ok: false, kind: 'reset' }],
      ['tls', { ok: false, kind: 'tls', detail: 'CERT_HAS_EXPIRED' }],
      ['timeout', { ok: false, kind: 'timeout', detail: '10 s' }],
      ['redirectLoop', { ok: false, kind: 'redirect-loop', detail: 'https://voorbeeld.nl/a' }],
      ['tooManyRedirects', { ok: false, kind: 'too-many-redirects', detail: 'https://voorbeeld.nl/z' }],
      ['internalAddress', { ok: false, kind: 'private', detail: 'voorbeeld.nl → 10.0.0.7' }],
      ['other', { ok: false, kind: 'unknown', detail: 'EPROTO' }],
    ] as Array<[string, Omit<CheckResult, 'url'>]>
  ).map(
    ([messageId, result]): RuleCase => ({
      rule: 'external-url',
      name: `a link that fails: ${result.kind}`,
      test: { page: MAATREGEL, code: linkPage, external: answering(result) },
      errors: [{ messageId, at: '5:1-5:36', says: 'https://voorbeeld.nl/pagina' }],
    }),
  ),
];

/** A change on top of the sample (committed as the base): what `--changed-since HEAD` reports. */
export interface ChangeCase {
  name: string;
  change: (repo: ReturnType<typeof import('./helpers/git-repo.js').gitCopy>) => void;
  /** Repository-relative file the message is on, and the message. */
  file: string;
  messageId: string;
  says: string;
}

const IMP01 = `docs/${M}/6-imp-01-werkinstructies-gebruikers.md`;
const IMP02 = `docs/${M}/6-imp-02-menselijke-tussenkomst.md`;

export const URN_CHANGE_CASES: ChangeCase[] = [
  {
    name: 'the id line is deleted',
    change: (repo) => repo.edit(IMP01, (text) => text.replace('id: urn:nl:ak:mtr:imp-01\n', '')),
    file: IMP01,
    messageId: 'dropped',
    says: '`urn:nl:ak:mtr:imp-01` is van deze maatregel verwijderd',
  },
  {
    name: 'a URN moves from one page to another',
    change: (repo) => {
      repo.edit(IMP01, (text) => text.replace('id: urn:nl:ak:mtr:imp-01\n', ''));
      repo.edit(IMP02, (text) => text.replace('id: urn:nl:ak:mtr:imp-02', 'id: urn:nl:ak:mtr:imp-01'));
    },
    file: IMP02,
    messageId: 'moved',
    says: 'stond in `voldoen-aan-wetten-en-regels/maatregelen/6-imp-01-werkinstructies-gebruikers.md`',
  },
  {
    name: 'a new page brings a new URN',
    change: (repo) => repo.write(`docs/${M}/6-imp-09-nieuw.md`, page('title: Nieuw\nid: urn:nl:ak:mtr:imp-09')),
    file: `docs/${M}/6-imp-09-nieuw.md`,
    messageId: 'added',
    says: 'Nieuwe URN `urn:nl:ak:mtr:imp-09`',
  },
  {
    name: 'a page and its URN are deleted',
    change: (repo) => repo.remove(IMP01),
    file: IMP01,
    messageId: 'removed',
    says: 'URN `urn:nl:ak:mtr:imp-01` is verwijderd',
  },
  {
    // No other page points at it: the run checks no page at all, and must still say so.
    name: 'the only change deletes a page nothing points at',
    change: (repo) => repo.remove(`docs/${M}/7-mon-01-monitoren-werking.md`),
    file: `docs/${M}/7-mon-01-monitoren-werking.md`,
    messageId: 'removed',
    says: 'URN `urn:nl:ak:mtr:mon-01` is verwijderd',
  },
];
