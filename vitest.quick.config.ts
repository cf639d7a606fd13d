/**
 * The quick loop while changing a rule (`npm run test:quick`): rules (every
 * docs example), parsing, configuration and reporters, in memory, with no
 * build and no child process. The whole suite is `npm test`.
 */
import { defineConfig } from 'vitest/config';
import full from './vitest.config.js';

export default defineConfig({
  test: {
    ...full.test,
    include: [
      'test/rule-docs.test.ts',
      'test/parser.test.ts',
      'test/html-links.test.ts',
      'test/dutch.test.ts',
      'test/message-params.test.ts',
      'test/config.test.ts',
      'test/configuration.test.ts',
      'test/glob-match.test.ts',
      'test/linear-patterns.test.ts',
      'test/errors-language.test.ts',
      'test/language-everywhere.test.ts',
      'test/cli-conventions.test.ts',
      'test/pull-request-suggestions.test.ts',
      'test/sample.test.ts',
    ],
    reporters: ['default'],
  },
});
