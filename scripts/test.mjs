// `npm test`: the build, then every test (arguments go to vitest) and, beside
// them, the tests' type-check (tsc -p tsconfig.test.json). It needs no build,
// but on two cores it would slow the build's own tsc, which every test waits
// for. Fails when any of the three fails; the type-check's output is printed
// at the end, after the tests'.
import { spawn } from 'node:child_process';

/** A child process of Node, its output passed on (`inherit`) or kept. */
function run(args, inherit) {
  const child = spawn(process.execPath, args, { stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream?.setEncoding('utf8').on('data', (text) => (output += text));
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ status: 1, output: `${output}${error.message}\n` }));
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });
}

const npm = process.env.npm_execpath;
// Incremental: a run after a small change checks again what it may affect, not every file.
const incremental = ['--incremental', '--tsBuildInfoFile', 'node_modules/.cache/tsc/tsconfig.test.tsbuildinfo'];
const build = npm ? await run([npm, 'run', 'build', '--silent'], true) : { status: 1, output: 'scripts/test.mjs: run it as `npm test`\n' };
process.stderr.write(build.output);
const typeCheck = run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json', ...incremental, ...(process.stdout.isTTY ? ['--pretty'] : [])], false);
// The whole suite keeps its own record of how long each file takes (vitest.config.ts).
if (process.argv.length === 2) process.env.AK_WHOLE_SUITE = '1';
const tests = build.status === 0 ? await run(['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], true) : { status: 1 };
const checked = await typeCheck;
if (checked.status !== 0) process.stderr.write(`\nThe type-check (tsc -p tsconfig.test.json) failed:\n${checked.output}`);
process.exitCode = build.status || tests.status || checked.status;
