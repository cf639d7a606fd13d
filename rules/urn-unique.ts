/** A URN identifies one page: downstream tools key on it. */
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'urn-unique',
    severity: 'error',
    kinds: ['maatregel', 'vereiste', 'hulpmiddel'],
    description: {
      nl: 'Elke `id` (URN) komt in de hele repository maar één keer voor.',
      en: 'Every `id` (URN) occurs only once in the whole repository.',
    },
    messages: {
      duplicate: {
        nl: 'URN `{urn}` wordt ook gebruikt door {others}. Een URN hoort bij precies één pagina: geef {thisKind} het volgende vrije nummer, of verwijder de dubbele pagina.',
        en: 'URN `{urn}` is also used by {others}. A URN belongs to exactly one page: give {thisKind} the next free number, or remove the duplicate page.',
      },
    },
  },
  ({ page, repository, frontmatter, report }) => {
    if (!page.urn) return;
    const others = repository.pagesWithUrn(page.urn).filter((other) => other.path !== page.path);
    if (others.length === 0) return;
    report('duplicate', frontmatter.positionOf(['id']), {
      urn: page.urn,
      others: others.map((other) => `\`${other.docsPath}\``).join(', '),
    });
  },
);
