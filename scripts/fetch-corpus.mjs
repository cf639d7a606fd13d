// npm run corpus: fetches the real Algoritmekader content at the commit the
// tests' expectations were judged on (scripts/corpus-source.json) into
// ../shared/corpus/algoritmekader, or $ALGORITMEKADER_CORPUS. One commit,
// no history. Nothing is done when it is there already at that commit.
// ALGORITMEKADER_CORPUS_REMOTE and ALGORITMEKADER_COMMIT override the source
// (a mirror, a later commit).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const source = JSON.parse(readFileSync(path.join(root, 'scripts/corpus-source.json'), 'utf8'));
const folder = path.resolve(root, process.env.ALGORITMEKADER_CORPUS ?? source.folder);
const remote = process.env.ALGORITMEKADER_CORPUS_REMOTE ?? source.repository;
const commit = process.env.ALGORITMEKADER_COMMIT ?? source.commit;
const git = (...args) => execFileSync('git', ['-C', folder, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

const current = () => {
  try {
    // Quiet: a folder without a commit yet is an answer, not an error to show.
    return execFileSync('git', ['-C', folder, 'rev-parse', '--verify', '--quiet', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};

if (existsSync(path.join(folder, 'mkdocs.yml')) && current() === commit) {
  console.log(`The corpus is at ${folder}, commit ${commit.slice(0, 12)}.`);
} else if (existsSync(folder) && !existsSync(path.join(folder, '.git'))) {
  console.error(`${folder} exists and is not a git checkout; move it away, or set ALGORITMEKADER_CORPUS to another folder.`);
  process.exit(1);
} else {
  // The first folder made here (shared/corpus/ too, on a fresh machine): removed again when the fetch fails.
  const made = mkdirSync(folder, { recursive: true });
  try {
    git('init', '--quiet');
    git('fetch', '--quiet', '--depth=1', '--no-tags', remote, commit);
    git('-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', 'FETCH_HEAD');
  } catch {
    if (current() === undefined) rmSync(made ?? folder, { recursive: true, force: true });
    console.error(`Could not fetch ${commit} from ${remote} (no network, or no such commit there); nothing was left behind.`);
    process.exit(1);
  }
  console.log(`Fetched the corpus (${remote} at ${commit.slice(0, 12)}) into ${folder}.`);
}
