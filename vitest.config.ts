import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The cache's HMAC key (src/run/signed-file.ts): the tests' own, not the user's.
    env: { ALGORITMEKADER_LINT_CACHE_KEY_FILE: path.join(os.tmpdir(), 'algoritmekader-lint-test', 'cache-key') },
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
