/**
 * The site's build hooks replace HTML comments with generated content:
 * `<!-- tags -->` (label buttons), `<!-- list_vereisten_on_maatregelen_page -->`,
 * `<!-- tags-ai-act -->` (on AI Act vereisten only), `<!-- list_maatregelen vereiste/<own name> … -->`,
 * `<!-- list_maatregelen_on_hulpmiddelen_page -->`. A missing, misplaced or
 * wrongly named marker breaks the page without any error. On the label pages
 * (`rollen/jurist.md`, …) `<!-- list_vereisten|list_maatregelen|list_hulpmiddelen
 * rollen/jurist … -->` must name the page itself: they are made by copying a
 * sibling, and a copied name lists another label's items.
 */
import type { ItemKind, MarkerConfig } from '../src/config/config.js';
import { hasEntries } from '../src/parsing/frontmatter.js';
import { markersOf } from '../src/parsing/markers.js';
import { isSection, sectionsOf } from '../src/parsing/sections.js';
import { defineRule, type RuleContext } from '../src/rule-kit/define-rule.js';
import { closest } from '../src/rule-kit/suggest.js';

// On a label page, where only this message can occur (checkLabelPage).
const WRONG_LABEL = {
  nl: '`{found}` in `<!-- {marker} … -->` moet deze pagina zelf zijn: `{expected}`. Nu toont de site hier de {items} van een ander label (gekopieerd van een andere pagina?).',
  en: '`{found}` in `<!-- {marker} … -->` must be this page itself: `{expected}`. Now the site shows the {items} of another label here (copied from another page?).',
} as const;

