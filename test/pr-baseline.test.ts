/**
 * Pull-request mode judges the change, not the repository's past: a git
 * fixture whose base has old defects on several pages (the sample), and
 * pull-request commits on top of it. Each case asserts exactly the new
 * findings and the exit status, through the CLI and through the Action with
 * a pull-request payload (in this process: the bundle's own runs are in
 * action.test.ts and action-suggestions.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionInProcess, cli, type Finding, type GitCopy, pullRequest as makePullRequest } from './helpers/pull-request.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
const V = 'docs/voldoen-aan-wetten-en-regels/vereisten';
const IMP02 = `${M}/6-imp-02-menselijke-tussenkomst.md`;
const MON01 = `${M}/7-mon-01-monitoren-werking.md`;

let repo: GitCopy | undefined;
afterEach(() => repo?.cleanup());

function pullRequest(change: (pr: GitCopy) => void) {
  const made = makePullRequest(change);
  repo = made.repo;
  return made;
}

/** Both entry points give exactly `expected` and `status`. */
async function expectBoth(root: string, base: string, expected: Finding[], status: number) {
  const sorted = (list: Finding[]) => [...list].sort((a, b) => `${a.file}:${a.line}:${a.rule}`.localeCompare(`${b.file}:${b.line}:${b.rule}`));
  const byCli = await cli(root, base);
  expect(sorted(byCli.findings)).toEqual(sorted(expected));
  expect(byCli.status).toBe(status);
  const byAction = await actionInProcess(root, base);
  expect(sorted(byAction.findings)).toEqual(sorted(expected));
  expect(byAction.status).toBe(status);
  return { cli: byCli, action: byAction };
}

describe('pull-request mode reports what the change brought', () => {
  it('(a) an edit of an unrelated line on a page with old defects: nothing, and the summary counts what was there', async () => {
    const { root, base } = pullRequest((pr) => pr.edit(IMP02, (text) => `${text.trimEnd()}\n\nEen nieuwe alinea onderaan.\n`));
    const { cli: byCli, action: byAction } = await expectBoth(root, base, [], 0);
    // 6-imp-02 has three old errors; they stay out of the report and out of the exit status.
    expect(byCli.stderr).toBe('');
    expect(byAction.summary).toMatch(/3 findings were already there on the pages this change touches/);
    // --all-findings shows them again.
    const all = await cli(root, base, '--all-findings');
    expect(all.findings.filter((finding) => finding.file === IMP02)).toHaveLength(3);
    expect(all.status).toBe(1);
  });

  it('(a′) an old finding on a line the change edits is reported: the author touched it', async () => {
    const { root, base } = pullRequest((pr) => pr.edit(IMP02, (text) => text.replace('voor een voorbeeld.', 'voor twee voorbeelden.')));
    await expectBoth(root, base, [{ file: IMP02, line: 30, rule: 'link-target' }], 1);
  });

  it('(a″) white space stripped from lines with old defects (an editor on save) touches nothing', async () => {
    const { root, base } = pullRequest((pr) =>
      pr.edit(IMP02, (text) => text.replace('rechtmatig-verwerkn', 'rechtmatig-verwerkn   ').replace('voor een voorbeeld.', 'voor een  voorbeeld.\t')),
    );
    await expectBoth(root, base, [], 0);
  });

  it('(b) a renamed heading breaks a link on a page the change never opened: reported there', async () => {
    const { root, base } = pullRequest((pr) => pr.edit(`${V}/aia-01-ai-geletterdheid.md`, (text) => text.replace('## Toelichting', '## Uitleg')));
    const imp01 = `${M}/6-imp-01-werkinstructies-gebruikers.md`;
    const aia01 = `${V}/aia-01-ai-geletterdheid.md`;
    // The link on 6-imp-01, and the renamed section on the page itself; not the old defects of the pages pointing at aia-01.
    await expectBoth(
      root,
      base,
      [
        { file: imp01, line: 34, rule: 'link-anchor' },
        { file: aia01, line: 41, rule: 'required-sections' },
      ],
      1,
    );
  });

  it('(c) a renamed page keeps its old defects out of the report, even where their message names the new file', async () => {
    const woo = `${V}/woo-01-recht-op-toegang-tot-publieke-informatie.md`;
    const { root, base } = pullRequest((pr) => pr.rename(woo, `${V}/woo-01-recht-op-toegang.md`));
    // Its two old defects (a title's period; a marker naming another vereiste, whose message now names the new file)
    // moved with it. What the rename itself brings is said: its URN moved (a warning).
    const moved = `${V}/woo-01-recht-op-toegang.md`;
    const { action: byAction } = await expectBoth(root, base, [{ file: moved, line: 3, rule: 'urn-change' }], 0);
    expect(byAction.summary).toMatch(/2 findings were already there/);
  });

  it('(d) fixing one old defect passes, and the other old defect of that page stays out', async () => {
    const { root, base } = pullRequest((pr) => pr.edit(MON01, (text) => text.replace('ARK: 3.10', "ARK: '3.10'")));
    await expectBoth(root, base, [], 0);
  });

  it('(e) a new page with a defect: exactly that finding fails the run', async () => {
    const page = `${M}/6-imp-03-nieuwe-maatregel.md`;
    const { root, base } = pullRequest((pr) =>
      pr.write(
        page,
        pr
          .read(`${M}/6-imp-01-werkinstructies-gebruikers.md`)
          .replace('urn:nl:ak:mtr:imp-01', 'urn:nl:ak:mtr:imp-03')
          .replace('aia-01-ai-geletterdheid', 'aia-01-ai-geletterdheidd'),
      ),
    );
    const { findings } = await cli(root, base);
    const errors = findings.filter((finding) => finding.rule !== 'urn-change');
    expect(errors).toEqual([expect.objectContaining({ file: page, rule: 'reference-exists' })]);
    const byAction = await actionInProcess(root, base);
    expect(byAction.status).toBe(1);
    expect(byAction.findings.filter((finding) => finding.rule !== 'urn-change')).toEqual(errors);
  });
});
