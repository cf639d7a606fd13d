// npm run bench: speed and memory on the real corpus, every case measured
// side by side in one run, interleaved (the machine is shared and noisy:
// compare the ratios, not the seconds).
//
//   AK_CORPUS=<repository>  the corpus (default ../shared/corpus/algoritmekader)
//   AK_BENCH_RUNS=<n>       runs per case (default 7)
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const project = path.resolve(here, '..');
const corpusSource = path.resolve(process.env.AK_CORPUS ?? path.join(project, '../shared/corpus/algoritmekader'));
const runs = Number(process.env.AK_BENCH_RUNS ?? 7);
if (!existsSync(path.join(corpusSource, 'mkdocs.yml'))) {
  console.error(`bench: no corpus at ${corpusSource} (set AK_CORPUS)`);
  process.exit(2);
}

// The tests' hosts file for every process the bench starts: no name but loopback is resolved.
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--import=${pathToFileURL(path.join(project, 'test/setup/network-guard.mjs')).href}`]
  .filter(Boolean)
  .join(' ');

const work = mkdtempSync(path.join(os.tmpdir(), 'ak-bench-'));
const corpus = path.join(work, 'corpus');
cpSync(corpusSource, corpus, { recursive: true, verbatimSymlinks: true });
const cli = path.join(project, 'bundle/cli.mjs');
// The same runs with the spelling rule off, for its cost.
const spellingOff = path.join(work, 'spelling-off.json');
writeFileSync(spellingOff, JSON.stringify({ rules: { spelling: 'off' } }));
const bin = (name) => path.join(project, 'node_modules/.bin', name);

// rumdl is installed here, not as a devDependency: its npm package lists a
// binary package per platform, and a lock file that misses the others breaks
// `npm ci` on a registry without them.
const RUMDL_VERSION = '0.2.75';
const rumdlPrefix = path.join(work, 'rumdl');
const rumdlInstall = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', rumdlPrefix, `rumdl@${RUMDL_VERSION}`], {
  encoding: 'utf8',
});
const rumdl = path.join(rumdlPrefix, 'node_modules/.bin/rumdl');
const hasRumdl = rumdlInstall.status === 0 && existsSync(rumdl);
if (!hasRumdl) console.error(`bench: rumdl ${RUMDL_VERSION} could not be installed; its rows are left out`);

/** A bench script bundled like the CLI (one ESM file; CommonJS parts get a `require`), into dist/bench/. */
async function bundled(script) {
  const outfile = path.join(project, 'dist/bench', script.replace(/\.js$/, '.mjs'));
  await build({
    entryPoints: [path.join(here, script)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    banner: { js: "import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

// The floor: Node start + reading + parsing every page with exactly our parser set-up, no rules;
// the same on every core (worker threads); and the plain floor (from-markdown + frontmatter only).
const floor = await bundled('floor.js');
const floorThreads = await bundled('floor-threads.js');
const floorPlain = await bundled('floor-plain.js');

/** The language server: seconds from opening a page to its first diagnostics (a fresh server each time). */
function lspFirst(file) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [path.join(here, 'lsp-first.js'), path.join(project, 'bundle/language-server.mjs'), corpus, file], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const seconds = Number(result.stdout.trim());
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error(`lsp-first: ${result.stdout} ${result.stderr} after ${Number(process.hrtime.bigint() - start) / 1e9} s`);
  return { seconds };
}

// remark-cli with remark-frontmatter and remark-validate-links, as a project
// would set it up (its plugins resolve from the corpus copy's node_modules).
writeFileSync(path.join(corpus, '.remarkrc.json'), JSON.stringify({ plugins: ['remark-frontmatter', 'remark-validate-links'] }));
symlinkSync(path.join(project, 'node_modules'), path.join(work, 'node_modules'), 'dir');

/** Peak memory and CPU time (all threads: V8 compiles and collects garbage on other cores) of a child: Node reports them at exit. */
const MAXRSS = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nmaxrss='+u.maxRSS+' cpu='+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

function time(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: corpus, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr?.slice(0, 500)}`);
  const rss = /maxrss=(\d+)/.exec(result.stderr ?? '')?.[1];
  const cpu = /cpu=(\d+)/.exec(result.stderr ?? '')?.[1];
  return { seconds, rssMb: rss ? Number(rss) / 1024 : undefined, cpuSeconds: cpu ? Number(cpu) / 1e6 : undefined };
}

