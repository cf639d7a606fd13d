import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RuleSetting } from '../src/config/config.js';
import { lint } from '../src/run/engine.js';
import { CORPUS, HAS_CORPUS } from './helpers/corpus.js';

interface Expectation {
  file: string;
  at: string;
  rule: string;
  why: string;
}

const expectations = parse(readFileSync(path.join(import.meta.dirname, 'corpus-expectations.yaml'), 'utf8')) as Expectation[];

/** Entries for the expectations file, to complete with why each is a defect. */
function yamlEntries(findings: string[]): string {
  return findings
    .map((finding) => /^(.*) (\d+:\d+) (\S+)$/.exec(finding)!)
    .map(([, file, at, rule]) => `- file: ${file}\n  at: "${at}"\n  rule: ${rule}\n  why: "…"`)
    .join('\n');
}

describe.skipIf(!HAS_CORPUS)('the real corpus', () => {
  // One run of the whole corpus, as an author runs it, read by the tests below.
  let run: ReturnType<typeof lint> | undefined;
  const wholeCorpus = () => {
    run ??= lint({ cwd: CORPUS });
    return run;
  };

  it('yields exactly the judged findings: no false positives, none lost', async () => {
    // With the reviewed word list of examples/algoritmekader/, as the content repository adds it.
    // As an author runs it on the upstream repository: no word list of its own (the Algoritmekader's words ship with the linter).
    const { files } = await wholeCorpus();
    const actual = files.flatMap((file) => file.messages.map((message) => `${file.path} ${message.line}:${message.column} ${message.ruleId}`));
    const expected = expectations.map((entry) => `${entry.file} ${entry.at} ${entry.rule}`);
    const unjudged = actual.filter((finding) => !expected.includes(finding));
    const lost = expected.filter((finding) => !actual.includes(finding));
    expect(
      { unjudged, lost },
      unjudged.length ? `judge each new finding; a real defect goes in test/corpus-expectations.yaml:\n${yamlEntries(unjudged)}` : undefined,
    ).toEqual({
      unjudged: [],
      lost: [],
    });
  });

  it('every expectation says why it is a defect', () => {
    for (const entry of expectations) expect(entry.why?.length ?? 0, `${entry.file} ${entry.at}`).toBeGreaterThan(3);
  });

  it('checks every page of the corpus', async () => {
    const { files, repository } = await wholeCorpus();
    expect(files.length).toBe(repository.pagePaths().length);
    expect(files.length).toBeGreaterThan(240);
    const kinds: Record<string, number> = {};
    for (const page of repository.allPages()) kinds[page.kind] = (kinds[page.kind] ?? 0) + 1;
    expect(kinds).toMatchObject({ maatregel: 108, vereiste: 63, hulpmiddel: 28 });
  });
});

describe.skipIf(!HAS_CORPUS)('rule options on the real corpus', () => {
  it('toelichting-max-words follows {"max": n}: the longest toelichting (106 words, aia-26) is the last one reported', async () => {
    const reported = async (rules?: Record<string, RuleSetting>) =>
      (await lint({ cwd: CORPUS, only: ['toelichting-max-words'], rules })).files
        .filter((file) => file.messages.length > 0)
        .map((file) => path.basename(file.path));
    expect((await reported()).length).toBeGreaterThan(15);
    expect(await reported({ 'toelichting-max-words': ['warn', { max: 100 }] })).toEqual(['aia-26-recht-op-uitleg-ai-besluiten.md']);
    expect(await reported({ 'toelichting-max-words': ['warn', { max: 106 }] })).toEqual([]);
  });

  it('an option of the wrong type is a configuration error, not a silent default', async () => {
    await expect(lint({ cwd: CORPUS, rules: { 'toelichting-max-words': ['warn', { max: 'veel' }] } })).rejects.toThrow(/toelichting-max-words.*max/);
  });
});
