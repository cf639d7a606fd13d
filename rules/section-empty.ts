/** Sections that carry the page's content (Maatregel, Vereiste, Toelichting, Risico, …) are not empty. */
import type { ItemKind } from '../src/config/config.js';
import { isCommentOnly, isSection, sectionsOf } from '../src/parsing/sections.js';
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'section-empty',
    severity: 'error',
    kinds: ['maatregel', 'vereiste', 'hulpmiddel'],
    description: {
      nl: 'Secties met de inhoud van de pagina (zoals `## Maatregel`, `## Toelichting`, `## Risico`) zijn niet leeg.',
      en: 'Sections that carry the page content (such as `## Maatregel`, `## Toelichting`, `## Risico`) are not empty.',
    },
    messages: {
      empty: {
        nl: 'De sectie `## {section}` is leeg (alleen commentaar telt niet). Schrijf de tekst voor deze sectie, of verwijder de kop als de sectie niet verplicht is.',
        en: 'The section `## {section}` is empty (comments alone do not count). Write the text of this section, or remove the heading if the section is optional.',
      },
    },
  },
  ({ tree, page, repository, report }) => {
    const configured = repository.config.kinds[page.kind as ItemKind].sections.filter((config) => config.nonEmpty);
    for (const section of sectionsOf(tree)) {
      const config = configured.find((candidate) => isSection(section.title, candidate));
      if (!config) continue;
      if (section.content.every(isCommentOnly)) report('empty', section.heading.position, { section: section.title });
    }
  },
);