const node = (script, ...args) => [process.execPath, ['--import', MAXRSS, script, ...args]];
const cacheDir = path.join(work, 'cache');
const page = 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-03-menselijke-tussenkomst.md';
let toggle = 0;
/** Change one page's text (alternately) so that the next cached run has exactly one changed page. */
const changeOnePage = () => {
  const file = path.join(corpus, page);
  const text = readFileSync(file, 'utf8').replace(/ \(bench \d+\)$/m, '');
  writeFileSync(file, text.replace(/^(title: .*)$/m, `$1 (bench ${toggle++})`));
};

const onePage = 'docs/voldoen-aan-wetten-en-regels/maatregelen/0-org-01-benodigde-expertise-en-capaciteit.md';

// A pull request that changes one page: a git copy of the corpus, the base commit, and one commit on top
// that adds a sentence to `onePage`. Run as the Action runs it: --changed-since the base.
const prCorpus = path.join(work, 'pr');
cpSync(corpusSource, prCorpus, { recursive: true, verbatimSymlinks: true });
const prGit = (...args) => spawnSync('git', ['-c', 'user.email=bench@example.org', '-c', 'user.name=bench', ...args], { cwd: prCorpus, encoding: 'utf8' });
prGit('init', '-q', '-b', 'main');
prGit('add', '-A');
prGit('commit', '-q', '-m', 'base');
const prBase = prGit('rev-parse', 'HEAD').stdout.trim();
writeFileSync(path.join(prCorpus, onePage), `${readFileSync(path.join(prCorpus, onePage), 'utf8')}\nEen zin uit de pull request.\n`);
prGit('commit', '-q', '-am', 'pull request');
const fivePages = [
  onePage,
  'docs/voldoen-aan-wetten-en-regels/vereisten/aia-01-ai-geletterdheid.md',
  'docs/voldoen-aan-wetten-en-regels/maatregelen/2-owp-33-technische-interventies-robuustheid.md',
  'docs/levenscyclus/ontwikkelen.md',
  'docs/onderwerpen/technische-robuustheid-en-veiligheid.md',
];
const cases = [
  { name: 'floor: node + read + parse, no rules', run: () => time(...node(floor, corpus)) },
  { name: 'algoritmekader-lint, cold, no cache', run: () => time(...node(cli, '--reporter', 'json')) },
  {
    name: 'algoritmekader-lint --cache, nothing changed',
    prepare: () => time(...node(cli, '--cache', '--cache-location', cacheDir, '--reporter', 'json')),
    run: () => time(...node(cli, '--cache', '--cache-location', cacheDir, '--reporter', 'json')),
  },
  {
    name: 'algoritmekader-lint --cache, one page changed',
    prepare: changeOnePage,
    run: () => time(...node(cli, '--cache', '--cache-location', cacheDir, '--reporter', 'json')),
  },
  { name: 'remark-cli + frontmatter + validate-links', run: () => time(process.execPath, ['--import', MAXRSS, bin('remark'), 'docs', '--quiet']) },
  { name: 'rumdl check --flavor mkdocs, cold', run: () => time(rumdl, ['check', '--flavor', 'mkdocs', '--no-cache', 'docs']) },
  {
    name: 'rumdl check --flavor mkdocs, cached',
    prepare: () => time(rumdl, ['check', '--flavor', 'mkdocs', '--cache-dir', path.join(work, 'rumdl-cache'), 'docs']),
    run: () => time(rumdl, ['check', '--flavor', 'mkdocs', '--cache-dir', path.join(work, 'rumdl-cache'), 'docs']),
  },
  { name: 'algoritmekader-lint, one page, cold', run: () => time(...node(cli, '--reporter', 'json', onePage)) },
  { name: 'algoritmekader-lint, five pages, cold', run: () => time(...node(cli, '--reporter', 'json', ...fivePages)) },
  { name: 'rumdl check, the same one page, cold', run: () => time(rumdl, ['check', '--flavor', 'mkdocs', '--no-cache', onePage]) },
  { name: 'plain floor: from-markdown + frontmatter', run: () => time(...node(floorPlain, path.join(corpus, 'docs'))) },
  { name: 'language server: open → first diagnostics', run: () => lspFirst(onePage) },
  { name: `floor on ${os.availableParallelism()} cores (worker threads)`, run: () => time(...node(floorThreads, corpus)) },
  { name: 'floor + frontmatter YAML, no rules', run: () => time(...node(floor, corpus, '--frontmatter')) },
  {
    name: 'PR that changes one page (--changed-since)',
    run: () => time(...node(cli, '--reporter', 'json', '--changed-since', prBase), { cwd: prCorpus }),
  },
  { name: 'algoritmekader-lint, cold, spelling off', run: () => time(...node(cli, '--config', spellingOff, '--reporter', 'json')) },
  { name: 'algoritmekader-lint, one page, cold, spelling off', run: () => time(...node(cli, '--config', spellingOff, '--reporter', 'json', onePage)) },
].filter((entry) => hasRumdl || !entry.name.startsWith('rumdl'));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = cases.map(() => []);
for (const entry of cases) entry.prepare?.(); // warm file caches and caches
for (let run = 0; run < runs; run++) {
  for (const [index, entry] of cases.entries()) {
    if (run > 0 || index === 3) entry.prepare?.();
    samples[index].push(entry.run());
  }
}

