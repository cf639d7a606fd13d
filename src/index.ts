/**
 * algoritmekader-lint. The default export is the remark preset
 * (`{"plugins": ["algoritmekader-lint"]}`); rules and the building blocks
 * are exported by name.
 */

export * from '../rules/index.js';
export type { Config, PartialConfig } from './config/config.js';
export { checkFile, clearSessions, default, type PresetOptions, sessionOf } from './entries/preset.js';
export { slugify, uniqueId } from './parsing/mkdocs/slug.js';
export { createParser, parsePage, remarkMkdocs } from './parsing/parser.js';
export { findRoot, Repository } from './repository/repository.js';
export { type LintOptions, type LintResult, lint } from './run/engine.js';
