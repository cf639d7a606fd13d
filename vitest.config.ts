import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig } from 'vitest/config';
import SlowestFirst from './test/setup/sequencer.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const testFolder = path.join(os.tmpdir(), 'algoritmekader-lint-test');
mkdirSync(testFolder, { recursive: true });
// The tests' hosts file: every name but loopback is "not found" at once, never asked of the system resolver.
// A file: URL, so that a Windows path or a space survives NODE_OPTIONS.
const guard = `--import=${pathToFileURL(path.join(here, 'test/setup/network-guard.mjs')).href}`;

export default defineConfig({
  // Vitest starts the files that took longest last time first. Only a whole run (`npm test` without arguments)
  // records and reads these times: a run of one file or one test would make its file look quick.
  cacheDir: process.env.AK_WHOLE_SUITE ? 'node_modules/.vite-whole-suite' : undefined,
  test: {
    include: ['test/**/*.test.ts'],
    // One line when the real corpus is missing (its tests are skipped), not one per test file.
    globalSetup: ['test/setup/corpus.ts', 'test/setup/git-bases.ts'],
    // Room for a busy two-core machine (whole-corpus runs take seconds when idle); a hang still ends.
    testTimeout: 60_000,
    env: {
      // The cache's HMAC key (src/run/signed-file.ts): the tests' own, not the user's.
      ALGORITMEKADER_LINT_CACHE_KEY_FILE: path.join(testFolder, 'cache-key'),
      // No test, nor any process it starts, resolves a name that is not loopback.
      NODE_OPTIONS: [process.env.NODE_OPTIONS, guard].filter(Boolean).join(' '),
    },
    hookTimeout: 120_000,
    // Three at a time on two cores: most tests wait on a child process (the CLI, the language server, git,
    // Neovim, a browser), so two workers left a third of the CPU idle (174 s against 154 s here).
    maxWorkers: 3,
    // The files a worker runs share one module graph: a file no longer imports the linter and its dependencies
    // again, nor starts on a cold JIT and unloaded dictionaries (a third of the suite's CPU went there). So a
    // test file must leave no state behind: what it changes of process.env, a spy or a global, it restores.
    isolate: false,
    // Without a record of file times (a fresh clone), the known slow files start first.
    sequence: { sequencer: SlowestFirst },
    reporters: ['default', ['json', { outputFile: 'test-results.json' }], './test/setup/skipped-clients.ts'],
  },
});
