/**
 * Hostile page shapes (bench/hostile-shapes.js): every page up to its bound
 * is accepted for checking, every page past it is refused with a message
 * instead of being parsed for minutes. How long they take is measured by `npm run bench`
 * (bench/hostile.js), not here; the test timeout only guards against a hang.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../bench/hostile-shapes.js';
import { memoryFiles } from '../src/repository/file-source.js';
import { decodePage } from '../src/repository/source.js';
import { lint } from '../src/run/engine.js';
import { copyOfSample, ROOT as PROJECT } from './helpers/rule-docs.js';

const ROOT = '/algoritmekader-hostile';
const encodingMessages = async (text: string) => {
  const { files } = await lint({ root: ROOT, cwd: ROOT, files: memoryFiles(ROOT, { 'mkdocs.yml': '', 'docs/pagina.md': text }), only: ['file-encoding'] });
  return files[0].messages.map((message) => message.messageId);
};

describe('a page refused unparsed', () => {
  it('gets only the reason it was refused, not the findings of an empty page (no frontmatter, no sections)', async () => {
    const files = memoryFiles(ROOT, {
      'mkdocs.yml': '',
      'docs/voldoen-aan-wetten-en-regels/maatregelen/1-pba-01-x.md': `---\ntitle: T\n---\n\n${'*_'.repeat(3000)}\n`,
    });
    const { files: linted } = await lint({ root: ROOT, cwd: ROOT, files });
    expect(linted[0].messages.map((message) => `${message.ruleId}/${message.messageId}`)).toEqual(['file-encoding/tooComplex']);
    expect(linted[0].messages[0].reason).toMatch(/6000 nadruktekens \(`\*` en `_`\) \(grens: 2000\)/);
  });
});

describe('hostile page shapes', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: accepted up to its bound`, () => {
      expect(decodePage(Buffer.from(shape.make(shape.limit))).problem).toBeUndefined();
    });
    if (shape.beyond) {
      it(`${shape.name}: refused past its bound, with a message`, async () => {
        const [messageId] = await encodingMessages(shape.beyond!());
        expect(['tooLarge', 'tooComplex', 'tooDeep']).toContain(messageId);
      });
    }
  }
});

describe('a hard time limit per page in the CLI', () => {
  /** The sample with 6-imp-01 near a parse budget, linted by the bundled CLI as a user runs it. */
  function lintNearBudget(env: Record<string, string>) {
    const root = copyOfSample('time-limit');
    const page = path.join(root, 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-01-werkinstructies-gebruikers.md');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n${'*_'.repeat(700)}\n`);
    try {
      const run = spawnSync(process.execPath, [path.join(PROJECT, 'bundle/cli.mjs'), '--reporter', 'json', '--lang', 'en'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
      if (!run.stdout) throw new Error(`no report: ${run.stderr} ${run.error}`);
      const report = JSON.parse(run.stdout) as Array<{ path: string; messages: Array<{ ruleId: string; source: string; reason: string }> }>;
      const of = (name: string) => report.find((file) => file.path.endsWith(name))?.messages ?? [];
      return { status: run.status, of, stderr: run.stderr };
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('a page near a budget whose parse runs out of time: one finding, and the run goes on', () => {
    const { status, of, stderr } = lintNearBudget({ ALGORITMEKADER_LINT_PAGE_TIMEOUT_MS: '1' });
    expect(of('6-imp-01-werkinstructies-gebruikers.md').map((message) => message.reason)).toEqual([expect.stringMatching(/could not be read within 0.001 s/)]);
    expect(of('6-imp-02-menselijke-tussenkomst.md').map((message) => message.ruleId)).toContain('reference-exists');
    expect(status).toBe(1);
    expect(stderr).toBe('');
  });

  it('within the limit, the page parsed in the worker is checked as any other', () => {
    const { of } = lintNearBudget({});
    expect(of('6-imp-01-werkinstructies-gebruikers.md')).toEqual([]);
  });

  it('many pages near a budget share one worker, and each gets its own tree back', () => {
    const root = copyOfSample('near-budget-many');
    const folder = path.join(root, 'docs/voldoen-aan-wetten-en-regels/maatregelen');
    const template = readFileSync(path.join(folder, '6-imp-01-werkinstructies-gebruikers.md'), 'utf8');
    const count = 40;
    try {
      for (let page = 0; page < count; page++) {
        // Each page links to a page of its own number that does not exist: its finding names it.
        const text = `${template}\n[zie](9-nergens-${page}.md)\n\n${'*_'.repeat(700)}\n`;
        writeFileSync(path.join(folder, `near-${page}.md`), text);
      }
      const run = spawnSync(process.execPath, [path.join(PROJECT, 'bundle/cli.mjs'), '--reporter', 'json', '--lang', 'en'], { cwd: root, encoding: 'utf8' });
      const report = JSON.parse(run.stdout) as Array<{ path: string; messages: Array<{ ruleId: string; reason: string }> }>;
      for (let page = 0; page < count; page++) {
        const messages = report.find((file) => file.path.endsWith(`/near-${page}.md`))?.messages ?? [];
        const links = messages.filter((message) => message.ruleId === 'link-target').map((message) => message.reason);
        expect(links, `near-${page}.md`).toEqual([expect.stringContaining(`9-nergens-${page}.md`)]);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