export default defineRule(
  {
    id: 'site-markers',
    severity: 'error',
    fixable: true,
    kinds: ['maatregel', 'vereiste', 'hulpmiddel', 'page'],
    description: {
      nl: 'De HTML-commentaren die de site vervangt (`<!-- tags -->`, `<!-- list_… -->`) staan er, op de goede plek en met de goede naam.',
      en: 'The HTML comments the site replaces (`<!-- tags -->`, `<!-- list_… -->`) are present, in the right place, with the right name.',
    },
    messages: {
      missing: {
        nl: '`<!-- {marker} -->` ontbreekt in {thisKind}; de site {effect}. Zet `{example}` {where}, zoals in templates/template-{kind}.md.',
        en: '`<!-- {marker} -->` is missing from {thisKind}; the site {effect}. Put `{example}` {where}, as in templates/template-{kind}.md.',
      },
      wrongSection: {
        nl: '`<!-- {marker} -->` staat onder `## {found}`, maar hoort onder `## {section}`. Verplaats de regel naar die sectie.',
        en: '`<!-- {marker} -->` is under `## {found}`, but belongs under `## {section}`. Move the line to that section.',
      },
      wrongName: {
        nl: '`{found}` in `<!-- {marker} … -->` moet de eigen bestandsnaam van deze {kind} zijn: `{expected}`. Nu toont de site de maatregelen van een andere {kind} (het sjabloon bevat een voorbeeldnaam).',
        en: "`{found}` in `<!-- {marker} … -->` must be this {kind}'s own file name: `{expected}`. Now the site shows the maatregelen of another {kind} (the template holds an example name).",
      },
      wrongLabel: WRONG_LABEL,
      unknownName: {
        nl: '`{found}` in `<!-- {marker} … -->` is geen bestaande {kind}, dus de site toont hier geen maatregelen. {advice}',
        en: '`{found}` in `<!-- {marker} … -->` is not an existing {kind}, so the site shows no maatregelen here. {advice}',
      },
      missingName: {
        nl: '`<!-- {marker} -->` noemt geen {kind}; schrijf `<!-- {marker} {expected} -->` zodat de site de goede maatregelen toont.',
        en: '`<!-- {marker} -->` names no {kind}; write `<!-- {marker} {expected} -->` so the site shows the right maatregelen.',
      },
    },
    phrases: {
      under: { nl: 'onder `## {section}`', en: 'under `## {section}`' },
      top: { nl: 'onder de frontmatter', en: 'below the frontmatter' },
      // What the reader misses when a marker is absent, per marker.
      tags: { nl: 'toont dan geen labelknoppen (levenscyclus, onderwerp, rollen)', en: 'then shows no label buttons (levenscyclus, onderwerp, rollen)' },
      list_vereisten_on_maatregelen_page: { nl: 'toont dan de bijbehorende vereisten niet', en: 'then does not show the related vereisten' },
      'tags-ai-act': { nl: 'toont dan de labels uit de AI-verordening niet', en: 'then does not show the AI Act labels' },
      list_maatregelen: { nl: 'toont dan de maatregelen bij deze vereiste niet', en: 'then does not show the maatregelen of this vereiste' },
      list_maatregelen_on_hulpmiddelen_page: { nl: 'toont dan de bijbehorende maatregelen niet', en: 'then does not show the related maatregelen' },
      // After unknownName: a typo of the page's own name, or any other name.
      ownNameTypo: { nl: 'Bedoel je `{expected}`, de eigen bestandsnaam van deze {kind}?', en: "Did you mean `{expected}`, this {kind}'s own file name?" },
      writeOwnName: { nl: 'Schrijf de eigen bestandsnaam van deze {kind}: `{expected}`.', en: "Write this {kind}'s own file name: `{expected}`." },
      otherMarker: { nl: 'vult deze plek dan niet', en: 'then leaves this place empty' },
    },
  },
  (context) => {
    const { tree, page, frontmatter, repository, report, span, source, phrase, hasPhrase } = context;
    if (page.kind === 'page') return checkLabelPage(context);
    const kind = page.kind as ItemKind;
    const settings = repository.config.kinds[kind];
    const markers = markersOf(tree, source);
    const sections = sectionsOf(tree);
    const sectionConfig = (title: string) => settings.sections.find((section) => section.title === title);

    const id = frontmatter.data.id;
    for (const marker of settings.markers as MarkerConfig[]) {
      if (marker.when && !hasEntries(frontmatter.data, marker.when)) continue;
      // `tags-ai-act` is only for AI Act vereisten; elsewhere a page may replace it with its own sentence.
      const required = marker.idPrefix === undefined || (typeof id === 'string' && id.startsWith(marker.idPrefix));
      const found = markers.filter((candidate) => candidate.name === marker.name);
      const expectedName = `${kind}/${page.name}`;
      if (found.length === 0) {
        if (!required) continue;
        const wanted = marker.section ? sectionConfig(marker.section) : undefined;
        const section = wanted ? sections.find((candidate) => isSection(candidate.title, wanted)) : undefined;
        const place = section?.heading.position ?? sections[0]?.heading.position ?? frontmatter.blockPosition;
        const example = `<!-- ${marker.name}${marker.ownName ? ` ${expectedName}` : ''} -->`;
        const where = marker.section ? phrase('under', { section: marker.section }) : phrase('top');
        const effect = phrase(hasPhrase(marker.name) ? marker.name : 'otherMarker');
        report('missing', place, { marker: marker.name, effect, example, where, kind });
        continue;
      }
      const wanted = marker.section ? sectionConfig(marker.section) : undefined;
      if (wanted && !found.some((candidate) => isSection(candidate.section, wanted))) {
        const first = found[0];
        report('wrongSection', span(first.start, first.end), { marker: marker.name, found: first.section || '(begin)', section: wanted.title });
      }
      if (!marker.ownName) continue;
      for (const candidate of found) {
        const name = candidate.args[0];
        if (name === expectedName) continue;
        if (name === undefined || !name.includes('/')) {
          report('missingName', span(candidate.start, candidate.end), { marker: marker.name, kind, expected: expectedName });
          continue;
        }
        const at = candidate.argOffsets[0];
        const fix = { expected: [expectedName], actual: name, fix: true };
        // `vereiste/<name>` lists the maatregelen that name that vereiste: none when no such vereiste exists.
        const named = name.startsWith(`${kind}/`) ? name.slice(kind.length + 1) : undefined;
        if (named !== undefined && !repository.findByName(kind, named)) {
          const typo = closest(named, [page.name], { limit: 1 }).length > 0;
          const advice = phrase(typo ? 'ownNameTypo' : 'writeOwnName', { expected: expectedName, kind });
          report('unknownName', span(at, at + name.length), { marker: marker.name, found: name, kind, advice }, fix);
          continue;
        }
        report('wrongName', span(at, at + name.length), { marker: marker.name, found: name, expected: expectedName, kind }, fix);
      }
    }
  },
);

const LISTS: Record<string, string> = { list_vereisten: 'vereisten', list_maatregelen: 'maatregelen', list_hulpmiddelen: 'hulpmiddelen' };

/**
 * A label page (`rollen/jurist.md`, `onderwerpen/data.md`): its list markers
 * name the label as the frontmatter key and value (`rollen/jurist`, `onderwerp/data`).
 */
function checkLabelPage({ tree, page, repository, report, span, source }: RuleContext<{ wrongLabel: typeof WRONG_LABEL }>): void {
  const folder = page.docsPath.split('/').slice(0, -1).join('/');
  const key = Object.entries(repository.config.vocabularies).find(([, vocabularyFolder]) => vocabularyFolder === folder)?.[0];
  if (page.name === 'index' || key === undefined) return;
  const expected = `${key}/${page.name}`;
  for (const marker of markersOf(tree, source)) {
    const name = marker.args[0];
    if (!LISTS[marker.name] || name === undefined || name === expected) continue;
    const at = marker.argOffsets[0];
    report(
      'wrongLabel',
      span(at, at + name.length),
      { marker: marker.name, found: name, expected, items: LISTS[marker.name] },
      { expected: [expected], actual: name, fix: true },
    );
  }
}
