/**
 * Writing never follows a link a pull request committed: not at a fixed
 * page's temporary file, not at a report's path (`--reporter sarif=…`), not
 * at the cache's files or its folder. Temporary files have unpredictable
 * names, are created exclusively, and are renamed over the destination.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { writeFileAtomically } from '../src/run/atomic-write.js';
import { SAMPLE } from './helpers/rule-docs.js';

const PAGE = 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-01-werkinstructies-gebruikers.md';

let outer: string | undefined;
afterEach(() => outer && rmSync(outer, { recursive: true, force: true }));

/** The sample in `outer/repo`, beside `outer/slachtoffer` (the file a link points at). */
function setUp() {
  outer = mkdtempSync(path.join(os.tmpdir(), 'ak-write-'));
  const repo = path.join(outer, 'repo');
  cpSync(SAMPLE, repo, { recursive: true });
  const victim = path.join(outer, 'slachtoffer');
  writeFileSync(victim, 'ONGEMOEID\n');
  return { repo, victim };
}

async function cli(cwd: string, args: string[]) {
  let stderr = '';
  const code = await main(['--lang', 'en', ...args], { cwd, isTTY: false, env: {}, stdout: () => {}, stderr: (text) => (stderr += text) });
  return { code, stderr };
}

describe('writes never follow a committed link', () => {
  it('--fix: a link at the temporary name of the page does not redirect the write', async () => {
    const { repo, victim } = setUp();
    const page = path.join(repo, PAGE);
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^(title: .*)$/m, '$1.'));
    // The name the temporary file used to get: predictable from the page and the process id.
    symlinkSync(victim, path.join(path.dirname(page), `.${path.basename(page)}.${process.pid}.algoritmekader-lint.tmp`));
    await cli(repo, ['--fix', PAGE]);
    expect(readFileSync(victim, 'utf8')).toBe('ONGEMOEID\n');
    expect(readFileSync(page, 'utf8')).not.toMatch(/^title: .*\.$/m); // fixed all the same
  });

  it('--reporter sarif=file: a link at the path is replaced by the report, its target untouched', async () => {
    const { repo, victim } = setUp();
    symlinkSync(victim, path.join(repo, 'out.sarif'));
    await cli(repo, ['--reporter', 'sarif=out.sarif']);
    expect(readFileSync(victim, 'utf8')).toBe('ONGEMOEID\n');
    expect(lstatSync(path.join(repo, 'out.sarif')).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(path.join(repo, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('--cache: links at the cache files and their temporary names are not followed', async () => {
    const { repo, victim } = setUp();
    const folder = path.join(repo, 'node_modules/.cache/algoritmekader-lint');
    mkdirSync(folder, { recursive: true });
    for (const name of ['lint-cache.json', 'lint-cache.last-run.json']) {
      symlinkSync(victim, path.join(folder, name));
      symlinkSync(victim, path.join(folder, `${name}.${process.pid}.tmp`));
    }
    await cli(repo, ['--cache']);
    expect(readFileSync(victim, 'utf8')).toBe('ONGEMOEID\n');
    expect(lstatSync(path.join(folder, 'lint-cache.json')).isSymbolicLink()).toBe(false);
  });

  it('--cache: a committed link for the cache folder does not carry the cache out of the repository', async () => {
    const { repo } = setUp();
    const elsewhere = path.join(outer!, 'elders');
    mkdirSync(elsewhere);
    mkdirSync(path.join(repo, 'node_modules'), { recursive: true });
    symlinkSync(elsewhere, path.join(repo, 'node_modules/.cache'));
    const { stderr } = await cli(repo, ['--cache']);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(stderr).toContain('the cache could not be written');
  });

  it('the helper creates its temporary file exclusively, with a name nobody can guess, and leaves none behind', () => {
    const { repo } = setUp();
    const target = path.join(repo, 'uit.txt');
    writeFileAtomically(target, 'een');
    writeFileAtomically(target, 'twee');
    expect(readFileSync(target, 'utf8')).toBe('twee');
    expect(readdirSync(repo).filter((name) => name.includes('.tmp'))).toEqual([]);
    expect(existsSync(target)).toBe(true);
  });
});
