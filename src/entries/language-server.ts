#!/usr/bin/env node
/**
 * algoritmekader-language-server. A content repository is untrusted (pull
 * requests, clones): by default the server runs no code from it. It is our
 * own server (lsp/server.ts), checking pages in a worker with our own parser
 * and preset; no `.remarkrc*`, `package.json` `remarkConfig` or workspace
 * `node_modules` is read. `--allow-repository-code` (or the environment
 * variable ALGORITMEKADER_LINT_ALLOW_REPOSITORY_CODE=1), set by the user for
 * a trusted workspace, runs the remark language server instead, with the
 * workspace's remark configuration and plugins plus our preset.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { remark } from 'remark';
import type { Plugin } from 'unified';
import { createUnifiedLanguageServer } from 'unified-language-server';
import { startServer } from './lsp/server.js';
import remarkAlgoritmekader from './preset.js';

const allowRepositoryCode = process.argv.includes('--allow-repository-code') || process.env.ALGORITMEKADER_LINT_ALLOW_REPOSITORY_CODE === '1';

/** Our processor module next to this one (bundle: processor.mjs; tsc output: processor.js). */
const ownProcessor = [new URL('./processor.mjs', import.meta.url), new URL('./processor.js', import.meta.url)].find((url) => existsSync(fileURLToPath(url)));

if (allowRepositoryCode) {
  createUnifiedLanguageServer({
    configurationSection: 'remark',
    defaultProcessor: remark,
    ignoreName: '.remarkignore',
    plugins: [remarkAlgoritmekader as Plugin<unknown[]>],
    processorName: ownProcessor?.href ?? 'remark',
    processorSpecifier: 'remark',
    rcName: '.remarkrc',
    packageField: 'remarkConfig',
    pluginPrefix: 'remark',
  });
} else {
  startServer();
}
