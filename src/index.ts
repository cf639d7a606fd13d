/**
 * algoritmekader-lint. The default export is the remark preset
 * (`{"plugins": ["algoritmekader-lint"]}`); rules and the building blocks
 * are exported by name.
 */

export * from '../rules/index.js';
export type { Config, PartialConfig } from './config.js';
export { type LintOptions, type LintResult, lint } from './engine.js';
export { slugify, uniqueId } from './mkdocs/slug.js';
export { createParser, parsePage, remarkMkdocs } from './parser.js';
export { clearRepositoryCache, default, type PresetOptions, repositoryFor } from './preset.js';
export { findRoot, Repository } from './repository/repository.js';
