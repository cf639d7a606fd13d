/**
 * The `##` sections of the template are present, once each. A heading that
 * is a near miss of a missing section ("Risicos", "Bron") is reported as that
 * section misspelt, not as one missing and one unknown.
 */
import type { Heading } from 'mdast';
import type { ItemKind, SectionConfig } from '../src/config/config.js';
import { hasEntries } from '../src/parsing/frontmatter.js';
import { isSection, type Section, sectionsOf } from '../src/parsing/sections.js';
import { defineRule } from '../src/rule-kit/define-rule.js';
import { closest } from '../src/rule-kit/suggest.js';

export default defineRule(
  {
    id: 'required-sections',
    severity: 'error',
    kinds: ['maatregel', 'vereiste', 'hulpmiddel'],
    description: {
      nl: 'De verplichte `##`-secties uit het sjabloon staan op de pagina, elk één keer.',
      en: 'The required `##` sections of the template are on the page, once each.',
    },
    messages: {
      missing: {
        nl: '{ThisKind} mist de sectie `## {section}`. Voeg die toe {where}, zoals in templates/template-{kind}.md.',
        en: '{ThisKind} lacks the section `## {section}`. Add it {where}, as in templates/template-{kind}.md.',
      },
      misspelt: {
        nl: '`## {found}` lijkt de sectie `## {section}` van het sjabloon, anders gespeld. Noem de kop `{section}`.',
        en: '`## {found}` looks like the template section `## {section}`, spelt differently. Name the heading `{section}`.',
      },
      duplicate: {
        nl: 'De sectie `## {section}` staat twee keer op de pagina (ook op regel {firstLine}). Voeg de twee samen.',
        en: 'The section `## {section}` appears twice on the page (also on line {firstLine}). Merge the two.',
      },
    },
    phrases: {
      before: { nl: 'vóór `## {section}`', en: 'before `## {section}`' },
      after: { nl: 'na `## {section}`', en: 'after `## {section}`' },
      top: { nl: 'onder de frontmatter', en: 'below the frontmatter' },
    },
  },
  ({ tree, page, frontmatter, repository, report, phrase }) => {
    const kind = page.kind as ItemKind;
    const configured = repository.config.kinds[kind].sections;
    const sections = sectionsOf(tree);
    const unknown = sections.filter((section) => !configured.some((config) => isSection(section.title, config)));

    configured.forEach((config, index) => {
      if (config.optional) return;
      if (config.when && !hasEntries(frontmatter.data, config.when)) return;
      const present = sections.filter((section) => isSection(section.title, config));
      if (present.length > 1) {
        report('duplicate', present[1].heading.position, { section: config.title, firstLine: present[0].heading.position?.start.line ?? '?' });
      }
      if (present.length > 0) return;
      const nearMiss = findNearMiss(config, unknown);
      if (nearMiss) {
        unknown.splice(unknown.indexOf(nearMiss), 1);
        report(
          'misspelt',
          headingTextPosition(nearMiss.heading),
          { found: nearMiss.title, section: config.title },
          { expected: [config.title], actual: nearMiss.title },
        );
        return;
      }
      const next = configured
        .slice(index + 1)
        .map((later) => sections.find((section) => isSection(section.title, later)))
        .find(Boolean);
      const previous = configured
        .slice(0, index)
        .reverse()
        .map((earlier) => sections.find((section) => isSection(section.title, earlier)))
        .find(Boolean);
      const where = next ? phrase('before', { section: next.title }) : previous ? phrase('after', { section: previous.title }) : phrase('top');
      const place = next?.heading.position ?? previous?.heading.position ?? frontmatter.blockPosition;
      report('missing', place, { section: config.title, where, kind });
    });
  },
);

/** An unknown heading that is evidently this section: other case, a prefix, or a typo. */
function findNearMiss(config: SectionConfig, candidates: Section[]): Section | undefined {
  const names = [config.title, ...(config.aliases ?? [])];
  const lower = names.map((name) => name.toLowerCase());
  return (
    candidates.find((section) => lower.includes(section.title.toLowerCase())) ??
    candidates.find((section) => {
      const title = section.title.toLowerCase();
      return title.length >= 4 && lower.some((name) => name.startsWith(title) || title.startsWith(name));
    }) ??
    candidates.find((section) => closest(section.title, names, { limit: 1 }).length > 0)
  );
}

/** The heading's text, without `## ` and without an attr_list tail: what a rename replaces. */
function headingTextPosition(heading: Heading) {
  const first = heading.children[0]?.position;
  const last = heading.children[heading.children.length - 1]?.position;
  return first && last ? { start: first.start, end: last.end } : heading.position;
}