const floorSeconds = median(samples[0].map((sample) => sample.seconds));
const rumdlCold = hasRumdl ? median(samples[5].map((sample) => sample.seconds)) : Number.NaN;
const rows = cases.map((entry, index) => {
  const seconds = samples[index].map((sample) => sample.seconds);
  const rss = samples[index].map((sample) => sample.rssMb).filter((value) => value !== undefined);
  return {
    name: entry.name,
    median: median(seconds),
    min: Math.min(...seconds),
    max: Math.max(...seconds),
    rss: rss.length ? Math.max(...rss) : undefined,
    cpu: median(samples[index].map((sample) => (sample.cpuSeconds ?? Number.NaN) / sample.seconds)),
    cpuSeconds: median(samples[index].map((sample) => sample.cpuSeconds ?? Number.NaN)),
  };
});

// Warm single-page re-lint: what the language server does on a keystroke.
const keystroke = await warmRelint();
// The language server while typing on the largest page: last key → its publish.
const typing = lspTyping(keystroke.page);
// The language server: an open page re-checked after a heading it links to is renamed in another open page.
const dependentsMs = lspDependents();
// Scaling: the corpus ten times over.
const scaling = tenfold();
// External links: a second run is served from the cache.
const external = await externalTwice();

console.log(`corpus: ${corpusSource} (${countPages(corpus)} pages), ${os.availableParallelism()} cores, Node ${process.version}`);
console.log(`runs per case: ${runs}, interleaved; median (min–max)\n`);
console.log(
  `${'case'.padEnd(48)} ${'median s'.padStart(9)} ${'range s'.padStart(12)} ${'× floor'.padStart(8)} ${'× rumdl'.padStart(8)} ${'peak MB'.padStart(8)} ${'CPU/wall'.padStart(8)}`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(48)} ${row.median.toFixed(3).padStart(9)} ${`${row.min.toFixed(2)}–${row.max.toFixed(2)}`.padStart(12)} ${(row.median / floorSeconds).toFixed(2).padStart(8)} ${(row.median / rumdlCold).toFixed(2).padStart(8)} ${row.rss ? row.rss.toFixed(0).padStart(8) : '       –'} ${Number.isNaN(row.cpu) ? '       –' : row.cpu.toFixed(2).padStart(8)}`,
  );
}
const threaded = rows.find((row) => row.name.startsWith('floor on '));
console.log(
  `\nparsing on ${os.availableParallelism()} cores (worker threads, one per core) takes ${(threaded.median / floorSeconds).toFixed(2)}× the one-thread floor: worker threads would ${threaded.median < 0.9 * floorSeconds ? '' : 'not '}pay on this machine`,
);
const byName = (name) => rows.find((row) => row.name === name);
const plainSeconds = byName('plain floor: from-markdown + frontmatter').median;
const withYaml = byName('floor + frontmatter YAML, no rules').median;
/** A share of the plain floor, as `+0.23`. */
const share = (seconds) => `${seconds >= 0 ? '+' : ''}${(seconds / plainSeconds).toFixed(2)}`;
console.log(
  `the full cold lint in plain floors: 1.00 plain parse ${share(floorSeconds - plainSeconds)} the site's syntax ${share(withYaml - floorSeconds)} frontmatter YAML ${share(rows[1].median - withYaml)} rules, facts and report = ${(rows[1].median / plainSeconds).toFixed(2)}×`,
);
console.log(
  `warm single-page re-lint (largest page, ${keystroke.page}, ${keystroke.count} times after 10 warm-up checks): p50 ${keystroke.p50.toFixed(1)} ms, p95 ${keystroke.p95.toFixed(1)} ms`,
);
console.log(
  `language server dependents: ${dependentsMs.map((ms) => ms.toFixed(0)).join(', ')} ms from renaming a heading in one open page to the re-check of an open page linking to it`,
);
console.log(
  `language server typing (a key every 30 ms on ${typing.page}, ${typing.count} bursts): last key → publish p50 ${typing.p50.toFixed(0)} ms, p95 ${typing.p95.toFixed(0)} ms`,
);
console.log(
  `scaling: ${scaling.pages} pages (10× the corpus) in ${scaling.tenfold.toFixed(2)} s vs ${scaling.single.toFixed(2)} s for 1×: ${(scaling.tenfold / scaling.single).toFixed(2)}× the time for 10× the pages`,
);
console.log(
  `external links (${external.urls} URLs on a loopback server): first run ${external.first.toFixed(2)} s (${external.requestsFirst} requests), second run ${external.second.toFixed(2)} s from the cache (${external.requestsSecond} requests)`,
);

