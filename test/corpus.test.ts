import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lint } from '../src/run/engine.js';
import { CORPUS, HAS_CORPUS } from './helpers/corpus.js';

interface Expectation {
  file: string;
  at: string;
  rule: string;
  why: string;
}

const expectations = parse(readFileSync(path.join(import.meta.dirname, 'corpus-expectations.yaml'), 'utf8')) as Expectation[];

describe.skipIf(!HAS_CORPUS)('the real corpus', () => {
  it('yields exactly the judged findings: no false positives, none lost', async () => {
    const { files } = await lint({ cwd: CORPUS });
    const actual = files.flatMap((file) => file.messages.map((message) => `${file.path} ${message.line}:${message.column} ${message.ruleId}`));
    const expected = expectations.map((entry) => `${entry.file} ${entry.at} ${entry.rule}`);
    const unjudged = actual.filter((finding) => !expected.includes(finding));
    const lost = expected.filter((finding) => !actual.includes(finding));
    expect({ unjudged, lost }).toEqual({ unjudged: [], lost: [] });
  });

  it('every expectation says why it is a defect', () => {
    for (const entry of expectations) expect(entry.why?.length ?? 0, `${entry.file} ${entry.at}`).toBeGreaterThan(3);
  });

  it('checks every page of the corpus', async () => {
    const { files, repository } = await lint({ cwd: CORPUS });
    expect(files.length).toBe(repository.pagePaths().length);
    expect(files.length).toBeGreaterThan(240);
    const kinds: Record<string, number> = {};
    for (const page of repository.allPages()) kinds[page.kind] = (kinds[page.kind] ?? 0) + 1;
    expect(kinds).toMatchObject({ maatregel: 108, vereiste: 63, hulpmiddel: 28 });
  });
});
