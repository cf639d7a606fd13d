/**
 * A required check cannot be talked out of failing (issue 32): each attack a
 * pull request can make on what the check reads (mkdocs.yml, the
 * suppressions file, the linter's own configuration) is made here, on a git
 * copy of the sample, and must end with the PR's defect reported or with a
 * clear error, never a pass.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSuppressions } from '../src/run/suppressions.js';
import { breakReference, cli, type GitCopy, MON01, pullRequestHarness } from './helpers/pull-request.js';
import { ROOT } from './helpers/rule-docs.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
const IMP02 = `${M}/6-imp-02-menselijke-tussenkomst.md`;

const harness = pullRequestHarness();
const { pullRequest } = harness;

/** Copy the docs folder to `to` in the work tree (a PR that moves the site's pages elsewhere). */
function copyDocs(pr: GitCopy, to: string) {
  const copy = (from: string, into: string) => {
    mkdirSync(path.join(pr.root, into), { recursive: true });
    for (const entry of readdirSync(path.join(pr.root, from), { withFileTypes: true })) {
      if (entry.isDirectory()) copy(`${from}/${entry.name}`, `${into}/${entry.name}`);
      else pr.write(`${into}/${entry.name}`, pr.read(`${from}/${entry.name}`));
    }
  };
  copy('docs', to);
}

describe('mkdocs.yml is read as mkdocs reads it: no form of docs_dir sends the check to other pages than the site builds', () => {
  const forms: Array<[string, (text: string) => string]> = [
    ['a duplicate key (the last wins, as in PyYAML)', (text) => `${text}\ndocs_dir: site-src\n`],
    ['a merge key', (text) => `${text.replace('docs_dir: docs\n', '')}\nbase: &base\n  docs_dir: site-src\n<<: *base\n`],
    ['an alias', (text) => `anchor: &waar site-src\n${text.replace('docs_dir: docs', 'docs_dir: *waar')}`],
    ['!ENV with its default', (text) => text.replace('docs_dir: docs', 'docs_dir: !ENV [AK_LINT_UNSET_VARIABLE, site-src]')],
    ['INHERIT', (text) => `INHERIT: base.yml\n${text.replace('docs_dir: docs\n', '')}`],
  ];
  for (const [form, edit] of forms) {
    it(`docs_dir through ${form}: the broken page in the new docs folder is reported`, async () => {
      const { root, base } = pullRequest((pr) => {
        copyDocs(pr, 'site-src');
        pr.edit(`site-src/${MON01.slice('docs/'.length)}`, breakReference);
        pr.edit('mkdocs.yml', edit);
        pr.write('base.yml', 'docs_dir: site-src\n');
      });
      const run = await cli(root, base);
      expect(run.stderr).toBe('');
      expect(run.findings).toContainEqual({ file: `site-src/${MON01.slice('docs/'.length)}`, line: 12, rule: 'reference-exists' });
      expect(run.status).toBe(1);
    });
  }

  it('the Action follows the same docs_dir', async () => {
    const { root, base } = pullRequest((pr) => {
      copyDocs(pr, 'site-src');
      pr.edit(`site-src/${MON01.slice('docs/'.length)}`, breakReference);
      pr.edit('mkdocs.yml', (text) => `${text}\ndocs_dir: site-src\n`);
    });
    const run = await harness.action(root, base);
    expect(run.findings).toContainEqual({ file: `site-src/${MON01.slice('docs/'.length)}`, line: 12, rule: 'reference-exists' });
    expect(run.status).toBe(1);
  });

  const unfollowable: Array<[string, (pr: GitCopy) => void, RegExp]> = [
    [
      'INHERIT out of the repository',
      (pr) => pr.edit('mkdocs.yml', (text) => `INHERIT: ../../../etc/passwd\n${text}`),
      /mkdocs\.yml:1:10: .*outside|was not read/,
    ],
    [
      'INHERIT in a circle',
      (pr) => {
        pr.edit('mkdocs.yml', (text) => `INHERIT: a.yml\n${text}`);
        pr.write('a.yml', 'INHERIT: mkdocs.yml\n');
      },
      /a\.yml:1:10: cannot follow the INHERIT of mkdocs\.yml: INHERIT refers in a circle/,
    ],
    ['INHERIT of a missing file', (pr) => pr.edit('mkdocs.yml', (text) => `INHERIT: nergens.yml\n${text}`), /mkdocs\.yml:1:10: .*the file does not exist/],
    [
      'a docs folder without pages',
      (pr) => {
        mkdirSync(path.join(pr.root, 'leeg'));
        pr.write('leeg/plaatje.txt', 'geen pagina');
        pr.edit('mkdocs.yml', (text) => text.replace('docs_dir: docs', 'docs_dir: leeg'));
      },
      /mkdocs\.yml:3:11: the docs folder leeg does not exist or holds no pages/,
    ],
  ];
  for (const [what, change, message] of unfollowable) {
    it(`${what}: a configuration error (exit 2), never a pass`, async () => {
      const { root, base } = pullRequest(change);
      const run = await cli(root, base);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
    });
  }
});

