/**
 * The configuration's JSON Schema, built from the rule metadata (every rule
 * id, its severity and its options). `npm run generate` writes it to
 * schemas/config.schema.json (for `"$schema"` in an editor) and the build
 * precompiles it; a configuration that does not fit stops the run (exit 2)
 * with file:line:column and a did-you-mean.
 */

import { EXTERNAL_SCHEMA } from '../external/settings.js';
import type { RuleMeta } from '../rule-kit/define-rule.js';

const CONFIG_SCHEMA_ID = 'https://github.com/MinBZK/algoritmekader-lint/schemas/config.schema.json';

const SEVERITY = { enum: ['off', 'warn', 'error', 0, 1, 2], description: 'off, warn or error (0, 1, 2)' };
const STRINGS = { type: 'array', items: { type: 'string' } };

const SECTION = {
  type: 'object',
  additionalProperties: false,
  required: ['title'],
  properties: {
    title: { type: 'string' },
    aliases: STRINGS,
    optional: { type: 'boolean' },
    when: { type: 'string' },
    nonEmpty: { type: 'boolean' },
  },
};

const MARKER = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: { name: { type: 'string' }, when: { type: 'string' }, idPrefix: { type: 'string' }, section: { type: 'string' }, ownName: { type: 'boolean' } },
};

const KIND = {
  type: 'object',
  additionalProperties: false,
  properties: {
    folder: { type: 'string' },
    urnPrefix: { type: 'string' },
    codes: STRINGS,
    phaseDigit: { type: 'boolean' },
    sections: { type: 'array', items: SECTION },
    markers: { type: 'array', items: MARKER },
  },
};

const ITEM_KIND = { enum: ['maatregel', 'vereiste', 'hulpmiddel'] };

function ruleSetting(meta: RuleMeta<string>): Record<string, unknown> {
  const alone = { type: 'array', prefixItems: [SEVERITY], minItems: 1, maxItems: 1, items: false };
  const withOptions = meta.options ? [{ type: 'array', prefixItems: [SEVERITY, meta.options], minItems: 2, maxItems: 2, items: false }] : [];
  return { description: meta.description.en, anyOf: [SEVERITY, alone, ...withOptions] };
}

export function configSchema(rules: Array<RuleMeta<string>>): Record<string, unknown> {
  const ruleSettings = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries([...rules].sort((a, b) => a.id.localeCompare(b.id)).map((meta) => [meta.id, ruleSetting(meta)])),
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: CONFIG_SCHEMA_ID,
    title: 'algoritmekader-lint configuration',
    description: 'Generated from the rule metadata by `npm run generate`; do not edit.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      lang: { enum: ['nl', 'en'] },
      docsDir: { type: 'string' },
      siteUrl: { type: 'string' },
      auditCodes: { type: 'string' },
      schemas: {
        type: 'object',
        additionalProperties: false,
        properties: { maatregel: { type: 'string' }, vereiste: { type: 'string' }, hulpmiddel: { type: 'string' } },
      },
      references: { type: 'object', additionalProperties: ITEM_KIND },
      vocabularies: { type: 'object', additionalProperties: { type: 'string' } },
      kinds: { type: 'object', additionalProperties: false, properties: { maatregel: KIND, vereiste: KIND, hulpmiddel: KIND } },
      external: EXTERNAL_SCHEMA,
      rules: { $ref: '#/$defs/rules' },
      ignores: { description: 'Globs (relative to the repository root) of pages not to lint; they stay link targets.', ...STRINGS },
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: { description: 'Globs relative to the repository root.', type: 'array', items: { type: 'string' }, minItems: 1 },
            rules: { $ref: '#/$defs/rules' },
          },
        },
      },
    },
    $defs: { rules: ruleSettings },
  };
}
