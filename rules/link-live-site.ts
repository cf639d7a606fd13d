/**
 * A link to the published site itself (`https://minbzk.github.io/Algoritmekader/…`,
 * `siteUrl` in the configuration) bypasses mkdocs' checks and breaks when a
 * page moves: write it as a relative link to the `.md` file (a place on the
 * page itself: just `#anchor`). Its target is checked as if it were relative.
 */
import { collectLinks, urlPlace } from '../src/parsing/links.js';
import { relativeLink, resolveLink } from '../src/repository/resolve-link.js';
import { defineRule } from '../src/rule-kit/define-rule.js';
import { nearestPaths } from '../src/rule-kit/suggest.js';

export default defineRule(
  {
    id: 'link-live-site',
    severity: 'warn',
    fixable: true,
    description: {
      nl: 'Links naar de eigen site zijn relatieve links naar het `.md`-bestand.',
      en: 'Links to the site itself are relative links to the `.md` file.',
    },
    messages: {
      useRelative: {
        nl: 'Deze link gaat naar de gepubliceerde site zelf; mkdocs controleert hem niet en hij breekt als de pagina verhuist. Schrijf de relatieve link `{relative}`.',
        en: 'This link goes to the published site itself; mkdocs does not check it and it breaks when the page moves. Write the relative link `{relative}`.',
      },
      useAnchor: {
        nl: 'Deze link gaat via de gepubliceerde site naar deze pagina zelf; mkdocs controleert hem niet en in een lokale preview of na een verhuizing gaat hij naar de verkeerde plek. Schrijf alleen het anker `{relative}`.',
        en: 'This link goes through the published site to this page itself; mkdocs does not check it, and in a local preview or after a move it goes to the wrong place. Write just the anchor `{relative}`.',
      },
      missing: {
        nl: 'Deze link gaat naar de gepubliceerde site, naar `{target}`, maar die pagina bestaat niet in docs/.{hint}',
        en: 'This link goes to the published site, to `{target}`, but that page does not exist in docs/.{hint}',
      },
    },
  },
  ({ tree, page, repository, report, span, source, didYouMean }) => {
    for (const link of collectLinks(tree, source)) {
      const target = resolveLink(repository, page.docsPath, link);
      if (target.kind !== 'live-site' || !target.local) continue;
      const place = span(link.start, link.end);
      const destination = urlPlace(link, span);
      if (target.local.exists) {
        // A place on this very page is just its anchor; the page itself without one stays its own file name
        // (mkdocs checks that link, where a bare `#` would be a placeholder).
        const toItself = target.local.docsPath === page.docsPath && Boolean(target.fragment);
        const relative = toItself ? `#${target.fragment}` : relativeLink(page.docsPath, target.local.docsPath, target.fragment);
        const safe = link.origin === 'markdown' && destination !== undefined;
        report(toItself ? 'useAnchor' : 'useRelative', place, { relative }, { expected: [relative], actual: link.url, fix: safe, fixPlace: destination });
        continue;
      }
      const options = nearestPaths(repository.filePaths(), target.local.docsPath).map((option) => relativeLink(page.docsPath, option, target.fragment));
      const hint = didYouMean(options);
      report('missing', place, { target: target.sitePath || '/', hint }, { expected: options, actual: link.url, fixPlace: destination });
    }
  },
);