const targets = [
  ['cold full lint ≤ 1.2× floor', rows[1].median <= 1.2 * floorSeconds, `${(rows[1].median / floorSeconds).toFixed(2)}×`],
  ['cold full lint ≤ rumdl cold', rows[1].median <= rumdlCold, hasRumdl ? `${(rows[1].median / rumdlCold).toFixed(2)}×` : 'rumdl unavailable'],
  ['--cache, nothing changed ≤ 0.3 s', rows[2].median <= 0.3, `${rows[2].median.toFixed(3)} s`],
  [
    '--cache, nothing changed < rumdl cached',
    hasRumdl && rows[2].median < rows[6].median,
    hasRumdl ? `${(rows[2].median / rows[6].median).toFixed(2)}×` : 'rumdl unavailable',
  ],
  ['warm re-lint p95 ≤ 30 ms', keystroke.p95 <= 30, `${keystroke.p95.toFixed(1)} ms`],
  ...oneByName(),
  ['language server typing p95 ≤ 100 ms', typing.p95 <= 100, `${typing.p95.toFixed(0)} ms`],
  [
    'language server dependents re-checked ≤ 300 ms',
    Math.max(...dependentsMs) <= 300,
    `${Math.max(...dependentsMs).toFixed(0)} ms (slowest of ${dependentsMs.length})`,
  ],
  ['10× corpus ≤ 10× time', scaling.tenfold <= 10 * scaling.single, `${(scaling.tenfold / scaling.single).toFixed(2)}×`],
  prOnePage(),
  ...spellingCost(),
];
console.log('\ntargets:');
for (const [name, met, value] of targets) console.log(`  ${met ? 'met ' : 'MISS'}  ${name.padEnd(42)} ${value}`);

rmSync(work, { recursive: true, force: true });

