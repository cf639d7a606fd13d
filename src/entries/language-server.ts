#!/usr/bin/env node
/**
 * algoritmekader-language-server: the remark language server with our
 * preset. A content repository is untrusted (pull requests, clones): by
 * default the server runs no code from it. It uses its own remark and
 * preset, and reads no `.remarkrc*` or `package.json` `remarkConfig`, whose
 * plugins are code. `--allow-repository-code` (or the environment variable
 * ALGORITMEKADER_LINT_ALLOW_REPOSITORY_CODE=1), set by the user in the
 * editor, turns remark configuration files back on for trusted workspaces.
 * Formatting is a no-op: the preset never re-serialises a page.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { remark } from 'remark';
import type { Plugin } from 'unified';
import { createUnifiedLanguageServer } from 'unified-language-server';
import remarkAlgoritmekader from './preset.js';

const allowRepositoryCode = process.argv.includes('--allow-repository-code') || process.env.ALGORITMEKADER_LINT_ALLOW_REPOSITORY_CODE === '1';

/** Our processor module next to this one (bundle: processor.mjs; tsc output: processor.js). */
const ownProcessor = [new URL('./processor.mjs', import.meta.url), new URL('./processor.js', import.meta.url)].find((url) => existsSync(fileURLToPath(url)));

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: remark,
  ignoreName: '.remarkignore',
  plugins: [remarkAlgoritmekader as Plugin<unknown[]>],
  // A file URL resolves to itself: the workspace's node_modules are never searched.
  processorName: ownProcessor?.href ?? 'remark',
  processorSpecifier: 'remark',
  ...(allowRepositoryCode ? { rcName: '.remarkrc', packageField: 'remarkConfig', pluginPrefix: 'remark' } : {}),
});
