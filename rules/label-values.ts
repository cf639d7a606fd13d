/**
 * Labels (`levenscyclus`, `onderwerp`, `rollen`) are names of pages in their
 * vocabulary folders (docs/levenscyclus/, docs/onderwerpen/, docs/rollen/):
 * the site links each label to that page and filters on it.
 */

import { defineRule } from '../src/rule-kit/define-rule.js';
import { closest } from '../src/rule-kit/suggest.js';

export default defineRule(
  {
    id: 'label-values',
    severity: 'error',
    kinds: ['maatregel', 'vereiste', 'hulpmiddel'],
    description: {
      nl: 'Labels in `levenscyclus`, `onderwerp` en `rollen` zijn bestaande waarden uit hun vocabulaire.',
      en: 'Labels in `levenscyclus`, `onderwerp` and `rollen` are existing values of their vocabulary.',
    },
    messages: {
      unknown: {
        nl: '`{value}` is geen bekende waarde voor `{key}` (er is geen pagina {folder}/{value}.md).{hint}',
        en: '`{value}` is not a known value for `{key}` (there is no page {folder}/{value}.md).{hint}',
      },
      duplicate: {
        nl: '`{value}` staat twee keer in `{key}`; verwijder de tweede.',
        en: '`{value}` appears twice in `{key}`; remove the second one.',
      },
    },
    phrases: {
      allowed: { nl: ' Toegestaan: {values}.', en: ' Allowed: {values}.' },
    },
  },
  ({ frontmatter, repository, report, phrase, orList, didYouMean }) => {
    for (const [key, folder] of Object.entries(repository.config.vocabularies)) {
      const allowed = repository.vocabulary(key);
      const values = frontmatter.data[key];
      if (!allowed || !Array.isArray(values)) continue;
      const seen = new Set<string>();
      values.forEach((value, index) => {
        if (typeof value !== 'string') return; // empty items and types: other rules
        const place = frontmatter.positionOf([key, index]);
        if (seen.has(value)) report('duplicate', place, { value, key });
        seen.add(value);
        if (allowed.has(value)) return;
        const suggestions = closest(value, allowed, { limit: 3 });
        const hint = didYouMean(suggestions) || phrase('allowed', { values: orList([...allowed].sort()) });
        report('unknown', place, { value, key, folder, hint }, { expected: suggestions, actual: value });
      });
    }
  },
);
