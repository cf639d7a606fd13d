/** The template's sections appear in the template's order. */
import type { ItemKind } from '../src/config/config.js';
import { isSection, sectionsOf } from '../src/parsing/sections.js';
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'section-order',
    severity: 'warn',
    kinds: ['maatregel', 'vereiste', 'hulpmiddel'],
    description: {
      nl: 'De secties uit het sjabloon staan in de volgorde van het sjabloon.',
      en: 'The template sections are in the template order.',
    },
    messages: {
      order: {
        nl: '`## {section}` staat na `## {previous}`, maar komt in het sjabloon ervóór. Zet de secties in de volgorde van templates/template-{kind}.md: {order}.',
        en: '`## {section}` comes after `## {previous}`, but precedes it in the template. Put the sections in the order of templates/template-{kind}.md: {order}.',
      },
    },
  },
  ({ tree, page, repository, report }) => {
    const kind = page.kind as ItemKind;
    const configured = repository.config.kinds[kind].sections;
    const order = configured.map((config) => config.title).join(', ');
    let highest = -1;
    let highestTitle = '';
    for (const section of sectionsOf(tree)) {
      const index = configured.findIndex((config) => isSection(section.title, config));
      if (index === -1) continue;
      if (index < highest) {
        report('order', section.heading.position, { section: section.title, previous: highestTitle, kind, order });
        continue;
      }
      highest = index;
      highestTitle = section.title;
    }
  },
);
