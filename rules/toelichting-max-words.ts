/** `toelichting` is a short summary: at most 40 words (configurable), per the template. */
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'toelichting-max-words',
    severity: 'warn',
    kinds: ['maatregel', 'vereiste', 'hulpmiddel'],
    description: {
      nl: 'De `toelichting` telt niet meer woorden dan het sjabloon toestaat (40; in te stellen met `max`).',
      en: 'The `toelichting` has no more words than the template allows (40; set with `max`).',
    },
    options: {
      type: 'object',
      properties: { max: { type: 'integer', minimum: 1, description: 'Most words allowed.' } },
      additionalProperties: false,
    },
    defaults: { max: 40 },
    messages: {
      tooLong: {
        nl: 'De `toelichting` van {thisKind} telt {count} woorden; het sjabloon staat er hoogstens {max} toe. Kort de samenvatting in en zet details onder `## Toelichting`.',
        en: 'The `toelichting` of {thisKind} has {count} words; the template allows at most {max}. Shorten the summary and move details to `## Toelichting`.',
      },
    },
  },
  ({ frontmatter, options, report }) => {
    const text = frontmatter.data.toelichting;
    if (typeof text !== 'string') return;
    const count = text.split(/\s+/).filter(Boolean).length;
    const { max } = options;
    if (count > max) report('tooLong', frontmatter.positionOf(['toelichting']), { count, max });
  },
);
