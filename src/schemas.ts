/**
 * Frontmatter JSON Schemas (draft 2020-12), compiled once per process with
 * ajv. A repository may replace a kind's schema (`schemas` in the config).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ItemKind } from './config.js';
import { PACKAGE_ROOT } from './package-info.js';

export const SCHEMA_DIR = path.join(PACKAGE_ROOT, 'schemas');

const compiled = new Map<string, ValidateFunction>();
let ajv: Ajv2020 | undefined;

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function instance(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  addFormats.default(ajv);
  // Human hint shown with pattern errors: `{ "nl": …, "en": … }`.
  ajv.addKeyword({ keyword: 'x-hint', schemaType: 'object' });
  // Other names authors use for a key (`bronnen` for `sources`): "did you mean".
  ajv.addKeyword({ keyword: 'x-aliases', schemaType: 'array' });
  ajv.addSchema(readJson(path.join(SCHEMA_DIR, 'defs.schema.json')));
  return ajv;
}

/** The validator for a kind; `override` is an absolute path to a replacement schema. */
export function validatorFor(kind: ItemKind, override?: string): ValidateFunction {
  const file = override ?? path.join(SCHEMA_DIR, `${kind}.schema.json`);
  let validate = compiled.get(file);
  if (!validate) {
    const schema = readJson(file);
    const known = typeof schema.$id === 'string' ? instance().getSchema(schema.$id) : undefined;
    validate = known ?? instance().compile(schema);
    compiled.set(file, validate);
  }
  return validate;
}

/** Property names a schema knows at the top level (for "did you mean" on unknown keys). */
export function knownKeys(validate: ValidateFunction): string[] {
  const schema = validate.schema as { properties?: Record<string, unknown> };
  return Object.keys(schema.properties ?? {});
}

export type { ErrorObject };
