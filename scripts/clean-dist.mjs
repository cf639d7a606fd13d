// Before a build: tsc only adds files, so the output of a removed or renamed
// source (a rule) would stay in dist/ and in the npm package; it is deleted
// here. tsc emits incrementally (its state in dist/.tsbuildinfo, a rebuild
// after a small change takes 3 s instead of 7): when an output of an
// existing source is missing, that state is deleted, and tsc emits all again.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const STATE = 'dist/.tsbuildinfo';
const FOLDERS = ['src', 'rules'];
const OUTPUT = /(\.d\.ts\.map|\.d\.ts|\.js\.map|\.js)$/;

/** Every file under `folder`, relative to the working folder. */
function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

if (!existsSync(STATE)) {
  rmSync('dist', { recursive: true, force: true });
} else {
  for (const output of FOLDERS.flatMap((folder) => filesUnder(path.join('dist', folder)))) {
    const source = path.relative('dist', output).replace(OUTPUT, '.ts');
    if (!OUTPUT.test(output) || !existsSync(source)) rmSync(output);
  }
  const sources = FOLDERS.flatMap(filesUnder).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
  if (sources.some((source) => !existsSync(path.join('dist', source.replace(/\.ts$/, '.js'))))) rmSync(STATE);
  // package-vscode.mjs makes the .vsix of this version: one of an earlier version goes.
  for (const file of readdirSync('dist')) if (file.endsWith('.vsix')) rmSync(path.join('dist', file));
}