/** What the spelling rule costs: the same runs with it on and off (the corpus has its 165 misspellings, each with suggestions). */
function spellingCost() {
  const full = rows[1];
  const fullOff = byName('algoritmekader-lint, cold, spelling off');
  const one = byName('algoritmekader-lint, one page, cold');
  const oneOff = byName('algoritmekader-lint, one page, cold, spelling off');
  return [
    [
      'spelling: full cold ≤ 1.3× with it off',
      full.median <= 1.3 * fullOff.median,
      `${(full.median / fullOff.median).toFixed(2)}× (CPU ${(full.cpuSeconds / fullOff.cpuSeconds).toFixed(2)}×)`,
    ],
    [
      'spelling: one page cold ≤ 1.5× with it off',
      one.median <= 1.5 * oneOff.median,
      `${(one.median / oneOff.median).toFixed(2)}× (CPU ${(one.cpuSeconds / oneOff.cpuSeconds).toFixed(2)}×)`,
    ],
    ['full cold peak memory < 150 MB', full.rss < 150, `${full.rss.toFixed(0)} MB (${fullOff.rss.toFixed(0)} MB with spelling off)`],
  ];
}

/** A one-page pull request's CPU time against a one-page run's: both cold, both with every rule. */
function prOnePage() {
  const pr = byName('PR that changes one page (--changed-since)').cpuSeconds;
  const one = byName('algoritmekader-lint, one page, cold').cpuSeconds;
  return ['PR of one page: CPU ≤ 2× one-page run', pr <= 2 * one, `${pr.toFixed(2)} s vs ${one.toFixed(2)} s CPU: ${(pr / one).toFixed(2)}×`];
}

