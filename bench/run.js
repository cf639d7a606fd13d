// npm run bench: lint timings on the real corpus, measured side by side in
// one run (the machine is shared and noisy: compare ratios, not seconds).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const project = path.resolve(here, '..');
const corpus = path.resolve(process.env.AK_CORPUS ?? path.join(project, '../shared/corpus/algoritmekader'));
const runs = Number(process.env.AK_BENCH_RUNS ?? 7);

if (!existsSync(path.join(corpus, 'mkdocs.yml'))) {
  console.error(`bench: no corpus at ${corpus} (set AK_CORPUS)`);
  process.exit(2);
}

const cli = path.join(project, 'dist/bundle/bin.mjs');
const cases = [
  { name: 'floor: node + read + parse, no rules', args: [path.join(here, 'floor.js'), corpus] },
  { name: 'full offline lint (all rules, cold)', args: [cli, '--reporter', 'json', '--root', corpus] },
];

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: corpus, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return seconds;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

// Interleave the cases run by run, so background load hits them alike.
const samples = cases.map(() => []);
timeOnce(cases[0].args); // warm the file cache
for (let run = 0; run < runs; run++) {
  for (const [index, entry] of cases.entries()) samples[index].push(timeOnce(entry.args));
}

const floor = median(samples[0]);
console.log(`corpus: ${corpus}`);
console.log(`runs per case: ${runs} (median; min–max)\n`);
console.log(`${'case'.padEnd(44)} ${'median s'.padStart(9)} ${'range s'.padStart(13)} ${'× floor'.padStart(8)}`);
cases.forEach((entry, index) => {
  const values = samples[index];
  const m = median(values);
  const range = `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
  console.log(`${entry.name.padEnd(44)} ${m.toFixed(3).padStart(9)} ${range.padStart(13)} ${(m / floor).toFixed(2).padStart(8)}`);
});
