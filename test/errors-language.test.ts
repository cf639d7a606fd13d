/**
 * What ends a run or comes besides its findings is said in the run's
 * language too: Dutch by default, English with --lang en or the
 * configuration's `lang`, with --lang first.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import preset, { clearSessions } from '../src/entries/preset.js';
import { ERRORS, NOTICES, PHRASES } from '../src/errors.js';
import { copyOfSample, SAMPLE } from './helpers/rule-docs.js';

async function run(args: string[], cwd: string) {
  let stderr = '';
  const code = await main(args, { cwd, isTTY: false, env: {}, stdout: () => {}, stderr: (text) => (stderr += text) });
  return { code, stderr };
}

const TYPO = 'docs/voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werkng.md';

describe('the texts', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
  it.each(Object.entries({ ...ERRORS, ...NOTICES, ...PHRASES }))('%s has the same placeholders in Dutch and English', (_id, text) => {
    expect(placeholders(text.nl)).toEqual(placeholders(text.en));
  });
});

describe('the run says it in its language', () => {
  it('Dutch by default, English with --lang en, with a did-you-mean for a mistyped page', async () => {
    const dutch = await run([TYPO], SAMPLE);
    expect(dutch.code).toBe(2);
    expect(dutch.stderr).toBe(`algoritmekader-lint: bestand of map bestaat niet: ${TYPO}; bedoel je ${TYPO.replace('werkng', 'werking')}?\n`);
    const english = await run(['--lang', 'en', TYPO], SAMPLE);
    expect(english.stderr).toBe(`algoritmekader-lint: no such file or folder: ${TYPO}; did you mean ${TYPO.replace('werkng', 'werking')}?\n`);
  });

  it("in the configuration's language when the command line names none; --lang goes first", async () => {
    const repo = copyOfSample('ak-lang-');
    writeFileSync(path.join(repo, '.algoritmekader-lint.json'), '{ "lang": "en" }\n');
    expect((await run([TYPO], repo)).stderr).toMatch(/^algoritmekader-lint: no such file or folder: /);
    expect((await run(['--lang', 'nl', TYPO], repo)).stderr).toMatch(/^algoritmekader-lint: bestand of map bestaat niet: /);
  });

  it('an unknown option gets the nearest one, and the pointer to --help is in the same language', async () => {
    expect((await run(['--verbos'], SAMPLE)).stderr).toBe(
      'algoritmekader-lint: onbekende optie --verbos; bedoel je --verbose?\nZie --help voor het gebruik.\n',
    );
    expect((await run(['--lang=en', '--root'], SAMPLE)).stderr).toBe('algoritmekader-lint: --root needs a value\nRun with --help for usage.\n');
  });

  it('a configuration error names the place and says the schema problem in Dutch', async () => {
    const repo = copyOfSample('ak-lang-config-');
    writeFileSync(path.join(repo, '.algoritmekader-lint.json'), '{\n  "ignores": "docs/x.md"\n}\n');
    const { code, stderr } = await run([], repo);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\.algoritmekader-lint\.json:2:14: ignores: moet een lijst \(array\) zijn\n$/);
    writeFileSync(path.join(repo, '.algoritmekader-lint.json'), '{"overrides": [{"rules": {}}]}');
    expect((await run([], repo)).stderr).toMatch(/json:1:16: overrides\[0\]: moet de eigenschap files bevatten\n$/);
  });

  it('remark-cli and the editor get a configuration error in the preset language', async () => {
    clearSessions();
    const processor = unified()
      .use(remarkParse)
      .use(preset, { root: SAMPLE, lang: 'nl', rules: { 'link-target': 'eror' as 'error' } });
    const file = new VFile({ path: path.join(SAMPLE, 'docs/index.md'), value: '# Start\n' });
    await expect(processor.run(processor.parse(file), file)).rejects.toThrow(/rules\.link-target: .*"eror".*(ernst|off, warn of error)/);
    clearSessions();
  });
});

describe('the progress of the external check', () => {
  it('is said in the language of --lang', async () => {
    const server = createServer((_request, response) => response.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const root = mkdtempSync(path.join(os.tmpdir(), 'ak-progress-'));
    writeFileSync(path.join(root, 'mkdocs.yml'), 'site_name: test\n');
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs/index.md'), `# Test\n\n[bron](http://127.0.0.1:${port}/bron)\n`);
    try {
      const cache = (name: string) => ['--external-cache', path.join(root, `${name}.json`), '--external-allow-address', '127.0.0.1'];
      expect((await run(['--external', '--progress', ...cache('nl')], root)).stderr).toBe('\rexterne links: 1/1 gecontroleerd, 0 werken niet\n');
      expect((await run(['--external', '--progress', '--lang', 'en', ...cache('en')], root)).stderr).toBe('\rexternal links: 1/1 checked, 0 failing\n');
    } finally {
      server.close();
    }
  });
});
