/**
 * Frontmatter matches its kind's JSON Schema (schemas/<kind>.schema.json):
 * required keys, types, allowed values, patterns, and no unknown keys. Every
 * error points at the offending key or value.
 */
import path from 'node:path';
import type { ItemKind } from '../src/config/config.js';
import { schemaMessage } from '../src/config/schema-messages.js';
import { type ErrorObject, knownKeys, SchemaError } from '../src/repository/schemas.js';
import { defineRule } from '../src/rule-kit/define-rule.js';
import { capitalized, type Lang, pathInWords } from '../src/rule-kit/i18n.js';
import { closest } from '../src/rule-kit/suggest.js';

export default defineRule(
  {
    id: 'frontmatter-schema',
    severity: 'error',
    fixable: true,
    kinds: ['maatregel', 'vereiste', 'hulpmiddel'],
    description: {
      nl: 'De frontmatter voldoet aan het schema van de paginasoort: verplichte velden, types, toegestane waarden.',
      en: 'Frontmatter matches the schema of its page kind: required keys, types, allowed values.',
    },
    messages: {
      required: {
        nl: 'Verplicht veld `{key}` ontbreekt in de frontmatter van {thisKind}. Voeg `{key}:` toe zoals in templates/template-{kind}.md.',
        en: 'Required key `{key}` is missing from the frontmatter of {thisKind}. Add `{key}:` as in templates/template-{kind}.md.',
      },
      unknownKey: {
        nl: 'Onbekend veld `{key}` in de frontmatter van {thisKind}; de site negeert het.{hint}',
        en: 'Unknown key `{key}` in the frontmatter of {thisKind}; the site ignores it.{hint}',
      },
      // {where}/{Where}: the key in words (`hide`, "het 2e item onder `hide`"), {Where} at the start of a sentence.
      type: {
        nl: '{Where} moet {expected} zijn, maar is {actual}.',
        en: '{Where} must be {expected}, but is {actual}.',
      },
      enum: {
        nl: '`{value}` is geen toegestane waarde voor {where}.{hint} Toegestaan: {allowed}.',
        en: '`{value}` is not an allowed value for {where}.{hint} Allowed: {allowed}.',
      },
      pattern: {
        nl: '`{value}` heeft niet de juiste vorm voor {where}. {hint}',
        en: '`{value}` does not have the right form for {where}. {hint}',
      },
      empty: {
        nl: '{Where} is leeg; vul een waarde in (zie het sjabloon).',
        en: '{Where} is empty; fill in a value (see the template).',
      },
      badSchema: {
        nl: 'Het schema `{file}` voor {kind} uit de configuratie is ongeldig: {detail}. Herstel het schema of haal het uit `schemas` in de configuratie.',
        en: 'The {kind} schema `{file}` from the configuration is invalid: {detail}. Repair the schema or remove it from `schemas` in the configuration.',
      },
      other: {
        nl: '{Where}: {detail}.',
        en: '{Where}: {detail}.',
      },
    },
    phrases: {
      string: { nl: 'een tekst', en: 'a text' },
      array: { nl: 'een lijst', en: 'a list' },
      object: { nl: 'een groep sleutels', en: 'a mapping' },
      number: { nl: 'een getal', en: 'a number' },
      null: { nl: 'leeg', en: 'empty' },
      boolean: { nl: 'ja/nee', en: 'true/false' },
      either: { nl: '{a} of {b}', en: '{a} or {b}' },
      frontmatter: { nl: 'de frontmatter', en: 'the frontmatter' },
    },
  },
  ({ frontmatter, page, repository, report, lang, orList, phrase, didYouMean }) => {
    if (!frontmatter.node || frontmatter.problems.length > 0) return;
    const kind = page.kind as ItemKind;
    let validate: ReturnType<typeof repository.schemaValidator>;
    try {
      validate = repository.schemaValidator(kind);
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      report('badSchema', fenceLine(frontmatter.blockPosition), { file: path.relative(repository.root, error.file), detail: error.detail, kind });
      return;
    }
    if (validate(frontmatter.data)) return;

    const errors = relevantErrors(validate.errors ?? []);
    for (const error of errors) {
      const parts = pathParts(error.instancePath);
      const where = pathInWords(parts, lang, phrase('frontmatter'));
      const at = { where, Where: capitalized(where) };
      const value = valueAt(frontmatter.data, parts);
      const valuePlace = frontmatter.positionOf(parts, 'value');
      switch (error.keyword) {
        case 'required': {
          const key = (error.params as { missingProperty: string }).missingProperty;
          report('required', fenceLine(frontmatter.blockPosition), { key, kind });
          break;
        }
        case 'additionalProperties': {
          const key = (error.params as { additionalProperty: string }).additionalProperty;
          const suggestions = suggestKey(key, validate);
          const hint = didYouMean(suggestions);
          report('unknownKey', frontmatter.positionOf([...parts, key], 'key'), { key, hint }, { expected: suggestions });
          break;
        }
        case 'enum': {
          const allowed = (error.params as { allowedValues: string[] }).allowedValues.map(String);
          const suggestions = closest(String(value), allowed, { limit: 1 });
          const hint = didYouMean(suggestions);
          report(
            'enum',
            valuePlace,
            { value: String(value), ...at, hint, allowed: orList(allowed) },
            { expected: suggestions, actual: String(value), fix: suggestions.length === 1 && parts[0] === 'hide' },
          );
          break;
        }
        case 'pattern':
          report('pattern', valuePlace, { value: String(value), ...at, hint: hintOf(error, lang) });
          break;
        case 'minLength':
          report('empty', valuePlace, at);
          break;
        case 'type': {
          if (value === null && typeof parts[parts.length - 1] === 'number') break; // empty item: rule frontmatter-yaml
          if ((value === null || value === '') && parts.length === 1) {
            report('empty', valuePlace, at);
            break;
          }
          const expected = describeType((error.params as { type: string | string[] }).type, phrase);
          report('type', valuePlace, { ...at, expected, actual: describeValue(value, phrase) });
          break;
        }
        default:
          // ajv's own words, in the run's language (ajv-i18n for Dutch).
          report('other', valuePlace, { ...at, detail: schemaMessage(error)[lang] });
      }
    }
  },
);

