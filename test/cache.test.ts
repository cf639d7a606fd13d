/**
 * `--cache`: a page's result is reused only while its text, the
 * configuration, the tool version and every cross-file fact it used are
 * unchanged. Each invalidation path, proven on a copy of the sample.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { lint } from '../src/run/engine.js';
import { readSignedJson, writeSignedJson } from '../src/run/signed-file.js';
import { gitCopy } from './helpers/git-repo.js';
import { copyOfSample } from './helpers/rule-docs.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
const V = 'docs/voldoen-aan-wetten-en-regels/vereisten';
const PAGES = 28; // pages in the sample

let root: string;
let location: string;

beforeEach(() => {
  root = copyOfSample('cache');
  location = path.join(root, '.cache');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A cache file as we sign it (the tests' key): these tests forge what only a holder of the key could. */
const readCache = (file: string) => (readSignedJson(file) as { data: any }).data;
const writeCache = (file: string, data: unknown) => writeSignedJson(file, data);
const run = (extra: Parameters<typeof lint>[0] = {}) => lint({ cwd: root, cache: { location }, ...extra });
const edit = (file: string, change: (text: string) => string) => writeFileSync(path.join(root, file), change(readFileSync(path.join(root, file), 'utf8')));
const messagesOf = (result: Awaited<ReturnType<typeof run>>, file: string) =>
  result.files.find((candidate) => candidate.path === file)?.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`) ?? [];
const everything = (result: Awaited<ReturnType<typeof run>>) =>
  result.files.map((file) => ({ path: file.path, messages: file.messages.map((message) => ({ ...message, place: message.place })) }));

describe('--cache', () => {
  it('a second run with nothing changed parses nothing and gives the same messages', async () => {
    const first = await run();
    expect(first.files).toHaveLength(PAGES);
    expect(first.stats).toEqual({ parsed: PAGES, reused: 0 });
    const second = await run();
    expect(second.stats).toEqual({ parsed: 0, reused: PAGES });
    expect(everything(second)).toEqual(everything(first));
    expect(second.files.flatMap((file) => file.messages).filter((message) => message.fix)).toHaveLength(
      first.files.flatMap((file) => file.messages).filter((message) => message.fix).length,
    );
  });

  it('a changed page is parsed and checked again, the others are not', async () => {
    await run();
    edit(`${M}/7-mon-01-monitoren-werking.md`, (text) => text.replace('ARK: 3.10', "ARK: '3.10'"));
    const result = await run();
    expect(result.stats).toEqual({ parsed: 1, reused: PAGES - 1 });
    expect(messagesOf(result, `${M}/7-mon-01-monitoren-werking.md`)).not.toContain('14:8 sources-code-quoted');
  });

  it('a renamed heading elsewhere invalidates the pages that link to it', async () => {
    const before = await run();
    const imp01 = `${M}/6-imp-01-werkinstructies-gebruikers.md`;
    expect(messagesOf(before, imp01)).toEqual([]);
    edit(`${V}/aia-01-ai-geletterdheid.md`, (text) => text.replace('## Toelichting', '## Uitleg'));
    const after = await run();
    expect(messagesOf(after, imp01).some((message) => message.endsWith('link-anchor'))).toBe(true);
    // Only aia-01 itself had to be parsed again; imp-01 was re-checked from a fresh parse too.
    expect(after.stats.reused).toBeLessThan(PAGES - 1);
  });

  it('a page deleted or renamed elsewhere invalidates the pages that point at it', async () => {
    await run();
    renameSync(path.join(root, `${V}/avg-01-persoonsgegevens-rechtmatig-verwerken.md`), path.join(root, `${V}/avg-01-rechtmatig-verwerken.md`));
    const result = await run();
    expect(messagesOf(result, `${M}/1-pba-01-formuleren-probleemdefinitie.md`)).toContain('12:3 reference-exists');
  });

  it('a new vocabulary value invalidates the pages that use labels', async () => {
    const before = await run();
    const owp01 = `${M}/2-owp-01-rollen-en-verantwoordelijkheden.md`;
    expect(messagesOf(before, owp01)).toContain('10:3 label-values');
    writeFileSync(path.join(root, 'docs/rollen/projectleidr.md'), '# Projectleidr\n');
    expect(messagesOf(await run(), owp01)).not.toContain('10:3 label-values');
  });

  it('a URN taken by another page invalidates the page it is compared with', async () => {
    await run();
    edit(`${M}/7-mon-01-monitoren-werking.md`, (text) => text.replace('id: urn:nl:ak:mtr:mon-01', 'id: urn:nl:ak:mtr:imp-01'));
    const result = await run();
    expect(messagesOf(result, `${M}/6-imp-01-werkinstructies-gebruikers.md`)).toContain('3:5 urn-unique');
  });

  it('a new file that could be what a broken link meant changes its suggestion', async () => {
    const before = await run();
    const imp02 = `${M}/6-imp-02-menselijke-tussenkomst.md`;
    const reason = () => before.files.find((file) => file.path === imp02)!.messages.find((message) => message.ruleId === 'link-target')!.reason;
    expect(reason()).toContain('Bedoel je `6-imp-01-werkinstructies-gebruikers.md`?');
    writeFileSync(path.join(root, `${M}/6-imp-01-werkinstructie-gebruiker.md`), '---\ntitle: x\n---\n');
    const after = await run();
    const message = after.files.find((file) => file.path === imp02)!.messages.find((candidate) => candidate.ruleId === 'link-target')!;
    expect(message.reason).toContain('`6-imp-01-werkinstructie-gebruiker.md`');
  });

  it('a changed audit-code list invalidates the pages that cite codes', async () => {
    await run();
    writeFileSync(path.join(root, 'script/maatregelen-adr-ark.csv'), 'nummer;maatregel;source\nSV.1;x;Onderzoekskader Auditdienst Rijk\n');
    const result = await run();
    expect(messagesOf(result, `${M}/6-imp-01-werkinstructies-gebruikers.md`).filter((message) => message.endsWith('sources-code-exists'))).toHaveLength(2);
  });

  it('a changed configuration or tool version starts over', async () => {
    await run();
    expect((await run({ rules: { 'title-trailing-period': 'off' } })).stats).toEqual({ parsed: PAGES, reused: 0 });
    const cacheFile = path.join(location, 'lint-cache.json');
    const data = readCache(cacheFile);
    writeCache(cacheFile, { ...data, key: 'made-by-another-version' });
    const lastRun = readCache(lastRunFile());
    writeCache(lastRunFile(), { ...lastRun, key: 'made-by-another-version' });
    expect((await run({ rules: { 'title-trailing-period': 'off' } })).stats).toEqual({ parsed: PAGES, reused: 0 });
  });

  it('a run of some rules (--rule) and a run of all keep their results apart', async () => {
    const all = await run();
    const some = await run({ only: ['title-trailing-period'] });
    expect(some.stats.reused).toBe(0);
    expect(new Set(some.files.flatMap((file) => file.messages.map((message) => message.ruleId)))).toEqual(new Set(['title-trailing-period']));
    const again = await run();
    expect(everything(again)).toEqual(everything(all));
  });

  it('a broken cache file is ignored, not a crash', async () => {
    await run();
    writeFileSync(path.join(location, 'lint-cache.json'), '{ kapot');
    writeFileSync(lastRunFile(), '{ kapot');
    expect((await run()).stats).toEqual({ parsed: PAGES, reused: 0 });
  });
});

const lastRunFile = () => path.join(location, 'lint-cache.last-run.json');

describe('--cache with nothing changed: the last report', () => {
  it('is given again without the page cache, the parser or the rules', async () => {
    const first = await run();
    // Without the last report, this run would have to parse every page again.
    rmSync(path.join(location, 'lint-cache.json'));
    const second = await run();
    expect(second.stats).toEqual({ parsed: 0, reused: PAGES });
    expect(everything(second)).toEqual(everything(first));
  });

  it('is not given for other pages, other rules or another language', async () => {
    const one = `${M}/7-mon-01-monitoren-werking.md`;
    expect((await run({ paths: [one] })).files).toHaveLength(1);
    const all = await run();
    expect(all.files).toHaveLength(PAGES);
    const some = await run({ only: ['title-trailing-period'] });
    expect(some.files.flatMap((file) => file.messages).every((message) => message.ruleId === 'title-trailing-period')).toBe(true);
    const english = await run({ lang: 'en' });
    expect(english.files.flatMap((file) => file.messages).map((message) => message.reason)).not.toEqual(
      all.files.flatMap((file) => file.messages).map((message) => message.reason),
    );
  });

  it('is not given after a new file, a touched page or a changed audit-code list, and is given again after', async () => {
    const first = await run();
    writeFileSync(path.join(root, 'docs/nieuw.pdf'), '');
    expect((await run()).stats.parsed).toBeGreaterThan(0); // the listing changed: the page cache answers, then it is replayed
    const page = path.join(root, `${M}/7-mon-01-monitoren-werking.md`);
    utimesSync(page, new Date(), new Date(Date.now() + 5000));
    const touched = await run();
    expect(touched.stats).toEqual({ parsed: 0, reused: PAGES }); // read and found unchanged by its text
    rmSync(path.join(location, 'lint-cache.json'));
    expect((await run()).stats).toEqual({ parsed: 0, reused: PAGES }); // the new mtime was kept: replayed
    writeFileSync(path.join(root, 'script/maatregelen-adr-ark.csv'), 'nummer;maatregel;source\n');
    const changed = await run();
    expect(changed.stats.parsed).toBe(PAGES); // no page cache any more, and the report no longer holds
    expect(everything(changed)).not.toEqual(everything(first));
  });

  it('keeps mkdocs.yml as read: not parsed again while its text is the same, parsed (and refused) when it changed', async () => {
    await run();
    const data = readCache(lastRunFile());
    expect(data.mkdocs.text).toBe(readFileSync(path.join(root, 'mkdocs.yml'), 'utf8'));
    // Proof that the kept reading is what the next run uses: a kept exclusion takes a page out.
    data.mkdocs.settings.excludeDocs = ['voldoen-aan-wetten-en-regels/maatregelen/7-mon-01-monitoren-werking.md'];
    writeCache(lastRunFile(), data);
    expect((await run()).files).toHaveLength(PAGES - 1);
    edit('mkdocs.yml', (text) => `${text}\nnav: [kapot\n`);
    await expect(run()).rejects.toThrow(/mkdocs\.yml:\d+:\d+: mkdocs\.yml is not valid YAML/);
  });

  it('a forged report is ignored or shows nothing that is not ours', async () => {
    await run();
    const data = readCache(lastRunFile());
    const withMessages = data.files.find((file: any) => file.messages.length > 0);
    withMessages.messages[0].url = 'https://evil.example/';
    writeCache(lastRunFile(), data);
    const urls = (await run()).files.flatMap((file) => file.messages.map((message) => message.url));
    expect(urls.some((url) => url?.includes('evil'))).toBe(false);
    withMessages.messages.push({ reason: 'NEP', ruleId: 'x', source: 'iemand' });
    writeCache(lastRunFile(), data);
    const reasons = (await run()).files.flatMap((file) => file.messages.map((message) => message.reason));
    expect(reasons).not.toContain('NEP');
  });
});

describe('--cache that is broken, forged or cannot be written', () => {
  const cacheFile = () => path.join(location, 'lint-cache.json');
  const rewrite = (change: (data: any) => void) => {
    const data = readCache(cacheFile());
    change(data);
    writeCache(cacheFile(), data);
    rmSync(lastRunFile()); // these are about the page cache, not about the last report
  };

  it.each([
    ['"pages": null', (data: any) => (data.pages = null)],
    ['a page without its record', (data: any) => ((Object.values(data.pages)[0] as any).record = 7)],
    [
      'a message that is not ours',
      (data: any) =>
        (Object.values(data.pages) as any[])
          .find((page) => page.result?.messages.length)
          .result.messages.push({ reason: 'NEP', ruleId: 'x', source: 'iemand' }),
    ],
  ])('%s: a cold run with the right messages, every time after too', async (_name, change) => {
    const first = await run();
    rewrite(change);
    const second = await run();
    expect(second.stats).toEqual({ parsed: PAGES, reused: 0 });
    expect(everything(second)).toEqual(everything(first));
    expect((await run()).stats).toEqual({ parsed: 0, reused: PAGES });
  });

  it('a docs link in the cache file is never shown: it comes from the rule id', async () => {
    await run();
    rewrite((data) => {
      for (const page of Object.values(data.pages) as any[]) for (const message of page.result?.messages ?? []) message.url = 'https://evil.example/';
    });
    const urls = (await run()).files.flatMap((file) => file.messages.map((message) => message.url));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => url?.endsWith(`/docs/rules/${url.split('/').pop()}`) && !url.includes('evil'))).toBe(true);
  });

  it('a cache that cannot be written is a notice, not a failure', async () => {
    writeFileSync(path.join(root, 'een-bestand'), '');
    const notices: string[] = [];
    const result = await lint({ cwd: root, cache: { location: path.join(root, 'een-bestand/cache') }, onNotice: (text) => notices.push(text) });
    expect(result.files).toHaveLength(PAGES);
    expect(notices).toEqual([expect.stringMatching(/cache kon niet worden geschreven \(ENOTDIR\)/)]);
  });

  it('a changed repository schema invalidates the pages it checks', async () => {
    writeFileSync(path.join(root, 'schema.json'), JSON.stringify({ type: 'object' }));
    writeFileSync(path.join(root, '.algoritmekader-lint.json'), JSON.stringify({ schemas: { maatregel: 'schema.json' } }));
    const before = (await run()).files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'frontmatter-schema');
    writeFileSync(path.join(root, 'schema.json'), JSON.stringify({ type: 'object', required: ['eigenaar'] }));
    const after = (await run()).files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'frontmatter-schema');
    expect(after.length).toBeGreaterThan(before.length);
  });
});

describe('a cache a pull request could have written is not used', () => {
  const cli = async (cwd: string, args: string[]) => {
    let stderr = '';
    const code = await main(['--lang', 'en', '--reporter', 'json', ...args], {
      cwd,
      isTTY: false,
      env: {},
      stdout: () => {},
      stderr: (text) => (stderr += text),
    });
    return { code, stderr };
  };
  /** What an attacker can write: our JSON with every message removed (no key, so no valid HMAC). */
  const forge = (file: string) => {
    const text = readFileSync(file, 'utf8');
    const data = JSON.parse(text.startsWith('{') ? text : text.slice(text.indexOf('\n') + 1));
    for (const page of Object.values<{ result?: { messages: unknown[] } }>(data.pages ?? {})) if (page.result) page.result.messages = [];
    for (const checked of data.files ?? []) checked.messages = [];
    writeFileSync(file, JSON.stringify(data));
  };

  it('a cache with its messages emptied does not turn exit 1 into exit 0', async () => {
    const args = ['--cache', '--cache-location', location];
    expect((await cli(root, args)).code).toBe(1);
    forge(path.join(location, 'lint-cache.json'));
    forge(path.join(location, 'lint-cache.last-run.json'));
    const forged = await cli(root, args);
    expect(forged.code).toBe(1);
    expect(forged.stderr).toContain('the cache was not used: its check (HMAC) does not verify');
    expect((await cli(root, args)).code).toBe(1); // and the next run has a cache of its own again
  });

  it('a cache that is a symbolic link is not read', async () => {
    await run({ cache: { location: path.join(root, 'elders') } });
    mkdirSync(location, { recursive: true });
    for (const name of ['lint-cache.json', 'lint-cache.last-run.json']) symlinkSync(path.join(root, 'elders', name), path.join(location, name));
    const result = await run();
    expect(result.stats.parsed).toBe(PAGES);
  });

  it('a cache that git tracks is not read', async () => {
    const repo = gitCopy(root);
    try {
      const cache = { location: path.join(repo.root, '.cache') };
      await lint({ cwd: repo.root, cache });
      repo.git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', '-f', '.cache');
      repo.git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-q', '-m', 'cache');
      let notice = '';
      const result = await lint({ cwd: repo.root, cache, onNotice: (text) => (notice += text), lang: 'en' });
      expect(result.stats.parsed).toBe(PAGES);
      expect(notice).toContain('git tracks it');
    } finally {
      repo.cleanup();
    }
  });
});
