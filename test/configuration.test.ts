/**
 * Configuration as a linter user meets it: a validated file with
 * file:line:column and did-you-mean, per-file overrides, ignored pages, and
 * what mkdocs.yml says (docs_dir, site_url, use_directory_urls, exclude_docs,
 * draft_docs), on a copy of the sample repository.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { copyOfSample } from './helpers/rule-docs.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
let root: string;

beforeEach(() => {
  root = copyOfSample('config');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const PBA = `${M}/1-pba-01-formuleren-probleemdefinitie.md`;
/** pba-01 links to the two pages the tests below ignore or leave out of the build. */
const linkToOthers = () =>
  edit(PBA, (text) => `${text}\nZie [monitoren](7-mon-01-monitoren-werking.md) en [rollen](2-owp-01-rollen-en-verantwoordelijkheden.md).\n`);

const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
const edit = (file: string, change: (text: string) => string) => write(file, change(readFileSync(path.join(root, file), 'utf8')));

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(['--reporter', 'json', '--lang', 'en', ...args], {
    cwd: root,
    isTTY: false,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  const findings = status === 2 ? [] : (JSON.parse(stdout) as Array<{ path: string; messages: Array<{ ruleId: string }> }>);
  const ids = (file: string) => findings.find((entry) => entry.path === file)?.messages.map((message) => message.ruleId) ?? [];
  return { status, stderr, files: findings.map((entry) => entry.path), ids };
}

describe('a configuration that does not fit stops the run with where, what and a did-you-mean', () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      '.algoritmekader-lint.json',
      '{\n  "rules": {\n    "reference-exist": "error"\n  }\n}\n',
      /\.algoritmekader-lint\.json:3:5: unknown rule "reference-exist"; did you mean "reference-exists"\?/,
    ],
    [
      '.algoritmekader-lint.json',
      '{"rules": {"reference-exists": "eror"}}',
      /:1:32: rules\.reference-exists: "eror" is not a severity \(off, warn or error\); did you mean "error"\?/,
    ],
    ['.algoritmekader-lint.yaml', 'lang: nl\nrules:\n  reference-exists: [eror]\n', /\.yaml:3:22: rules\.reference-exists: "eror" is not a severity/],
    ['.algoritmekader-lint.yaml', 'ignore:\n  - docs/x.md\n', /\.yaml:1:1: unknown setting "ignore"; did you mean "ignores"\?/],
    ['.algoritmekader-lint.json', '{"lang": "de"}', /:1:10: lang must be one of "nl", "en", not "de"/],
    // Not JSON at all: where JSON.parse stopped, as file:line:column (a trailing comma here).
    [
      '.algoritmekader-lint.json',
      '{\n  "rules": {\n    "urn-unique": "warn",\n  }\n}\n',
      /\.algoritmekader-lint\.json:4:3 is not valid JSON: Expected double-quoted property name$/m,
    ],
    [
      '.algoritmekader-lint.json',
      '{"rules": {"toelichting-max-words": ["warn", {"max": "many"}]}}',
      /rules\.toelichting-max-words options\.max: must be integer/,
    ],
    ['.algoritmekader-lint.json', '{"rules": {"site-markers": ["warn", {"strict": true}]}}', /rules\.site-markers: this rule takes no options/],
    ['.algoritmekader-lint.json', '{"kinds": {"maatregel": {"folders": "x"}}}', /unknown setting "kinds\.maatregel\.folders"; did you mean "folder"\?/],
    [
      '.algoritmekader-lint.json',
      '{"overrides": [{"files": ["docs/**"], "rules": {"site-marker": "off"}}]}',
      /unknown rule "site-marker"; did you mean "site-markers"\?/,
    ],
    ['.algoritmekader-lint.json', '{"overrides": [{"rules": {}}]}', /overrides\[0\] must have required property 'files'/],
  ];
  it.each(cases)('%s: %s', async (file, text, expected) => {
    write(file, text);
    const { status, stderr } = await run();
    expect(status).toBe(2);
    expect(stderr).toMatch(expected);
    expect(stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it('accepts "$schema" and the generated schema names every rule', async () => {
    const schema = JSON.parse(readFileSync(path.join(__dirname, '../schemas/config.schema.json'), 'utf8'));
    expect(Object.keys(schema.$defs.rules.properties)).toContain('reference-exists');
    write('.algoritmekader-lint.json', JSON.stringify({ $schema: 'https://github.com/MinBZK/algoritmekader-lint/schemas/config.schema.json', lang: 'en' }));
    expect((await run()).status).toBe(1);
  });
});

describe('overrides', () => {
  it('give matching pages their own rule settings, frontmatter findings included; other pages keep theirs', async () => {
    const before = await run();
    expect(before.ids(`${M}/6-imp-02-menselijke-tussenkomst.md`)).toContain('required-sections');
    expect(before.ids(`${M}/7-mon-01-monitoren-werking.md`)).toContain('frontmatter-schema');
    write(
      '.algoritmekader-lint.json',
      JSON.stringify({
        overrides: [
          { files: [`${M}/6-imp-02-*.md`], rules: { 'required-sections': 'off' } },
          { files: ['docs/**/7-mon-01-monitoren-werking.md'], rules: { 'frontmatter-schema': 'off', 'sources-code-quoted': 'warn' } },
        ],
      }),
    );
    const after = await run();
    expect(after.ids(`${M}/6-imp-02-menselijke-tussenkomst.md`)).not.toContain('required-sections');
    expect(after.ids(`${M}/6-imp-02-menselijke-tussenkomst.md`)).toContain('reference-exists');
    expect(after.ids(`${M}/7-mon-01-monitoren-werking.md`)).toEqual(['sources-code-quoted']);
    // A page no override names keeps the configuration's settings.
    expect(after.ids(`${M}/2-owp-01-rollen-en-verantwoordelijkheden.md`)).toEqual(before.ids(`${M}/2-owp-01-rollen-en-verantwoordelijkheden.md`));
  });
});

describe('ignored pages', () => {
  it('`ignores` and .algoritmekader-lintignore: not linted, still link targets', async () => {
    linkToOthers();
    write('.algoritmekader-lint.json', JSON.stringify({ ignores: ['docs/**/7-mon-01-*.md'] }));
    write('.algoritmekader-lintignore', '# gitignore syntax\n2-owp-01-*.md\n');
    const { files, ids } = await run();
    expect(files).not.toContain(`${M}/7-mon-01-monitoren-werking.md`);
    expect(files).not.toContain(`${M}/2-owp-01-rollen-en-verantwoordelijkheden.md`);
    expect(files).toContain(PBA);
    // pba-01 links to both, and those links still resolve.
    expect(ids(PBA)).not.toContain('link-target');
  });

  it('remark-cli and the editor skip ignored pages too, and apply overrides', async () => {
    const { remark } = await import('remark');
    const { VFile } = await import('vfile');
    const { default: preset, clearSessions } = await import('../src/entries/preset.js');
    const check = async (file: string) => {
      clearSessions();
      const vfile = new VFile({ path: path.join(root, file), cwd: root, value: readFileSync(path.join(root, file), 'utf8') });
      await remark().use(preset).process(vfile);
      return vfile.messages.map((message) => message.ruleId);
    };
    expect(await check(`${M}/7-mon-01-monitoren-werking.md`)).toContain('frontmatter-schema');
    write('.algoritmekader-lintignore', '7-mon-01-*.md\n');
    write('.algoritmekader-lint.json', JSON.stringify({ overrides: [{ files: [`${M}/6-imp-02-*.md`], rules: { 'required-sections': 'off' } }] }));
    expect(await check(`${M}/7-mon-01-monitoren-werking.md`)).toEqual([]);
    expect(await check(`${M}/6-imp-02-menselijke-tussenkomst.md`)).not.toContain('required-sections');
    expect(await check(`${M}/6-imp-02-menselijke-tussenkomst.md`)).toContain('reference-exists');
    // No page of the site: a README outside docs/ with a link the CLI would call broken.
    write('README.md', '# Over deze repository\n\n[kapot](bestaat-niet.md)\n');
    expect(await check('README.md')).toEqual([]);
  });

  it('a named ignored page is skipped with a notice', async () => {
    write('.algoritmekader-lintignore', '7-mon-01-*.md\n');
    const { status, stderr, files } = await run(`${M}/7-mon-01-monitoren-werking.md`);
    expect(status).toBe(0);
    expect(files).toEqual([]);
    expect(stderr).toMatch(/7-mon-01-monitoren-werking\.md is ignored by the configuration/);
  });

  it('a named file that is no page of the site (a README, mkdocs.yml) is not checked, with a notice; a glob passes over it', async () => {
    write('README.md', '# Over deze repository\n\n[kapot](bestaat-niet.md)\n');
    for (const named of ['README.md', 'mkdocs.yml']) {
      const { status, stderr, files } = await run(named);
      expect(status).toBe(0);
      expect(files).toEqual([]);
      expect(stderr).toBe(`algoritmekader-lint: ${named} is not a page of the site (not a .md file in the docs folder docs); not checked\n`);
    }
    const glob = await run('*.md');
    expect(glob.files).toEqual([]);
    expect(glob.stderr).toBe('');
  });

  it('a path or glob that matches nothing is an error', async () => {
    expect((await run('docs/nothing-here/*.md')).stderr).toMatch(/no page matches "docs\/nothing-here\/\*\.md"/);
    expect((await run('docs/nothing-here/*.md')).status).toBe(2);
    expect((await run('docs/no-such-page.md')).status).toBe(2);
  });
});

describe('the sessions of a long-lived process (the language server)', () => {
  it('a configuration saved while a session is built: the next page gets a new session, never one with the text before', async () => {
    const { sessionOf, clearSessions } = await import('../src/entries/preset.js');
    const { diskFiles } = await import('../src/repository/file-source.js');
    const config = path.join(root, '.algoritmekader-lint.json');
    write('.algoritmekader-lint.json', JSON.stringify({ rules: { 'reference-exists': 'off' } }));
    const readText = diskFiles.readText;
    let saved = false;
    const read = vi.spyOn(diskFiles, 'readText').mockImplementation((file, boundary) => {
      const text = readText(file, boundary);
      // The author saves again just after the session read the file, before it is stamped.
      if (file === config && !saved) {
        saved = true;
        write('.algoritmekader-lint.json', JSON.stringify({ rules: { 'reference-exists': 'warn' } }));
      }
      return text;
    });
    try {
      clearSessions();
      const page = path.join(root, `${M}/6-imp-02-menselijke-tussenkomst.md`);
      const first = sessionOf(page);
      expect(saved).toBe(true);
      expect(first?.config.rules['reference-exists']).toBe('off');
      const next = sessionOf(page);
      expect(next).not.toBe(first);
      expect(next?.config.rules['reference-exists']).toBe('warn');
      expect(sessionOf(page)).toBe(next);
    } finally {
      read.mockRestore();
      clearSessions();
    }
  });
});

describe('mkdocs.yml', () => {
  it('is read with Python tags; exclude_docs and draft_docs pages are not linted and are no link targets', async () => {
    linkToOthers();
    expect((await run()).ids(PBA)).not.toContain('link-target');
    edit('mkdocs.yml', (text) =>
      text.replace(
        'docs_dir: docs\n',
        'docs_dir: docs\nmarkdown_extensions_tagged:\n  - emoji_index: !!python/name:material.extensions.emoji.twemoji\n  - env: !ENV [HOME, x]\nexclude_docs: |\n  *-mon-01-*.md\ndraft_docs: |\n  2-owp-01-*.md\n',
      ),
    );
    const { status, files, ids } = await run();
    expect(status).toBe(1);
    expect(files).not.toContain(`${M}/7-mon-01-monitoren-werking.md`);
    expect(files).not.toContain(`${M}/2-owp-01-rollen-en-verantwoordelijkheden.md`);
    // A page not built is not a link target: pba-01's links to both are now broken.
    expect(ids(PBA).filter((id) => id === 'link-target')).toHaveLength(2);
  });

  it('not_in_nav pages are still linted', async () => {
    edit('mkdocs.yml', (text) => `${text}\nnot_in_nav: |\n  *-mon-01-*.md\n`);
    expect((await run()).files).toContain(`${M}/7-mon-01-monitoren-werking.md`);
  });

  it('invalid YAML and a missing docs_dir stop the run at mkdocs.yml:line:column', async () => {
    edit('mkdocs.yml', (text) => `${text}\nnav: [unclosed\n`);
    const invalid = await run();
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/mkdocs\.yml:\d+:\d+: mkdocs\.yml is not valid YAML/);
    edit('mkdocs.yml', (text) => text.replace('\nnav: [unclosed\n', '').replace('docs_dir: docs', 'docs_dir: documenten'));
    const missing = await run();
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/mkdocs\.yml:3:11: the docs folder documenten does not exist or holds no pages/);
  });

  it('site_url comes from mkdocs.yml, and use_directory_urls decides how URL links resolve', async () => {
    const page = `${M}/1-pba-01-formuleren-probleemdefinitie.md`;
    edit(page, (text) => `${text}\n[live](https://example.org/kader/voldoen-aan-wetten-en-regels/) en [html](6-imp-01-werkinstructies-gebruikers.html)\n`);
    const directory = await run(page);
    expect(directory.ids(page)).not.toContain('link-live-site');
    expect(directory.ids(page)).toContain('link-target'); // a/b/ is the page's folder: …/1-pba-01-…/6-imp-01-….html does not exist
    edit('mkdocs.yml', (text) =>
      text.replace('site_url: https://minbzk.github.io/Algoritmekader/', 'site_url: https://example.org/kader/\nuse_directory_urls: false'),
    );
    const flat = await run(page);
    expect(flat.ids(page)).toContain('link-live-site');
    expect(flat.ids(page)).not.toContain('link-target');
  });
});