/**
 * An `anyOf` that fails yields the errors of every branch just before its
 * own error (branch schema paths do not say which, through `$ref`). Keep
 * the errors that lie deepest in the value (the branch that got furthest),
 * preferring a value error (enum, pattern) over a type mismatch.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const within = (error: ErrorObject, base: string) => error.instancePath === base || error.instancePath.startsWith(`${base}/`);
  errors.forEach((anyOf, index) => {
    if (anyOf.keyword !== 'anyOf') return;
    dropped.add(anyOf);
    const branchErrors: ErrorObject[] = [];
    for (let before = index - 1; before >= 0 && within(errors[before], anyOf.instancePath); before--) {
      if (!dropped.has(errors[before])) branchErrors.push(errors[before]);
    }
    const depth = (error: ErrorObject) => error.instancePath.split('/').length;
    const deepest = Math.max(...branchErrors.map(depth));
    const atDepth = branchErrors.filter((error) => depth(error) === deepest);
    const valueErrors = atDepth.filter((error) => error.keyword !== 'type');
    const keep = new Set(valueErrors.length ? valueErrors : atDepth.slice(0, 1));
    for (const error of branchErrors) if (!keep.has(error)) dropped.add(error);
  });
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (dropped.has(error) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A known key by alias (`bronnen` → `sources`, from `x-aliases` in the schema) or by spelling. */
function suggestKey(key: string, validate: Parameters<typeof knownKeys>[0]): string[] {
  const properties = (validate.schema as { properties?: Record<string, { 'x-aliases'?: string[] }> }).properties ?? {};
  const byAlias = Object.entries(properties).find(([, property]) => property['x-aliases']?.includes(key.toLowerCase()));
  return byAlias ? [byAlias[0]] : closest(key, knownKeys(validate), { limit: 1 });
}

function pathParts(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^[0-9]+$/.test(part) ? Number(part) : part));
}

function valueAt(data: unknown, parts: Array<string | number>): unknown {
  let current: unknown = data;
  for (const part of parts) current = (current as Record<string | number, unknown> | undefined)?.[part];
  return current;
}

function hintOf(error: ErrorObject, lang: Lang): string {
  const hint = (error.parentSchema as { 'x-hint'?: Record<Lang, string> } | undefined)?.['x-hint'];
  return hint?.[lang] ?? '';
}

const TYPES = ['string', 'array', 'object', 'number', 'null', 'boolean'];
type Phrase = (id: string, params?: Record<string, string>) => string;

function describeType(type: string | string[], phrase: Phrase): string {
  const names = (Array.isArray(type) ? type : [type]).filter((name) => name !== 'null');
  const words = names.map((name) => (TYPES.includes(name) ? phrase(name) : name));
  return words.reduce((joined, word) => phrase('either', { a: joined, b: word }));
}

function describeValue(value: unknown, phrase: Phrase): string {
  if (value === null || value === undefined) return phrase('null');
  if (Array.isArray(value)) return phrase('array');
  if (typeof value === 'object') return phrase('object');
  return `${TYPES.includes(typeof value) ? phrase(typeof value) : typeof value} (\`${String(value)}\`)`;
}

/** The opening `---` line: where a missing key is reported. */
function fenceLine(block: { start: { line: number; column: number; offset?: number } }) {
  const start = block.start;
  return { start, end: { line: start.line, column: start.column + 3, offset: start.offset === undefined ? undefined : start.offset + 3 } };
}