describe('in a pull request, suppressions cover only what the base already had', () => {
  /** The base with the suppressions file `--suppress-all` writes for it. */
  const suppressAll = (base: GitCopy) => {
    spawnSync(process.execPath, [path.join(ROOT, 'bundle/cli.mjs'), '--suppress-all', '--quiet'], { cwd: base.root, stdio: 'ignore' });
    expect(base.read('.algoritmekader-lint-suppressions.json')).toContain('reference-exists');
  };

  it('a swap (old reference and link fixed, new ones added on the same page) reports both new findings', async () => {
    const { root, base } = pullRequest(
      (pr) =>
        pr.edit(IMP02, (text) =>
          text
            .replace('rechtmatig-verwerkn', 'rechtmatig-verwerken')
            .replace('- aia-01-ai-geletterdheid', '- aia-01-ai-geletterdhied')
            .replace('6-imp-01-werkinstructie-gebruikers.md', '6-imp-01-werkinstructies-gebruikers.md')
            .replace('## Bijbehorende vereiste(n)', 'Zie ook [dit](7-mon-09-bestaat-niet.md).\n\n## Bijbehorende vereiste(n)'),
        ),
      suppressAll,
    );
    const expected = [
      { file: IMP02, line: 13, rule: 'reference-exists' },
      { file: IMP02, line: 32, rule: 'link-target' },
    ];
    const run = await cli(root, base);
    expect(run.findings).toEqual(expect.arrayContaining(expected));
    expect(run.status).toBe(1);
    const byAction = await harness.action(root, base);
    expect(byAction.findings).toEqual(expect.arrayContaining(expected));
    expect(byAction.status).toBe(1);
  });

  it('a count the pull request raises is named on the suppressions file, and the base count holds', async () => {
    const { root, base } = pullRequest(
      (pr) => {
        pr.edit(MON01, breakReference);
        pr.edit('.algoritmekader-lint-suppressions.json', (text) => {
          const counts = JSON.parse(text);
          counts[MON01]['reference-exists'] = { count: 1 };
          return JSON.stringify(counts, null, 2);
        });
      },
      (base) =>
        writeFileSync(path.join(base.root, '.algoritmekader-lint-suppressions.json'), JSON.stringify({ [MON01]: { 'sources-code-quoted': { count: 1 } } })),
    );
    const run = await cli(root, base);
    expect(run.findings).toEqual(
      expect.arrayContaining([
        { file: MON01, line: 12, rule: 'reference-exists' },
        { file: '.algoritmekader-lint-suppressions.json', line: expect.any(Number), rule: 'suppressions' },
      ]),
    );
    const raised = run.report.find((file) => file.path === '.algoritmekader-lint-suppressions.json')!.messages[0];
    expect(raised.reason).toMatch(/raises the suppressed findings of `reference-exists` on `.*7-mon-01.*` from 0 to 1/);
    expect(run.status).toBe(1);
  });

  it("a base whose suppressions file is broken judges the PR by the PR's file, with a notice", async () => {
    const { root, base } = pullRequest(
      (pr) => pr.write('.algoritmekader-lint-suppressions.json', '{}\n'),
      (base) => base.write('.algoritmekader-lint-suppressions.json', '{"kapot": '),
    );
    const run = await cli(root, base);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/cannot be used at this pull request's base .*the pull request's version applies/);
  });
});

