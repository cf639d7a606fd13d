/**
 * algoritmekader-lint. The default export is the remark preset
 * (`{"plugins": ["algoritmekader-lint"]}`); rules and the building blocks
 * are exported by name.
 */
export { default, repositoryFor, clearRepositoryCache, type PresetOptions } from './preset.js';
export * from '../rules/index.js';
export { Repository, findRoot } from './repository/repository.js';
export { createParser, parsePage, remarkMkdocs } from './parser.js';
export { slugify, uniqueId } from './mkdocs/slug.js';
export { lint, type LintOptions, type LintResult } from './engine.js';
export type { Config, PartialConfig } from './config.js';
