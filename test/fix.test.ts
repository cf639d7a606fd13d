/** `--fix` and `--fix-dry-run` on copies of the real corpus: restore what it can, byte for byte, and stay put the second time. */
import { chmodSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { lint } from '../src/run/engine.js';
import { applyFixes } from '../src/run/fix.js';
import { CORPUS, copyCorpus, HAS_CORPUS } from './helpers/corpus.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
const V = 'docs/voldoen-aan-wetten-en-regels/vereisten';

let copy: ReturnType<typeof copyCorpus> | undefined;
afterEach(() => copy?.cleanup());

async function cli(cwd: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, isTTY: false, env: {}, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Each mutation is one a fix can undo exactly. */
const MUTATIONS: Array<[string, string, string]> = [
  [`${M}/6-imp-03-menselijke-tussenkomst.md`, '- aia-09-menselijk-toezicht', '- aia-09-menselijk-toezocht'],
  [`${M}/6-imp-03-menselijke-tussenkomst.md`, '- toc\n', '- tocs\n'],
  [`${M}/2-owp-24-invloed-besluitvorming-algoritmes-aanbieders.md`, "ARK: '2.10'", 'ARK: 2.10'],
  [
    `${V}/aia-01-ai-geletterdheid.md`,
    'list_maatregelen vereiste/aia-01-ai-geletterdheid',
    'list_maatregelen vereiste/aia-02-documentatie-beoordeling-niet-hoog-risico-ai',
  ],
  [
    `${M}/6-imp-01-werkinstructies-gebruikers.md`,
    'title: Stel een werkinstructie op voor gebruikers\r\n',
    'title: Stel een werkinstructie op voor gebruikers.\r\n',
  ],
  [
    'docs/soorten-algoritmes-en-ai/wat-is-een-algoritme.md',
    '(../ai-verordening/ai-verordening-in-het-kort.md#ai-systeem)',
    '(https://minbzk.github.io/Algoritmekader/ai-verordening/ai-verordening-in-het-kort/#ai-systeem)',
  ],
];

describe.skipIf(!HAS_CORPUS)('--fix', () => {
  it('restores the original bytes of every fixable mutation (CRLF file included) and is idempotent', async () => {
    copy = copyCorpus();
    for (const [file, original, mutated] of MUTATIONS) copy.edit(file, (text) => text.replace(original, mutated));
    const files = [...new Set(MUTATIONS.map(([file]) => file))];
    chmodSync(path.join(copy.root, files[0]), 0o640);

    const first = await cli(copy.root, ['--fix', '--reporter', 'json', ...files]);
    expect(first.stderr).toContain(`fixed ${files.length} files`);
    for (const file of files) expect(readFileSync(path.join(copy.root, file)), file).toEqual(readFileSync(path.join(CORPUS, file)));
    expect(statSync(path.join(copy.root, files[0])).mode & 0o777).toBe(0o640);

    const second = await cli(copy.root, ['--fix', '--reporter', 'json', ...files]);
    expect(second.stderr).not.toContain('fixed');
    const left = JSON.parse(second.stdout).flatMap((file: { messages: unknown[] }) => file.messages);
    expect(left.filter((message: { ruleId: string }) => ['reference-exists', 'site-markers', 'sources-code-quoted'].includes(message.ruleId))).toEqual([]);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    copy = copyCorpus();
    const [file, original, mutated] = MUTATIONS[0];
    copy.edit(file, (text) => text.replace(original, mutated));
    const before = readFileSync(path.join(copy.root, file));
    const { stdout } = await cli(copy.root, ['--fix-dry-run', file]);
    expect(stdout).toContain(`--- a/${file}`);
    expect(stdout).toContain(`+++ b/${file}`);
    expect(stdout).toContain('-- aia-09-menselijk-toezocht');
    expect(stdout).toContain('+- aia-09-menselijk-toezicht');
    expect(readFileSync(path.join(copy.root, file))).toEqual(before);
  });

  it('on the whole real corpus: only the intended edits, and no fixable finding left after', async () => {
    copy = copyCorpus();
    const { files } = await lint({ cwd: copy.root });
    const planned = files.flatMap((file) => file.messages.filter((message) => message.fix).map((message) => ({ file: file.path, fix: message.fix! })));
    expect(planned.length).toBeGreaterThan(3);
    await cli(copy.root, ['--fix', '--reporter', 'json']);
    for (const file of new Set(planned.map((entry) => entry.file))) {
      const before = readFileSync(path.join(CORPUS, file), 'utf8');
      const after = readFileSync(path.join(copy.root, file), 'utf8');
      const fixes = planned.filter((entry) => entry.file === file).map((entry) => entry.fix);
      // Rebuild the expected text from the planned edits alone: nothing else may differ.
      let expected = before;
      for (const fix of [...fixes].sort((a, b) => b.start - a.start)) expected = expected.slice(0, fix.start) + fix.text + expected.slice(fix.end);
      expect(after, file).toBe(expected);
    }
    const again = await lint({ cwd: copy.root });
    expect(again.files.flatMap((file) => file.messages.filter((message) => message.fix))).toEqual([]);
  });
});

describe('applyFixes', () => {
  it('skips a fix that overlaps an earlier one and keeps the rest byte for byte', () => {
    const message = (start: number, end: number, text: string) => ({ fix: { start, end, text } }) as never;
    expect(applyFixes('abcdef\r\n', [message(1, 3, 'X'), message(2, 4, 'Y'), message(4, 5, '')]).text).toBe('aXdf\r\n');
  });
});