describe('a pull request that weakens the configuration is judged by the base’s configuration too', () => {
  const weakenings: Array<[string, (pr: GitCopy) => void, string]> = [
    ['a rule switched off', (pr) => pr.write('.algoritmekader-lint.json', '{"rules": {"reference-exists": "off"}}\n'), '.algoritmekader-lint.json'],
    ['the page ignored', (pr) => pr.write('.algoritmekader-lint.yaml', `ignores:\n  - ${MON01}\n`), '.algoritmekader-lint.yaml'],
    ['an ignore file', (pr) => pr.write('.algoritmekader-lintignore', '# tijdelijk\n*-mon-*.md\n'), '.algoritmekader-lintignore'],
    [
      'an override',
      (pr) => pr.write('.algoritmekader-lint.json', JSON.stringify({ overrides: [{ files: ['docs/**/7-*.md'], rules: { 'reference-exists': 'warn' } }] })),
      '.algoritmekader-lint.json',
    ],
  ];
  for (const [what, weaken, configFile] of weakenings) {
    it(`${what}: the defect is reported as an error, and the changed configuration is named on its line`, async () => {
      const { root, base } = pullRequest((pr) => {
        pr.edit(MON01, breakReference);
        weaken(pr);
      });
      const run = await cli(root, base);
      expect(run.findings).toContainEqual({ file: MON01, line: 12, rule: 'reference-exists' });
      const finding = run.report.find((file) => file.path === MON01)!.messages.find((message) => message.ruleId === 'reference-exists')!;
      expect(finding.fatal).toBe(true);
      expect(run.findings).toContainEqual({ file: configFile, line: expect.any(Number), rule: 'configuration' });
      expect(run.status).toBe(1);
      // A workflow may accept the change.
      const accepted = await cli(root, base, '--accept-config-change');
      expect(accepted.findings.filter((finding) => finding.rule === 'reference-exists' && finding.file === MON01).length).toBeLessThanOrEqual(1);
      expect(accepted.status).toBe(0);
    });
  }

  it('the Action says so as an annotation, and fails', async () => {
    const { root, base } = pullRequest((pr) => {
      pr.edit(MON01, breakReference);
      pr.write('.algoritmekader-lint.json', '{"rules": {"reference-exists": "off"}}\n');
    });
    const run = await harness.action(root, base);
    expect(run.findings).toContainEqual({ file: MON01, line: 12, rule: 'reference-exists' });
    expect(run.stdout).toMatch(/::notice file=\.algoritmekader-lint\.json,line=1.*changes what the check reads/);
    expect(run.status).toBe(1);
    const accepted = await harness.action(root, base, { 'INPUT_ACCEPT-CONFIG-CHANGE': 'true' });
    expect(accepted.status).toBe(0);
  });

  it('a configuration file the PR deletes: judged by the base’s too, and named', async () => {
    const { root, base } = pullRequest(
      (pr) => {
        pr.edit(MON01, breakReference);
        pr.remove('.algoritmekader-lint.json');
      },
      (base) => base.write('.algoritmekader-lint.json', '{"rules": {"title-trailing-period": "error"}}\n'),
    );
    const run = await cli(root, base);
    expect(run.findings).toContainEqual({ file: '.algoritmekader-lint.json', line: 1, rule: 'configuration' });
    expect(run.findings).toContainEqual({ file: MON01, line: 12, rule: 'reference-exists' });
    expect(run.status).toBe(1);
  });

  it('a configuration that gets stricter changes nothing: the PR is judged by its own', async () => {
    const { root, base } = pullRequest((pr) => pr.write('.algoritmekader-lint.json', '{"rules": {"title-trailing-period": "error"}}\n'));
    const run = await cli(root, base);
    expect(run.findings.map((finding) => finding.rule)).toEqual(['configuration']);
    expect(run.status).toBe(0);
  });
});

