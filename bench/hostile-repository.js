// npm run bench (third part): hostile repositories. A pull request that
// changes N pages, run as the Action runs it (`--changed-since` its base:
// head and base both linted), and N pages near a parse budget in a full run;
// each at N and 2N, side by side: the doubling ratio (target ≤ 2.5: linear
// with noise) and the time at 2N. Before, a 5,000-page pull request took
// 387 s (quadratic searches, a git process per page) and 500 pages near a
// budget 83 s (a worker thread each).
//   AK_BENCH_RUNS=<n>  runs per case (default 3)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.env.AK_BENCH_RUNS ?? 3);
const project = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(project, 'bundle/cli.mjs');
const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const template = readFileSync(path.join(project, 'fixtures/sample', M, '6-imp-01-werkinstructies-gebruikers.md'), 'utf8');

/** The sample with `count` more maatregelen made by `page`; under git when `commit`. */
function repository(count, page) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ak-bench-repo-'));
  cpSync(path.join(project, 'fixtures/sample'), root, { recursive: true });
  for (let index = 0; index < count; index++) writeFileSync(path.join(root, M, `6-imp-${1000 + index}-pagina.md`), page(1000 + index));
  return root;
}

function gitCommit(root, message) {
  const git = (...args) => execFileSync('git', ['-c', 'user.email=b@example.org', '-c', 'user.name=b', ...args], { cwd: root, stdio: 'ignore' });
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

/** A repository whose pull request changes `count` pages: base on main, the change on a branch. */
function pullRequest(count) {
  const root = repository(count, (number) => template.replace('imp-01', `imp-${number}`).replace(/^title: .*/m, `title: Pagina ${number}`));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
  gitCommit(root, 'base');
  execFileSync('git', ['checkout', '-q', '-b', 'pr'], { cwd: root });
  for (let index = 0; index < count; index++) {
    const file = path.join(root, M, `6-imp-${1000 + index}-pagina.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEen nieuwe zin.\n`);
  }
  gitCommit(root, 'pr');
  execFileSync('git', ['gc', '-q'], { cwd: root }); // a clone's objects are packed
  return { root, args: ['--changed-since', 'main'] };
}

/** A repository with `count` pages near a parse budget (emphasis delimiters), linted whole. */
function nearBudget(count) {
  const root = repository(count, (number) => `---\ntitle: Pagina ${number}\n---\n\n## Kop\n\n${'*_'.repeat(700)}\n`);
  return { root, args: [] };
}

function seconds({ root, args }) {
  const start = performance.now();
  spawnSync(process.execPath, [cli, '--quiet', '--reporter', 'json', ...args], { cwd: root, stdio: 'ignore' });
  return (performance.now() - start) / 1000;
}

let missed = 0;
console.log('\nhostile repositories: the CLI as the Action runs it, median of', runs, 'runs, interleaved');
console.log(`  ${'case'.padEnd(38)} ${'N'.padStart(6)} ${'time'.padStart(8)} ${'2N'.padStart(6)} ${'time'.padStart(8)} ${'ratio'.padStart(6)}`);
for (const [name, make, count] of [
  ['a pull request changing N pages', pullRequest, 1000],
  ['N pages near a parse budget', nearBudget, 100],
]) {
  const cases = [make(count), make(2 * count)];
  const times = [[], []];
  for (let run = 0; run < runs; run++) for (const [index, item] of cases.entries()) times[index].push(seconds(item));
  for (const item of cases) rmSync(item.root, { recursive: true, force: true });
  const [a, b] = times.map(median);
  const ok = b / a <= 2.5;
  if (!ok) missed++;
  console.log(
    `  ${ok ? 'met ' : 'MISS'} ${name.padEnd(33)} ${String(count).padStart(6)} ${a.toFixed(2).padStart(7)}s ${String(2 * count).padStart(6)} ${b.toFixed(2).padStart(7)}s ${(b / a).toFixed(2).padStart(6)}`,
  );
}
console.log(missed ? `\n${missed} case(s) grew faster than linearly` : '\nevery case linear in N (≤ 2.5× per doubling)');
