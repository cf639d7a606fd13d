// npm run profile: where the time goes, from V8's CPU profile (`--cpu-prof`)
// of the bundled CLI on the real corpus. For each case: self time by module
// (the bundle's `// node_modules/…` and `// dist/…` markers name them), and
// inclusive time of the run's stages. Compare builds with --bundle:
//
//   node bench/profile.js [--bundle <folder with cli.mjs>] [--corpus <repository>]
//
// One run per case: the machine is shared, read shares (%) rather than ms.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { bundle: { type: 'string' }, corpus: { type: 'string' }, top: { type: 'string' } } });
const bundle = path.resolve(values.bundle ?? path.join(here, '../bundle'));
const corpusSource = path.resolve(values.corpus ?? process.env.AK_CORPUS ?? path.join(here, '../../shared/corpus/algoritmekader'));
const top = Number(values.top ?? 12);
if (!existsSync(path.join(corpusSource, 'mkdocs.yml'))) {
  console.error(`profile: no corpus at ${corpusSource} (--corpus or AK_CORPUS)`);
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'ak-profile-'));
const corpus = path.join(work, 'corpus');
cpSync(corpusSource, corpus, { recursive: true, verbatimSymlinks: true });
const cli = path.join(bundle, 'cli.mjs');
const cache = path.join(work, 'cache');
const onePage = 'docs/voldoen-aan-wetten-en-regels/maatregelen/0-org-01-benodigde-expertise-en-capaciteit.md';

/** The run's stages and steps, by function name: their inclusive time is printed. */
const STAGES = [
  'resolveRun',
  'readMkdocs',
  'loadFacts',
  'parsePage',
  'recordPage',
  'readFrontmatter',
  'checkPages',
  'runRules',
  'replayLastRun',
  'writeReports',
  'compileSourceTextModule',
];

function profileOf(args, label) {
  const folder = path.join(work, `profile-${label}`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', folder, cli, ...args], { cwd: corpus, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${label}: exit ${result.status}: ${result.stderr.slice(0, 400)}`);
  const file = readdirSync(folder).find((name) => name.endsWith('.cpuprofile'));
  return { seconds, profile: JSON.parse(readFileSync(path.join(folder, file), 'utf8')) };
}

/** Module markers of a bundle file: [line, module] in order. */
const markers = new Map();
function moduleAt(url, line) {
  if (!url.startsWith('file:')) return url ? 'node (built-in modules)' : undefined;
  const file = fileURLToPath(url);
  if (!markers.has(file)) {
    const found = [];
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const match = /^\/\/ (\S+)$/.exec(text);
        if (match) found.push([index, match[1]]);
      });
    markers.set(file, found);
  }
  let name = 'bundle glue';
  for (const [index, marker] of markers.get(file)) {
    if (index > line) break;
    name = marker;
  }
  return /node_modules\/((@[^/]+\/)?[^/]+)/.exec(name)?.[1] ?? name.replace(/^dist\//, '');
}

function summarise({ nodes, samples, timeDeltas }) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  samples.forEach((id, index) => {
    const ms = (timeDeltas[index] ?? 0) / 1000;
    const { callFrame } = byId.get(id);
    if (callFrame.functionName === '(idle)') return;
    total += ms;
    const name = moduleAt(callFrame.url, callFrame.lineNumber) ?? callFrame.functionName;
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      const stage = byId.get(at).callFrame.functionName;
      if (!STAGES.includes(stage) || seen.has(stage)) continue;
      seen.add(stage);
      inclusive.set(stage, (inclusive.get(stage) ?? 0) + ms);
    }
  });
  return { total, self, inclusive };
}

const row = (ms, total, name) => `  ${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`;
const cases = [
  ['full run, cold', ['--reporter', 'json']],
  ['one page, cold', ['--reporter', 'json', onePage]],
  ['--cache, first run', ['--reporter', 'json', '--cache', '--cache-location', cache]],
  ['--cache, nothing changed', ['--reporter', 'json', '--cache', '--cache-location', cache]],
];
console.log(`bundle: ${bundle}\ncorpus: ${corpusSource}, Node ${process.version}\n`);
for (const [label, args] of cases) {
  const { seconds, profile } = profileOf(args, label.replace(/\W+/g, '-'));
  const { total, self, inclusive } = summarise(profile);
  if (label === '--cache, first run') continue; // only prepares the next case
  console.log(`${label}: ${seconds.toFixed(2)} s wall with the profiler, ${total.toFixed(0)} ms sampled`);
  console.log(' self time by module:');
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(ms, total, name));
  console.log(' inclusive time of the stages:');
  for (const stage of STAGES.filter((name) => inclusive.has(name))) console.log(row(inclusive.get(stage), total, stage));
  console.log('');
}
rmSync(work, { recursive: true, force: true });
