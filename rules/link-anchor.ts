/**
 * `page.md#anker` and `#anker` name an id the site generates on the target
 * page: a heading slug as Python-Markdown makes it, an attr_list `{ #id }`,
 * a raw HTML id or a footnote. Case matters.
 */

import { collectLinks } from '../src/parsing/links.js';
import type { PageRecord } from '../src/repository/repository.js';
import { resolveLink } from '../src/repository/resolve-link.js';
import { defineRule } from '../src/rule-kit/define-rule.js';
import { closest } from '../src/rule-kit/suggest.js';

export default defineRule(
  {
    id: 'link-anchor',
    severity: 'error',
    description: {
      nl: 'Een anker in een link (`#…`) bestaat op de pagina waar de link naartoe gaat.',
      en: 'An anchor in a link (`#…`) exists on the page the link goes to.',
    },
    messages: {
      missing: {
        nl: 'Het anker `#{fragment}` bestaat niet op {where}; de link opent de pagina bovenaan.{hint}',
        en: 'The anchor `#{fragment}` does not exist on {where}; the link opens the page at the top.{hint}',
      },
      caseDiffers: {
        nl: 'Het anker `#{fragment}` bestaat niet op {where}, wel `#{expected}`: ankers zijn hoofdlettergevoelig. Schrijf `#{expected}`.',
        en: 'The anchor `#{fragment}` does not exist on {where}, but `#{expected}` does: anchors are case-sensitive. Write `#{expected}`.',
      },
    },
    phrases: {
      thisPage: { nl: 'deze pagina', en: 'this page' },
      headingsThere: { nl: ' Koppen daar: {headings}.', en: ' Headings there: {headings}.' },
    },
  },
  ({ tree, page, repository, report, span, source, phrase, orList, didYouMean }) => {
    for (const link of collectLinks(tree, source)) {
      const target = resolveLink(repository, page.docsPath, link);
      let targetPage: PageRecord | undefined;
      let fragment: string | undefined;
      if (target.kind === 'fragment') {
        targetPage = page;
        fragment = target.fragment;
      } else if (target.kind === 'local' && target.exists) {
        targetPage = target.page;
        fragment = target.fragment;
      } else if ((target.kind === 'live-site' || target.kind === 'absolute') && target.local?.exists) {
        targetPage = target.local.page;
        fragment = target.local.fragment;
      }
      if (!targetPage || !fragment || targetPage.anchors.has(fragment)) continue;

      const where = targetPage === page ? phrase('thisPage') : `\`${targetPage.docsPath}\``;
      const hash = link.url.indexOf('#');
      const fragmentPlace =
        link.urlStart !== undefined && hash !== -1 ? span(link.urlStart + hash + 1, link.urlEnd ?? link.urlStart + link.url.length) : undefined;
      const sameButCase = [...targetPage.anchors].find((anchor) => anchor.toLowerCase() === fragment.toLowerCase());
      if (sameButCase) {
        report(
          'caseDiffers',
          span(link.start, link.end),
          { fragment, where, expected: sameButCase },
          { expected: [sameButCase], actual: fragment, fixPlace: fragmentPlace },
        );
        continue;
      }
      const extended = [...targetPage.anchors].filter((anchor) => anchor.startsWith(`${fragment}-`) || fragment.startsWith(`${anchor}-`));
      const options = [...new Set([...closest(fragment, targetPage.anchors, { limit: 3 }), ...extended])].slice(0, 3);
      const headings = targetPage.headings.slice(0, 6).map((heading) => `#${heading.anchor}`);
      const hint = didYouMean(options.map((option) => `#${option}`)) || (headings.length ? phrase('headingsThere', { headings: orList(headings) }) : '');
      report('missing', span(link.start, link.end), { fragment, where, hint }, { expected: options, actual: fragment, fixPlace: fragmentPlace });
    }
  },
);
