/** A name appears once in a `vereiste:` or `maatregel:` list; the site would list it twice. */
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'reference-duplicate',
    severity: 'warn',
    kinds: ['maatregel', 'vereiste', 'hulpmiddel'],
    description: {
      nl: 'Een naam staat maar één keer in een `vereiste:`- of `maatregel:`-lijst.',
      en: 'A name appears only once in a `vereiste:` or `maatregel:` list.',
    },
    messages: {
      duplicate: {
        nl: '`{name}` staat al eerder onder `{key}:` (regel {firstLine}); de site toont hem dan twee keer. Verwijder deze regel.',
        en: '`{name}` is already listed under `{key}:` (line {firstLine}); the site then shows it twice. Remove this line.',
      },
    },
  },
  ({ frontmatter, repository, report }) => {
    for (const key of Object.keys(repository.config.references)) {
      const entries = frontmatter.data[key];
      if (!Array.isArray(entries)) continue;
      const first = new Map<string, number>();
      entries.forEach((entry, index) => {
        if (typeof entry !== 'string') return;
        const earlier = first.get(entry);
        if (earlier === undefined) {
          first.set(entry, index);
          return;
        }
        const firstLine = frontmatter.positionOf([key, earlier])?.start.line ?? '?';
        report('duplicate', frontmatter.positionOf([key, index]), { name: entry, key, firstLine });
      });
    }
  },
);
