/**
 * A vereiste that no maatregel lists under `vereiste:` has no measures on
 * its page. Off by default: switch it on to see the gaps.
 */
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'vereiste-unreferenced',
    severity: 'off',
    kinds: ['vereiste'],
    description: {
      nl: 'Elke vereiste wordt door ten minste één maatregel genoemd (standaard uit).',
      en: 'Every vereiste is listed by at least one maatregel (off by default).',
    },
    messages: {
      unreferenced: {
        nl: 'Geen enkele maatregel noemt deze vereiste onder `vereiste:`; onder `## Maatregelen` staat op de site dan een lege lijst. Voeg `{name}` toe aan de maatregelen die bij deze vereiste horen.',
        en: 'No maatregel lists this vereiste under `vereiste:`; the `## Maatregelen` list on the site is then empty. Add `{name}` to the maatregelen that belong to this vereiste.',
      },
    },
  },
  ({ page, repository, frontmatter, report }) => {
    if (repository.referencesTo('maatregel', 'vereiste', page.name).length > 0) return;
    // Information, not a defect: a new vereiste may not have maatregelen yet.
    report(
      'unreferenced',
      frontmatter.positionOf(['id']) ?? frontmatter.positionOf(['title']) ?? frontmatter.blockPosition,
      { name: page.name },
      { info: true },
    );
  },
);
