/**
 * Findings of the security review of the pull-request check (F3, F4, F8, F12,
 * F13, F16): each attack is made here on a git copy of the sample and must end
 * with the defect reported or a clear error, never a pass.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pathspecMatcher } from '../src/config/glob-match.js';
import { notBuiltMatcher } from '../src/config/mkdocs.js';
import { changedLines, diffFileName } from '../src/run/git.js';
import { LspClient } from './helpers/lsp-client.js';
import { VSCODE } from './helpers/lsp-clients.js';
import { breakReference, cli, type GitCopy, MON01, pullRequestHarness } from './helpers/pull-request.js';
import { copyOfSample, ROOT } from './helpers/rule-docs.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';

const harness = pullRequestHarness();
const { pullRequest } = harness;

describe("F8: a repository schema's $id never selects a validator compiled from other text", () => {
  const MAATREGEL_SCHEMA = readFileSync(path.join(ROOT, 'schemas/maatregel.schema.json'), 'utf8');
  const useOwnSchema = (base: GitCopy) => {
    mkdirSync(path.join(base.root, 'schemas'), { recursive: true });
    base.write('schemas/mijn-maatregel.schema.json', MAATREGEL_SCHEMA);
    base.write('.algoritmekader-lint.json', '{"schemas":{"maatregel":"schemas/mijn-maatregel.schema.json"}}');
  };
  const permissive = (pr: GitCopy) => {
    pr.edit(MON01, (text) => text.replace(/^toelichting: Controleer regelmatig/m, 'extra: ja\ntoelichting: Controleer regelmatig'));
    pr.write('schemas/mijn-maatregel.schema.json', '{"$id":"https://algoritmekader-lint/schemas/maatregel.schema.json","type":"object"}');
  };

  it("a PR's permissive schema under the base's $id: the base's schema still judges the new key (CLI)", async () => {
    const { root, base } = pullRequest(permissive, useOwnSchema);
    const run = await cli(root, base);
    expect(run.findings.filter((finding) => finding.file === MON01 && finding.rule === 'frontmatter-schema')).not.toEqual([]);
    expect(run.status).toBe(1);
  });

  it('the same through the Action', async () => {
    const { root, base } = pullRequest(permissive, useOwnSchema);
    const run = await harness.action(root, base);
    expect(run.findings.filter((finding) => finding.file === MON01 && finding.rule === 'frontmatter-schema')).not.toEqual([]);
    expect(run.status).toBe(1);
  });
});

describe('F4: exclude_docs and draft_docs are matched as mkdocs matches them (pathspec GitIgnoreSpec)', () => {
  const PAGE = 'voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md';
  const notBuilt = (...lines: string[]) => pathspecMatcher(['.*', '/templates/', ...lines]).ignores(PAGE);

  it('case-sensitive: 7-MON-01-*.md does not exclude 7-mon-01-…', () => {
    expect(notBuilt('7-MON-01-*.md')).toBe(false);
    expect(notBuilt('7-mon-01-*.md')).toBe(true);
  });
  it('a file pattern after a folder pattern re-includes the file; a folder pattern never re-includes a file pattern', () => {
    expect(notBuilt('maatregelen/', `!${PAGE}`)).toBe(false);
    expect(notBuilt('7-mon-01-*.md', '!maatregelen/')).toBe(true);
    expect(notBuilt('!7-mon-01-*.md', 'maatregelen/')).toBe(false);
  });
  it('draft_docs is a list of its own: its `!` never re-includes what exclude_docs leaves out', () => {
    const matcher = notBuiltMatcher({ docsDir: 'docs', useDirectoryUrls: true, excludeDocs: ['maatregelen/'], draftDocs: [`!${PAGE}`] });
    expect(matcher.ignores(PAGE)).toBe(true);
  });
  it('leading white space is part of the pattern, trailing is not', () => {
    expect(notBuilt(' 7-mon-01-*.md')).toBe(false);
    expect(notBuilt('7-mon-01-*.md  ')).toBe(true);
  });
  it("mkdocs' own exclusions: dot files and folders, a top-level templates folder", () => {
    const matcher = pathspecMatcher(['.*', '/templates/']);
    expect([matcher.ignores('.x/a.md'), matcher.ignores('a/.b.md'), matcher.ignores('templates/a.md'), matcher.ignores('a/templates/b.md')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('a PR that excludes a page by another case still has its defect reported (Action)', async () => {
    const { root, base } = pullRequest((pr) => {
      pr.edit(MON01, breakReference);
      pr.edit('mkdocs.yml', (text) => `${text}\nexclude_docs: |\n  7-MON-01-*.md\n`);
    });
    const run = await harness.action(root, base);
    expect(run.findings).toContainEqual({ file: MON01, line: 12, rule: 'reference-exists' });
    expect(run.status).toBe(1);
  });

  it('a folder excluded with one page re-included: that page is checked (CLI)', async () => {
    const { root, base } = pullRequest((pr) => {
      pr.edit(MON01, breakReference);
      pr.edit('mkdocs.yml', (text) => `${text}\nexclude_docs: |\n  maatregelen/\n  !${PAGE}\n`);
    });
    const run = await cli(root, base);
    expect(run.findings).toContainEqual({ file: MON01, line: 12, rule: 'reference-exists' });
    expect(run.status).toBe(1);
  });
});

describe('F3: a page mkdocs builds under another Markdown extension is an error, never a silent pass', () => {
  const MKD = MON01.replace(/\.md$/, '.mkd');
  const renameToMkd = (pr: GitCopy) => {
    pr.edit(MON01, breakReference);
    pr.rename(MON01, MKD);
  };

  it('the Action reports the renamed page as new, at line 1', async () => {
    const { root, base } = pullRequest(renameToMkd);
    const run = await harness.action(root, base);
    expect(run.findings).toContainEqual({ file: MKD, line: 1, rule: 'file-encoding' });
    expect(run.status).toBe(1);
  });

  it('the CLI reports every such file in a full run, in English with --lang en', async () => {
    const { root } = pullRequest((pr) => {
      for (const extension of ['.markdown', '.mdown', '.mkdn', '.MD']) pr.write(MON01.replace(/\.md$/, extension), pr.read(MON01));
    });
    const { runCli } = await import('./helpers/run-cli.js');
    const run = await runCli(root, ['--reporter', 'json', '--lang', 'en']);
    const found = run.report.flatMap((file) => file.messages.filter((message) => message.ruleId === 'file-encoding').map(() => file.path));
    expect(found.sort()).toEqual(['.markdown', '.mdown', '.mkdn', '.MD'].map((extension) => MON01.replace(/\.md$/, extension)).sort());
    expect(run.report.flatMap((file) => file.messages).find((message) => message.ruleId === 'file-encoding')?.reason).toMatch(/Rename the file to/);
    expect(run.status).toBe(1);
  });

  it('one excluded by exclude_docs (at the base already) is not built, and not reported', async () => {
    const { root, base } = pullRequest(
      (pr) => pr.rename(MON01, MKD),
      (repository) => repository.edit('mkdocs.yml', (text) => `${text}\nexclude_docs: |\n  *.mkd\n`),
    );
    const run = await cli(root, base);
    expect(run.findings.filter((finding) => finding.file === MKD)).toEqual([]);
  });
});

describe('F3: a .mkd file the base already had', () => {
  // Run-level findings have no base run to compare with (src/run/baseline.ts lints the base's pages only): such a
  // file fails every pull request until it is renamed. Deliberate: the check cannot see that page at all.
  it('is still reported in a pull request that does not touch it (fail closed)', async () => {
    const MKD = MON01.replace(/\.md$/, '.mkd');
    const { root, base } = pullRequest(
      (pr) => pr.edit(`${M}/6-imp-02-menselijke-tussenkomst.md`, (text) => `${text}\nMeer tekst.\n`),
      (repository) => repository.rename(MON01, MKD),
    );
    const run = await cli(root, base);
    expect(run.findings).toContainEqual({ file: MKD, line: 1, rule: 'file-encoding' });
    expect(run.status).toBe(1);
  });
});

describe('F3 in the editor', () => {
  let client: LspClient | undefined;
  let root: string | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('a .mkd page mkdocs builds gets the finding at line 1', async () => {
    root = copyOfSample('lsp-mkd');
    const MKD = MON01.replace(/\.md$/, '.mkd');
    renameSync(path.join(root, MON01), path.join(root, MKD));
    client = new LspClient(path.join(ROOT, 'bundle/language-server.mjs'), root, [], {});
    client.configurationAnswer = {};
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: VSCODE,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'sample' }],
    });
    client.notify('initialized', {});
    const uri = pathToFileURL(path.join(root, MKD)).href;
    const waiting = client.diagnosticsFor(uri, 0);
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(path.join(root, MKD), 'utf8') },
    });
    const diagnostics = await waiting;
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line])).toEqual([['file-encoding', 0]]);
  });
});

describe('F13: a report file never lands outside the working folder through a committed link', () => {
  let outside: string;
  beforeAll(() => {
    outside = mkdtempSync(path.join(os.tmpdir(), 'ak-outside-'));
  });
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('the Action with sarif: reports/lint.sarif and a committed reports -> elsewhere: exit 2, nothing written there', () => {
    writeFileSync(path.join(outside, 'lint.sarif'), 'ORIGINAL');
    const { root, base } = pullRequest((pr) => {
      pr.edit(MON01, breakReference);
      symlinkSync(outside, path.join(pr.root, 'reports'));
    });
    const run = harness.archive.run(
      root,
      { INPUT_LANG: 'en', INPUT_SARIF: 'reports/lint.sarif' },
      { action: 'synchronize', pull_request: { number: 1, base: { sha: base }, head: { sha: 'x' } } },
    );
    expect(readFileSync(path.join(outside, 'lint.sarif'), 'utf8')).toBe('ORIGINAL');
    expect(readdirSync(outside)).toEqual(['lint.sarif']);
    expect(run.stdout + run.stderr).toMatch(/report not written: reports\/lint.sarif leads/);
    expect(run.status).toBe(2);
  });

  it('the CLI: a link to a folder elsewhere, one that leads nowhere, and .. are refused; new folders inside and an absolute path are fine', async () => {
    const { root, base } = pullRequest((pr) => {
      symlinkSync(outside, path.join(pr.root, 'reports'));
      symlinkSync(path.join(outside, 'not-yet'), path.join(pr.root, 'dangling'));
    });
    for (const output of ['reports/lint.sarif', 'reports/new/lint.sarif', 'dangling/lint.sarif', 'dangling/sub/lint.sarif', '../lint.sarif']) {
      const run = await cli(root, base, '--reporter', `sarif=${output}`);
      expect(run.stderr).toContain(`report not written: ${output}`);
      expect(run.status).toBe(2);
    }
    expect(readdirSync(outside)).not.toContain('new');
    expect(readdirSync(outside)).not.toContain('not-yet');
    const inside = await cli(root, base, '--reporter', 'sarif=out/a/lint.sarif');
    expect(inside.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(root, 'out/a/lint.sarif'), 'utf8')).version).toBe('2.1.0');
    const absolute = await cli(root, base, '--reporter', `sarif=${path.join(outside, 'chosen.sarif')}`);
    expect(absolute.status).toBe(0);
    expect(readdirSync(outside)).toContain('chosen.sarif');
  });
});

describe('F16: changed lines of every file name git writes, and no silent "nothing changed"', () => {
  it('names with a quote, a tab, a space, a backslash or non-ASCII, as git writes them', () => {
    expect(diffFileName('"b/we\\"ird.md"')).toBe('b/we"ird.md');
    expect(diffFileName('"b/ta\\tb.md"')).toBe('b/ta\tb.md');
    expect(diffFileName('b/sp ace.md\t')).toBe('b/sp ace.md');
    expect(diffFileName('"b/a b\\\\c.md"\t')).toBe('b/a b\\c.md');
    expect(diffFileName('"b/\\303\\274.md"')).toBe('b/ü.md');
    expect(diffFileName('b/ü.md')).toBe('b/ü.md');
  });

  it('every changed file is in the map, and a line "++ x" in a page does not end its hunks', () => {
    const names = ['we"ird.md', 'sp ace.md', 'ta\tb.md', 'back\\slash.md', 'ü.md', 'plus.md'];
    const { root, base } = pullRequest(
      (pr) => {
        for (const name of names) pr.write(name, name === 'plus.md' ? '++ a\nb\n++ c\nd\ne\n' : 'a\nB\n');
      },
      (repository) => {
        for (const name of names) repository.write(name, name === 'plus.md' ? 'a\nb\nc\nd\nE\n' : 'a\nb\n');
      },
    );
    const lines = changedLines(root, base);
    for (const name of names.filter((name) => name !== 'plus.md')) expect(lines.get(path.join(root, name)), name).toEqual([[2, 2]]);
    expect(lines.get(path.join(root, 'plus.md'))).toEqual([
      [1, 1],
      [3, 3],
      [5, 5],
    ]);
  });

  it('an old finding on a changed line of a page whose name git quotes is reported (CLI)', async () => {
    const QUOTED = `${M}/7-mon-01 "kopie".md`;
    const { root, base } = pullRequest(
      // Indented: the same finding and fingerprint (the line's text is trimmed there), but a line the author changed.
      (pr) => pr.edit(QUOTED, (text) => text.replace('- aia-01-ai-geletterdhied', '  - aia-01-ai-geletterdhied')),
      (repository) => repository.write(QUOTED, breakReference(repository.read(MON01)).replace('urn:nl:ak:mtr:mon-01', 'urn:nl:ak:mtr:mon-99')),
    );
    const run = await cli(root, base);
    expect(run.findings).toContainEqual({ file: QUOTED, line: 12, rule: 'reference-exists' });
    expect(run.status).toBe(1);
  });

  it('a diff git cannot give is exit 2, not "no line changed"', () => {
    const { root, base } = pullRequest((pr) => pr.write('a.md', 'a\n'));
    expect(() => changedLines(root, `${base.slice(0, -4)}0000`)).toThrow(/git diff failed/);
  });
});

describe('F12: a page that is a link to a file elsewhere is linted when only that file changes', () => {
  const linkPage = (base: GitCopy) => {
    mkdirSync(path.join(base.root, 'content'));
    base.rename(MON01, 'content/7-mon-01.md');
    symlinkSync('../../../content/7-mon-01.md', path.join(base.root, MON01));
  };

  it('the Action reports the defect on the page', async () => {
    const { root, base } = pullRequest((pr) => pr.edit('content/7-mon-01.md', breakReference), linkPage);
    const run = await harness.action(root, base);
    expect(run.findings).toContainEqual({ file: MON01, line: 12, rule: 'reference-exists' });
    expect(run.status).toBe(1);
  });

  it('the same for a page in a linked folder (CLI)', async () => {
    const { root, base } = pullRequest(
      (pr) => pr.edit('content/maatregelen/7-mon-01-monitoren-werking.md', breakReference),
      (repository) => {
        mkdirSync(path.join(repository.root, 'content'));
        repository.rename(M, 'content/maatregelen');
        symlinkSync('../../content/maatregelen', path.join(repository.root, M));
      },
    );
    const run = await cli(root, base);
    expect(run.findings).toContainEqual({ file: MON01, line: 12, rule: 'reference-exists' });
    expect(run.status).toBe(1);
  });
});
