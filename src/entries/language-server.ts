#!/usr/bin/env node
/**
 * algoritmekader-language-server: the remark language server with our
 * preset. A content repository is untrusted (pull requests, clones): by
 * default the server runs no code from it. It uses its own remark and
 * preset, and reads no `.remarkrc*` or `package.json` `remarkConfig`, whose
 * plugins are code. `--allow-repository-code` (or the environment variable
 * ALGORITMEKADER_LINT_ALLOW_REPOSITORY_CODE=1), set by the user in the
 * editor, turns remark configuration files back on for trusted workspaces.
 * Pages are checked in a worker thread the server can end (worker-check.ts),
 * so a hostile page never blocks it; with remark configuration allowed, in
 * the server itself, as remark-language-server does. Formatting is a no-op:
 * a page is never re-serialised.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { remark } from 'remark';
import type { Plugin } from 'unified';
import { createUnifiedLanguageServer } from 'unified-language-server';
import remarkAlgoritmekader from './preset.js';
import workerCheck from './worker-check.js';

const allowRepositoryCode = process.argv.includes('--allow-repository-code') || process.env.ALGORITMEKADER_LINT_ALLOW_REPOSITORY_CODE === '1';

/** Our processor module next to this one (bundle: processor.mjs; tsc output: processor.js). */
const ownProcessor = [new URL('./processor.mjs', import.meta.url), new URL('./processor.js', import.meta.url)].find((url) => existsSync(fileURLToPath(url)));

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: remark,
  ignoreName: '.remarkignore',
  plugins: [(allowRepositoryCode ? remarkAlgoritmekader : workerCheck) as Plugin<unknown[]>],
  // A file URL resolves to itself: the workspace's node_modules are never searched.
  processorName: ownProcessor?.href ?? 'remark',
  processorSpecifier: allowRepositoryCode ? 'remark' : 'unified',
  ...(allowRepositoryCode ? { rcName: '.remarkrc', packageField: 'remarkConfig', pluginPrefix: 'remark' } : {}),
});
