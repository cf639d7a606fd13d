import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/run/engine.js';
import { SAMPLE } from './helpers/rule-docs.js';

/** Rows of the table in fixtures/sample/EXPECTED.md: `| \`file\` | at | rule | defect |`. */
function plantedDefects(): string[] {
  const text = readFileSync(path.join(SAMPLE, 'EXPECTED.md'), 'utf8');
  return [...text.matchAll(/^\| `([^`]+)` \| (\d+:\d+) \| ([a-z-]+) \|/gm)].map(
    ([, file, at, rule]) => `docs/voldoen-aan-wetten-en-regels/${file} ${at} ${rule}`,
  );
}

describe('the sample repository (npm start)', () => {
  it('reports exactly the planted defects listed in EXPECTED.md', async () => {
    const { files } = await lint({ cwd: SAMPLE });
    const actual = files.flatMap((file) => file.messages.map((message) => `${file.path} ${message.line}:${message.column} ${message.ruleId}`));
    const planted = plantedDefects();
    expect(planted.length).toBeGreaterThan(10);
    expect(actual.sort()).toEqual(planted.sort());
  });
});
