#!/usr/bin/env node
/**
 * algoritmekader-language-server: the remark language server with our
 * preset. Configured like remark-language-server (`.remarkrc*`,
 * `remarkConfig` in package.json, `.remarkignore`, plugin prefix `remark`);
 * the preset is always added, so a workspace without configuration (the
 * Algoritmekader repository as it is) just works. Formatting is a no-op: the
 * preset never re-serialises a page.
 */
import { remark } from 'remark';
import type { Plugin } from 'unified';
import { createUnifiedLanguageServer } from 'unified-language-server';
import remarkAlgoritmekader from './preset.js';

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: remark,
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  plugins: [remarkAlgoritmekader as Plugin<unknown[]>],
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc',
});
