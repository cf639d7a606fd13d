/**
 * Frontmatter JSON Schemas (draft 2020-12), compiled once per process with
 * ajv. A repository may replace a kind's schema (`schemas` in the config).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ajv2020 as Ajv, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { ItemKind } from '../config/config.js';
import { linearPattern } from '../config/linear-regex.js';
import { PACKAGE_ROOT } from '../package-info.js';

const SCHEMA_DIR = path.join(PACKAGE_ROOT, 'schemas');

const compiled = new Map<string, ValidateFunction>();

/** A schema that cannot be read or compiled. */
export class SchemaError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}
let ajv: Ajv | undefined;

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** The shared ajv instance (draft 2020-12), loaded on first need: our own schemas only (rule options, settings). */
export function schemaCompiler(): Ajv {
  ajv ??= newCompiler();
  return ajv;
}

/**
 * A new ajv instance with our keywords and `defs.schema.json` (and, for a repository's schema, the built-in
 * kinds' schemas, so that it may `$ref` them), none of them under `except` (the repository schema's own `$id`).
 */
function newCompiler(except?: string, withKinds = false): Ajv {
  // Loaded only to compile a repository's own schema (the built-in ones are precompiled).
  // (Written as `createRequire(import.meta.url)('literal')` so that the bundle takes the module in: scripts/bundle.mjs.)
  const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = createRequire(import.meta.url)('ajv-formats') as typeof import('ajv-formats');
  // Not strict: a repository's schema is the repository's business (ours are checked strictly at build).
  // `pattern` and `patternProperties` of a repository's schema come from the repository: they run on RE2 (linear time).
  const regExp = Object.assign((pattern: string, flags: string) => linearPattern(pattern, flags), { code: 'linearPattern' });
  const compiler = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true, code: { regExp } });
  addFormats.default(compiler);
  // Human hint shown with pattern errors: `{ "nl": …, "en": … }`.
  compiler.addKeyword({ keyword: 'x-hint', schemaType: 'object' });
  // Other names authors use for a key (`bronnen` for `sources`): "did you mean".
  compiler.addKeyword({ keyword: 'x-aliases', schemaType: 'array' });
  for (const name of ['defs', ...(withKinds ? BUILT_IN_KINDS : [])]) {
    const schema = readJson(path.join(SCHEMA_DIR, `${name}.schema.json`));
    if (schema.$id !== except) compiler.addSchema(schema);
  }
  return compiler;
}

const BUILT_IN_KINDS = ['maatregel', 'vereiste', 'hulpmiddel'];

/** The built-in schemas, compiled at build time (scripts/compile-schemas.mjs); undefined before a build. */
function precompiled(kind: ItemKind): ValidateFunction | undefined {
  try {
    // dist/schemas/validators.cjs, next to dist/src/ (not there when run from src/: then compiled at run time).
    const validators = createRequire(import.meta.url)('../../schemas/validators.cjs') as Record<string, ValidateFunction>;
    const validate = validators[kind];
    if (validate && !validate.schema) Object.assign(validate, { schema: readJson(path.join(SCHEMA_DIR, `${kind}.schema.json`)) });
    return validate;
  } catch {
    return undefined;
  }
}

let configValidate: ValidateFunction | undefined;

/** The validator of our configuration (schemas/config.schema.json, generated from the rules), precompiled when built. */
export function configValidator(): ValidateFunction {
  if (configValidate) return configValidate;
  try {
    configValidate = (createRequire(import.meta.url)('../../schemas/validators.cjs') as Record<string, ValidateFunction>).config;
  } catch {
    // Not built (run from src/): compiled now.
  }
  configValidate ??= schemaCompiler().compile(readJson(path.join(SCHEMA_DIR, 'config.schema.json')));
  return configValidate;
}

/** A repository's replacement schema: where it is (for messages) and its text. */
interface SchemaOverride {
  file: string;
  text: string | undefined;
}

/**
 * The validator for a kind, or for a repository's replacement schema. A repository's schema is keyed by its text
 * (so an edit is seen) and compiled in an ajv instance of its own: its `$id` never selects a schema compiled from
 * other text (a pull request's permissive schema compiled first under the base's `$id` would otherwise stand in for
 * the base's in the same process). Throws `SchemaError`.
 */
export function validatorFor(kind: ItemKind, override?: SchemaOverride): ValidateFunction {
  const key = override ? `${override.file}\0${override.text}` : kind;
  let validate = compiled.get(key) ?? (override ? undefined : precompiled(kind));
  if (!validate) {
    const file = override?.file ?? path.join(SCHEMA_DIR, `${kind}.schema.json`);
    try {
      if (override && override.text === undefined) throw new Error('cannot be read');
      const schema = override ? (JSON.parse(override.text!) as Record<string, unknown>) : readJson(file);
      const id = typeof schema?.$id === 'string' ? schema.$id : undefined;
      validate = override ? newCompiler(id, true).compile(schema) : schemaCompiler().compile(schema);
    } catch (error) {
      throw new SchemaError(file, (error as Error).message);
    }
  }
  compiled.set(key, validate);
  return validate;
}

/** Property names a schema knows at the top level (for "did you mean" on unknown keys). */
export function knownKeys(validate: ValidateFunction): string[] {
  const schema = validate.schema as { properties?: Record<string, unknown> };
  return Object.keys(schema.properties ?? {});
}

export type { ErrorObject, ValidateFunction };
