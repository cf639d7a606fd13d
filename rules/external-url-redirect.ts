/** An external link that permanently redirects (301/308) should point at its new address (`--external` only). */
import { externalFindings } from '../src/external/findings.js';
import { urlPlace } from '../src/parsing/links.js';
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'external-url-redirect',
    severity: 'warn',
    fixable: true,
    description: {
      nl: 'Externe links die permanent doorsturen, wijzen naar het nieuwe adres (alleen met `--external`).',
      en: 'External links that redirect permanently point at the new address (only with `--external`).',
    },
    messages: {
      moved: {
        nl: '`{url}` is permanent verhuisd naar `{target}`. Gebruik het nieuwe adres; het oude kan ooit verdwijnen.',
        en: '`{url}` has moved permanently to `{target}`. Use the new address; the old one may disappear.',
      },
    },
  },
  ({ tree, source, run, report, span }) => {
    for (const { link, result } of externalFindings(tree, source, run)) {
      if (!result.ok || !result.permanentRedirect) continue;
      const destination = urlPlace(link, span);
      report(
        'moved',
        span(link.start, link.end),
        { url: link.url.trim(), target: result.permanentRedirect },
        {
          expected: [result.permanentRedirect],
          actual: link.url,
          fix: link.origin === 'markdown' && destination !== undefined,
          fixPlace: destination,
        },
      );
    }
  },
);