describe('the suppressions file is read in linear time and bounded depth', () => {
  it('4 MiB of suppressions parse in about a second, not hours', () => {
    const entries: string[] = [];
    for (let page = 0; entries.length * 80 < 4 * 1024 * 1024; page++)
      entries.push(`  "docs/map-${page}/pagina-${page}.md": {\n    "link-target": {\n      "count": 2\n    }\n  }`);
    const text = `{\n${entries.join(',\n')}\n}\n`;
    const started = performance.now();
    const read = parseSuppressions('/x.json', 'x.json', text);
    // Quadratic reading took 489 s for 1 MiB; a bound 50 times the linear cost holds on a busy machine.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(Object.keys(read.counts)).toHaveLength(entries.length);
  });

  it('a file nested a million levels deep is a clear error at its place, not a crash', () => {
    const deep = `{"p": {"r": {"count": 1, "x": ${'['.repeat(1e6)}${']'.repeat(1e6)}}}}`;
    expect(() => parseSuppressions('/x.json', 'x.json', deep)).toThrow(/x\.json:1:31 cannot be used: nested deeper than/);
    expect(() => parseSuppressions('/x.json', 'x.json', '{"p": {"r": {"count": 1, "extra": true}}}')).toThrow(/needs \{"count"/);
  });
});

describe('the attack review: what a pull request reads into the site cannot differ from what the check reads', () => {
  const OWP01 = `${M}/2-owp-01-rollen-en-verantwoordelijkheden.md`;

  it('a key hidden behind U+2028 in the frontmatter (a line break only to PyYAML) fails the run', async () => {
    const { root, base } = pullRequest((pr) => pr.edit(MON01, (text) => text.replace('hide:\n', '#\u2028vereiste: [aia-01-ai-geletterdhied]\nhide:\n')));
    const run = await cli(root, base);
    expect(run.findings).toContainEqual({ file: MON01, line: expect.any(Number), rule: 'frontmatter-yaml' });
    expect(run.status).toBe(1);
  });

  it('mkdocs.yml that PyYAML reads otherwise (U+2028, a lone CR, a %YAML directive, two << keys) is a configuration error', async () => {
    for (const edit of [
      (text: string) => `${text}\n#\u2028exclude_docs: ""\n`,
      (text: string) => `${text}\n#\rsite_url: x\n`,
      (text: string) => `%YAML 1.2\n---\n${text}`,
      (text: string) => `${text}\nextra:\n  a: &a {x: 1}\n  b: &b {x: 2}\n<<: *a\n<<: *b\n`,
    ]) {
      const { root, base, repo: made } = pullRequest((pr) => pr.edit('mkdocs.yml', edit));
      const run = await cli(root, base);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/mkdocs would read mkdocs\.yml otherwise than this check/);
      made.cleanup();
    }
  });

  it('!ENV takes its default, never the job’s environment (a branch name is GITHUB_HEAD_REF)', async () => {
    const { root, base } = pullRequest((pr) => {
      pr.edit(MON01, breakReference);
      pr.edit('mkdocs.yml', (text) => `${text}\nexclude_docs: !ENV [GITHUB_HEAD_REF, ""]\n`);
    });
    const { runCli } = await import('./helpers/run-cli.js');
    const previous = process.env.GITHUB_HEAD_REF;
    process.env.GITHUB_HEAD_REF = 'voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md';
    try {
      const run = await runCli(root, ['--changed-since', base, '--reporter', 'json', '--lang', 'en']);
      expect(run.report.find((file) => file.path === MON01)?.messages.map((message) => message.ruleId)).toContain('reference-exists');
      expect(run.status).toBe(1);
    } finally {
      if (previous === undefined) delete process.env.GITHUB_HEAD_REF;
      else process.env.GITHUB_HEAD_REF = previous;
    }
  });

  it('excluding a vereiste other pages name breaks those unchanged pages: they are checked and fail the run', async () => {
    const { root, base } = pullRequest((pr) =>
      pr.edit('mkdocs.yml', (text) => `${text}\nexclude_docs: |\n  voldoen-aan-wetten-en-regels/vereisten/aia-01-ai-geletterdheid.md\n`),
    );
    const run = await cli(root, base, '--accept-config-change');
    expect(run.findings).toContainEqual({ file: MON01, line: 12, rule: 'reference-exists' });
    expect(run.status).toBe(1);
  });

  it('a code removed from the audit codes breaks the unchanged page that uses it', async () => {
    const { root, base } = pullRequest((pr) => pr.edit('script/maatregelen-adr-ark.csv', (text) => text.replace(/^SV\.4;.*\n/m, '')));
    const run = await cli(root, base);
    expect(run.findings).toContainEqual({ file: OWP01, line: expect.any(Number), rule: 'sources-code-exists' });
    expect(run.status).toBe(1);
  });

  it('a defect laundered in two steps through exclude_docs: the second step, which builds the page, reports it', async () => {
    const { root, base } = pullRequest(
      (pr) => pr.edit('mkdocs.yml', (text) => text.replace(/\nexclude_docs: \|\n.*\n/, '\n')),
      (step1) => {
        step1.edit(MON01, breakReference);
        step1.edit('mkdocs.yml', (text) => `${text}\nexclude_docs: |\n  voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md\n`);
      },
    );
    const run = await cli(root, base);
    expect(run.findings).toContainEqual({ file: MON01, line: 12, rule: 'reference-exists' });
    expect(run.status).toBe(1);
  });

  it('one schema finding swapped for another on the same line text is new (no loose match without a message id)', async () => {
    const { root, base } = pullRequest(
      (pr) => pr.edit(MON01, (text) => text.replace(/^toelichting: .*\n/m, '').replace('hide:\n', 'rollen:\n- ontwikkelaar\nhide:\n')),
      (before) => before.edit(MON01, (text) => text.replace('rollen:\n- ontwikkelaar\n', '')),
    );
    const run = await cli(root, base);
    expect(run.findings.filter((finding) => finding.file === MON01 && finding.rule === 'frontmatter-schema').length).toBeGreaterThan(0);
    expect(run.status).toBe(1);
  });

  it('a configuration linked to another file at the base is read through the link, not as its text', async () => {
    const { root, base } = pullRequest(
      (pr) => pr.edit(MON01, breakReference),
      (before) => {
        mkdirSync(path.join(before.root, 'config'));
        before.write('config/lint.json', '{"rules": {"title-trailing-period": "warn"}}\n');
        symlinkSync('config/lint.json', path.join(before.root, '.algoritmekader-lint.json'));
      },
    );
    const run = await cli(root, base);
    expect(run.stderr).toBe('');
    expect(run.findings).toContainEqual({ file: MON01, line: 12, rule: 'reference-exists' });
    expect(run.status).toBe(1);
  });

  it('a schema the base names, loosened while the change points the configuration elsewhere, still judges', async () => {
    const schema = JSON.stringify({ type: 'object', required: ['title'], properties: { title: { type: 'string' } }, additionalProperties: false });
    const { root, base } = pullRequest(
      (pr) => {
        pr.write('schemas/maatregel.json', JSON.stringify({ type: 'object' }));
        pr.write('schemas/nieuw.json', JSON.stringify({ type: 'object' }));
        pr.write('.algoritmekader-lint.json', JSON.stringify({ schemas: { maatregel: 'schemas/nieuw.json' } }));
        pr.edit(MON01, (text) => text.replace('hide:\n', 'onbekend: x\nhide:\n'));
      },
      (before) => {
        mkdirSync(path.join(before.root, 'schemas'));
        before.write('schemas/maatregel.json', schema);
        before.write('.algoritmekader-lint.json', JSON.stringify({ schemas: { maatregel: 'schemas/maatregel.json' } }));
      },
    );
    const run = await cli(root, base);
    expect(run.findings.filter((finding) => finding.file === MON01 && finding.rule === 'frontmatter-schema').length).toBeGreaterThan(0);
    expect(run.status).toBe(1);
  });

  it('a docs_dir moved in the change cannot be judged by the base’s: a clear error, or accepted by the workflow', async () => {
    const { root, base } = pullRequest((pr) => {
      copyDocs(pr, 'site-src');
      pr.git('rm', '-rq', 'docs');
      pr.edit('mkdocs.yml', (text) => text.replace('docs_dir: docs', 'docs_dir: site-src'));
    });
    const run = await cli(root, base);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/judged by the base's as well, and that cannot be done: .*docs folder docs does not exist.*accept-config-change/);
    expect((await cli(root, base, '--accept-config-change')).status).not.toBe(2);
  });
});
