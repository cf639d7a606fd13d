/**
 * Configured regular expressions (external.ignorePatterns, mlc_config.json,
 * `pattern` in a repository's own schema) come from the repository, so from
 * a pull request: they run on a linear-time engine (RE2), and one it cannot
 * run is a configuration error at its file:line:column.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { externalSettings } from '../src/external/settings.js';
import { lint } from '../src/run/engine.js';
import { SAMPLE } from './helpers/rule-docs.js';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

function repository(files: Record<string, string>) {
  root = mkdtempSync(path.join(os.tmpdir(), 'ak-patterns-'));
  writeFileSync(path.join(root, 'mkdocs.yml'), 'site_name: test\n');
  mkdirSync(path.join(root, 'docs'));
  writeFileSync(path.join(root, 'docs/index.md'), '# Test\n\n[bron](https://example.org/aaaa)\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  return root;
}

async function run(cwd: string, args: string[]) {
  let stderr = '';
  const code = await main(['--external', '--no-progress', ...args], { cwd, isTTY: false, env: {}, stdout: () => {}, stderr: (text) => (stderr += text) });
  return { code, stderr };
}

describe('ignorePatterns run in linear time', () => {
  it('(a|a)*b is accepted and answers at once on a long URL', () => {
    const [pattern] = externalSettings({ ignorePatterns: ['(a|a)*b'] }, 'test').ignore;
    const started = Date.now();
    expect(pattern.test(`http://x/${'a'.repeat(24)}`)).toBe(false); // about 4 s with a backtracking engine
    expect(pattern.test(`http://x/${'a'.repeat(5000)}`)).toBe(false);
    expect(pattern.test('http://x/aab')).toBe(true);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('keep their meaning: anchors, escapes, flags in the pattern', () => {
    const { ignore } = externalSettings({ ignorePatterns: ['^https://intranet\\.', { pattern: '/gone\\?ignored$' }, '(?i)EXAMPLE'] }, 'test');
    expect(ignore.map((pattern) => pattern.test('https://intranet.example.org/gone?ignored'))).toEqual([true, true, true]);
    expect(ignore.map((pattern) => pattern.test('http://x/intranet./gone?ignoredx'))).toEqual([false, false, false]);
  });

  it.each([
    ['(a', 'missing closing )'],
    ['(\\w)\\1', 'invalid escape sequence'],
    ['(?=x)a', 'unsupported'],
  ])('%s in the configuration is a configuration error at its place', async (pattern, says) => {
    const cwd = repository({
      '.algoritmekader-lint.json': `{\n  "external": {\n    "ignorePatterns": [\n      "^https://ok",\n      ${JSON.stringify(pattern)}\n    ]\n  }\n}\n`,
    });
    const { code, stderr } = await run(cwd, ['--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain('.algoritmekader-lint.json:5:7: external.ignorePatterns[1]');
    expect(stderr).toContain(says);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('an invalid pattern in mlc_config.json is a configuration error at its place, in Dutch by default', async () => {
    const cwd = repository({ 'mlc_config.json': '{\n  "ignorePatterns": [{ "pattern": "[a-" }]\n}\n' });
    const { code, stderr } = await run(cwd, []);
    expect(code).toBe(2);
    expect(stderr).toContain('mlc_config.json:2:35: ignorePatterns[0].pattern');
    expect(stderr).toContain('geen reguliere expressie');
  });
});

describe("a repository's own schema", () => {
  it('runs its patterns in linear time', async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'ak-patterns-'));
    cpSync(SAMPLE, root, { recursive: true });
    const schemaFile = path.join(root, 'schemas/maatregel.json');
    mkdirSync(path.dirname(schemaFile));
    writeFileSync(schemaFile, JSON.stringify({ type: 'object', properties: { title: { type: 'string', pattern: '^(a|a)*b$' } } }));
    writeFileSync(path.join(root, '.algoritmekader-lint.json'), JSON.stringify({ schemas: { maatregel: 'schemas/maatregel.json' } }));
    const page = path.join(root, 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-01-werkinstructies-gebruikers.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^title: .*$/m, `title: ${'a'.repeat(26)}`));
    const started = Date.now();
    const { files } = await lint({ cwd: root, paths: [page], rules: { 'frontmatter-schema': 'error' }, only: ['frontmatter-schema'] });
    expect(Date.now() - started).toBeLessThan(3000); // about 15 s with a backtracking engine
    expect(files[0].messages.map((message) => message.ruleId)).toContain('frontmatter-schema');
  });
});