function lspDependents() {
  return [0, 1, 2].map(() => {
    const args = [
      'docs/levenscyclus/ontwikkelen.md',
      '--dependents',
      'docs/onderwerpen/technische-robuustheid-en-veiligheid.md',
      '## Controleer regelmatig',
      '## Controleer vaak',
    ];
    const result = spawnSync(process.execPath, [path.join(here, 'lsp-first.js'), path.join(project, 'bundle/language-server.mjs'), corpus, ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return Number(result.stdout.trim().split('\n')[1]);
  });
}

function lspTyping(page) {
  const latencies = [];
  for (let run = 0; run < 2; run++) {
    const result = spawnSync(process.execPath, [path.join(here, 'lsp-first.js'), path.join(project, 'bundle/language-server.mjs'), corpus, page, '--typing'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    latencies.push(...result.stdout.trim().split('\n')[1].split(' ').map(Number));
  }
  latencies.sort((a, b) => a - b);
  return { page, count: latencies.length, p50: latencies[Math.floor(latencies.length * 0.5)], p95: latencies[Math.floor(latencies.length * 0.95)] };
}

/** The targets of the one-page and language-server rows, found by name (rumdl rows may be left out). */
function oneByName() {
  const one = byName('algoritmekader-lint, one page, cold');
  const rumdlOne = byName('rumdl check, the same one page, cold');
  const plain = byName('plain floor: from-markdown + frontmatter');
  const lsp = byName('language server: open → first diagnostics');
  return [
    [
      'one page cold ≤ 3× rumdl on that page',
      rumdlOne && one.median <= 3 * rumdlOne.median,
      rumdlOne ? `${(one.median / rumdlOne.median).toFixed(2)}×` : 'rumdl unavailable',
    ],
    ['one page cold ≤ 0.25× full cold lint', one.median <= 0.25 * rows[1].median, `${(one.median / rows[1].median).toFixed(2)}×`],
    ['full cold lint ≤ 1.25× plain floor', rows[1].median <= 1.25 * plain.median, `${(rows[1].median / plain.median).toFixed(2)}×`],
    ['language server first diagnostics ≤ 0.5 s', lsp.median <= 0.5, `${lsp.median.toFixed(3)} s`],
  ];
}

function countPages(folder) {
  let count = 0;
  for (const entry of readdirSync(path.join(folder, 'docs'), { recursive: true })) if (String(entry).endsWith('.md')) count++;
  return count;
}

async function warmRelint() {
  const { unified } = await import(pathToFileURL(path.join(project, 'node_modules/unified/index.js')).href);
  const { default: remarkParse } = await import(pathToFileURL(path.join(project, 'node_modules/remark-parse/index.js')).href);
  const { VFile } = await import(pathToFileURL(path.join(project, 'node_modules/vfile/index.js')).href);
  const { default: preset } = await import(pathToFileURL(path.join(project, 'dist/src/entries/preset.js')).href);
  const files = readdirSync(path.join(corpus, 'docs'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join(corpus, 'docs', file));
  const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const text = readFileSync(largest, 'utf8');
  const processor = unified().use(remarkParse).use(preset, { root: corpus }).freeze();
  const once = async (value) => {
    const file = new VFile({ path: largest, value });
    await processor.run(processor.parse(file), file);
  };
  await once(text); // builds the model once, as the language server does on the first document
  // Warm: the model no longer parses every page first, so the parser's code is optimised by the first few checks.
  for (let index = 0; index < 10; index++) await once(`${text}\n${'y'.repeat(index)}`);
  const times = [];
  for (let index = 0; index < 60; index++) {
    const start = performance.now();
    await once(`${text}\n${'x'.repeat(index % 7)}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { page: path.relative(corpus, largest), count: times.length, p50: times[Math.floor(times.length * 0.5)], p95: times[Math.floor(times.length * 0.95)] };
}

function tenfold() {
  const big = path.join(work, 'tenfold');
  cpSync(corpus, big, { recursive: true, verbatimSymlinks: true });
  // Nine more copies of every non-item page tree under docs/kopie-N (items keep unique URNs).
  for (let copy = 1; copy < 10; copy++) {
    const target = path.join(big, 'docs', `kopie-${copy}`);
    mkdirSync(target);
    for (const entry of readdirSync(path.join(corpus, 'docs')))
      cpSync(path.join(corpus, 'docs', entry), path.join(target, entry), { recursive: true, verbatimSymlinks: true });
  }
  const single = median([0, 1, 2].map(() => time(process.execPath, [cli, '--reporter', 'json']).seconds));
  const tenfoldSeconds = median([0, 1, 2].map(() => time(process.execPath, [cli, '--reporter', 'json'], { cwd: big }).seconds));
  return { pages: countPages(big), single, tenfold: tenfoldSeconds };
}

async function externalTwice() {
  let requests = 0;
  const server = createServer((request, response) => {
    requests++;
    response.writeHead(request.url?.includes('dood') ? 404 : 200).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const repo = path.join(work, 'external');
  mkdirSync(path.join(repo, 'docs'), { recursive: true });
  writeFileSync(path.join(repo, 'mkdocs.yml'), 'site_name: bench\n');
  const urls = 300;
  const lines = Array.from({ length: urls }, (_, index) => `- [bron ${index}](${base}/pagina/${index}${index % 50 === 0 ? '/dood' : ''})`);
  writeFileSync(path.join(repo, 'docs/index.md'), `# Bronnen\n\n${lines.join('\n')}\n`);
  writeFileSync(path.join(repo, 'mlc_config.json'), JSON.stringify({ retryCount: 0, timeout: '5s' }));
  // One local host: no politeness interval (for real hosts the default is 250 ms).
  // The loopback server is allowed by whoever runs the check (the command line), never by a repository file.
  writeFileSync(path.join(repo, '.algoritmekader-lint.json'), JSON.stringify({ external: { hostInterval: 0 } }));
  // The server runs in this process: spawnSync would block it, so run the CLI asynchronously.
  const runAsync = () =>
    new Promise((resolve, reject) => {
      const before = requests;
      const start = process.hrtime.bigint();
      execFile(
        process.execPath,
        [cli, '--external', '--external-allow-address', '127.0.0.1', '--no-progress', '--reporter', 'json'],
        { cwd: repo, maxBuffer: 64 * 1024 * 1024 },
        (error) => {
          if (error && error.code !== 1) return reject(error);
          resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, requests: requests - before });
        },
      );
    });
  const first = await runAsync();
  const second = await runAsync();
  server.close();
  return { urls, first: first.seconds, second: second.seconds, requestsFirst: first.requests, requestsSecond: second.requests };
}
