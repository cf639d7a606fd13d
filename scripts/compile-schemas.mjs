// Compiles the built-in frontmatter schemas to validation code at build time
// (ajv standalone), so a lint run does not spend its start compiling them.
// A repository's own schema (config `schemas`) is still compiled at run time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

const KINDS = ['maatregel', 'vereiste', 'hulpmiddel'];
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

// The same options and keywords as src/schemas.ts.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, code: { source: true } });
addFormats.default(ajv);
ajv.addKeyword({ keyword: 'x-hint', schemaType: 'object' });
ajv.addKeyword({ keyword: 'x-aliases', schemaType: 'array' });
ajv.addSchema(read('schemas/defs.schema.json'));
const exports = {};
for (const kind of KINDS) {
  const schema = read(`schemas/${kind}.schema.json`);
  ajv.addSchema(schema);
  exports[kind] = schema.$id;
}
// The configuration's schema (generated from the rule metadata by npm run generate).
const config = read('schemas/config.schema.json');
ajv.addSchema(config);
exports.config = config.$id;
mkdirSync('dist/schemas', { recursive: true });
writeFileSync('dist/schemas/validators.cjs', standaloneCode.default(ajv, exports));
