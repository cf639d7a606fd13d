/** The `title` is one sentence without a trailing period (the site shows it as a heading). */
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'title-trailing-period',
    severity: 'warn',
    fixable: true,
    kinds: ['maatregel', 'vereiste', 'hulpmiddel'],
    description: {
      nl: 'De `title` eindigt niet op een punt.',
      en: 'The `title` does not end with a period.',
    },
    messages: {
      period: {
        nl: 'De `title` van {thisKind} eindigt op een punt; het sjabloon zegt: geen punt achter de titel. Verwijder de punt.',
        en: 'The `title` of {thisKind} ends with a period; the template says: no period after the title. Remove the period.',
      },
    },
  },
  ({ frontmatter, report, source, span }) => {
    const title = frontmatter.data.title;
    if (typeof title !== 'string' || !/[^.]\.\s*$/.test(title)) return;
    const place = frontmatter.positionOf(['title']);
    const start = place?.start.offset;
    const end = place?.end.offset;
    if (start === undefined || end === undefined) return report('period', place);
    // The period in the value's source text (quotes and everything else stay).
    const dot = source.lastIndexOf('.', end - 1);
    if (dot < start) return report('period', place);
    report('period', span(dot, dot + 1), {}, { expected: [''], fix: true });
  },
);
