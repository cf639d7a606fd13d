/** `--changed-since`: what is linted, and URN changes, in a real git repository made for the test. */
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { lint } from '../src/run/engine.js';
import { gitCopy } from './helpers/git-repo.js';
import { SAMPLE } from './helpers/rule-docs.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
const V = 'docs/voldoen-aan-wetten-en-regels/vereisten';

let repo: ReturnType<typeof gitCopy> | undefined;
afterEach(() => repo?.cleanup());

async function changed(root: string) {
  const { files } = await lint({ cwd: root, changedSince: 'HEAD' });
  return files;
}

const urnMessages = (files: Awaited<ReturnType<typeof changed>>) =>
  files.flatMap((file) =>
    file.messages
      .filter((message) => message.ruleId === 'urn-change')
      .map((message) => ({ file: file.path, at: `${message.line}:${message.column}`, fatal: message.fatal, reason: message.reason })),
  );

describe('--changed-since', () => {
  it('with nothing changed lints nothing', async () => {
    repo = gitCopy(SAMPLE);
    expect(await changed(repo.root)).toEqual([]);
  });

  it('lints the changed page and the pages that point at it, with facts from the whole repository', async () => {
    repo = gitCopy(SAMPLE);
    repo.edit(`${V}/aia-01-ai-geletterdheid.md`, (text) => text.replace('## Toelichting', '## Uitleg'));
    const files = await changed(repo.root);
    const linted = files.map((file) => file.path).sort();
    expect(linted).toEqual(
      [
        `${V}/aia-01-ai-geletterdheid.md`,
        // Point at aia-01 (a link, or `vereiste:`): linted again.
        `${M}/2-owp-01-rollen-en-verantwoordelijkheden.md`,
        `${M}/6-imp-01-werkinstructies-gebruikers.md`,
        `${M}/6-imp-02-menselijke-tussenkomst.md`,
        `${M}/7-mon-01-monitoren-werking.md`,
      ].sort(),
    );
    // 6-imp-01 links to aia-01#toelichting, which the change renamed.
    const imp01 = files.find((file) => file.path.endsWith('6-imp-01-werkinstructies-gebruikers.md'))!;
    expect(imp01.messages.map((message) => message.ruleId)).toContain('link-anchor');
  });

  it('reports a removed, a changed, a moved and a new URN', async () => {
    repo = gitCopy(SAMPLE);
    repo.remove(`${M}/7-mon-01-monitoren-werking.md`);
    repo.edit(`${M}/6-imp-02-menselijke-tussenkomst.md`, (text) => text.replace('id: urn:nl:ak:mtr:imp-02', 'id: urn:nl:ak:mtr:imp-12'));
    repo.rename(`${M}/1-pba-01-formuleren-probleemdefinitie.md`, `${M}/1-pba-01-probleemdefinitie.md`);
    repo.write(`${V}/aia-02-nieuw.md`, '---\ntitle: Nieuw\nid: urn:nl:ak:ver:aia-02\n---\n');
    const messages = urnMessages(await changed(repo.root));
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: `${M}/7-mon-01-monitoren-werking.md`,
          at: '1:1',
          fatal: false,
          reason: expect.stringContaining('URN `urn:nl:ak:mtr:mon-01` is verwijderd'),
        }),
        expect.objectContaining({
          file: `${M}/6-imp-02-menselijke-tussenkomst.md`,
          at: '3:5',
          fatal: false,
          reason: expect.stringContaining('gewijzigd van `urn:nl:ak:mtr:imp-02` in `urn:nl:ak:mtr:imp-12`'),
        }),
        expect.objectContaining({
          file: `${M}/1-pba-01-probleemdefinitie.md`,
          at: '3:5',
          reason: expect.stringContaining('stond in `voldoen-aan-wetten-en-regels/maatregelen/1-pba-01-formuleren-probleemdefinitie.md`'),
        }),
        expect.objectContaining({
          file: `${V}/aia-02-nieuw.md`,
          at: '3:5',
          fatal: undefined,
          reason: expect.stringContaining('Nieuwe URN `urn:nl:ak:ver:aia-02`'),
        }),
      ]),
    );
    expect(messages).toHaveLength(4);
  });

  it('compares with the merge base: what changed only on the base branch is not the branch’s change', async () => {
    repo = gitCopy(SAMPLE);
    const commit = (message: string) => repo!.git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-q', '-am', message);
    repo.git('checkout', '-q', '-b', 'feature');
    repo.edit(`${V}/aia-01-ai-geletterdheid.md`, (text) => text.replace('## Toelichting', '## Uitleg'));
    commit('feature');
    // main moves on: a page added, another page's URN changed.
    repo.git('checkout', '-q', 'main');
    repo.write(`${V}/aia-02-nieuw.md`, '---\ntitle: Nieuw\nid: urn:nl:ak:ver:aia-02\n---\n');
    repo.git('add', '-A');
    repo.edit(`${M}/1-pba-01-formuleren-probleemdefinitie.md`, (text) => text.replace('id: urn:nl:ak:mtr:pba-01', 'id: urn:nl:ak:mtr:pba-11'));
    commit('main moves on');
    repo.git('checkout', '-q', 'feature');
    const { files } = await lint({ cwd: repo.root, changedSince: 'main' });
    const linted = files.map((file) => file.path);
    expect(linted).toContain(`${V}/aia-01-ai-geletterdheid.md`);
    expect(linted).not.toContain(`${M}/1-pba-01-formuleren-probleemdefinitie.md`);
    // Against the tip of main, aia-02 would be "removed" and pba-01's URN "changed back".
    expect(urnMessages(files)).toEqual([]);
  });

  it('a deleted page makes the pages that referenced it fail', async () => {
    repo = gitCopy(SAMPLE);
    repo.remove(`${V}/avg-01-persoonsgegevens-rechtmatig-verwerken.md`);
    const files = await changed(repo.root);
    const pba01 = files.find((file) => file.path.endsWith('1-pba-01-formuleren-probleemdefinitie.md'));
    expect(pba01?.messages.map((message) => message.ruleId)).toContain('reference-exists');
  });

  it('the CLI takes --changed-since and explains a bad ref or a missing repository', async () => {
    repo = gitCopy(SAMPLE);
    let stderr = '';
    const io = { cwd: repo.root, isTTY: false, stdout: () => {}, stderr: (text: string) => (stderr += text) };
    expect(await main(['--changed-since', 'HEAD'], io)).toBe(0);
    expect(await main(['--changed-since', 'no-such-ref'], io)).toBe(2);
    expect(stderr).toContain('"no-such-ref" is geen commit');
  });
});
