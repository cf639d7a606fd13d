/** A host that keeps answering 429 could not be checked: reported as unverified, not as dead (`--external` only). */
import { externalFindings } from '../src/external/findings.js';
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'external-url-rate-limited',
    severity: 'warn',
    description: {
      nl: 'Externe links die niet gecontroleerd konden worden omdat de server steeds "te veel verzoeken" (429) antwoordde.',
      en: 'External links that could not be checked because the server kept answering "too many requests" (429).',
    },
    messages: {
      rateLimited: {
        nl: '`{url}` kon niet worden gecontroleerd: de server antwoordt steeds 429 (te veel verzoeken). De link is niet per se kapot; controleer later opnieuw.',
        en: '`{url}` could not be checked: the server keeps answering 429 (too many requests). The link is not necessarily broken; check again later.',
      },
    },
  },
  ({ tree, source, run, report, span }) => {
    for (const { link, result } of externalFindings(tree, source, run)) {
      if (result.kind === 'rate-limited') report('rateLimited', span(link.start, link.end), { url: link.url.trim() });
    }
  },
);
