/** An ajv error's message in Dutch (ajv-i18n) and English (ajv's own), for configuration errors. */
import nl from 'ajv-i18n/localize/nl/index.js';
import type { ErrorObject } from '../repository/schemas.js';
import type { Localized } from '../rule-kit/i18n.js';

/** The locale module is `module.exports = localize`; its types say `export default`. */
const localizeNl = nl as unknown as (errors: ErrorObject[]) => void;

/** JSON types in Dutch: ajv-i18n's Dutch names only some ("moet een  (array) bevatten"). */
const DUTCH_TYPES: Record<string, string> = {
  array: 'een lijst',
  object: 'een object',
  string: 'tekst',
  number: 'een getal',
  integer: 'een geheel getal',
  boolean: 'true of false',
  null: 'null',
};

function dutch(error: ErrorObject): string {
  if (error.keyword === 'type') {
    const types = String(error.params.type).split(',');
    return `moet ${types.map((type) => `${DUTCH_TYPES[type] ?? type} (${type})`).join(' of ')} zijn`;
  }
  const copy = [{ ...error }];
  localizeNl(copy);
  return copy[0].message ?? error.keyword;
}

export function schemaMessage(error: ErrorObject | undefined): Localized {
  if (!error) return { nl: 'is ongeldig', en: 'is invalid' };
  return { nl: dutch(error), en: error.message ?? error.keyword };
}
