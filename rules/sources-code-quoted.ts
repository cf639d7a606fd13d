/**
 * An unquoted code such as `3.10` is read by YAML as the number 3.1: the
 * site then cites ARK 3.1, which does not exist. Such codes must be quoted.
 */

import { sourceCodes } from '../src/parsing/sources.js';
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'sources-code-quoted',
    severity: 'error',
    fixable: true,
    kinds: ['maatregel'],
    description: {
      nl: 'Codes in `sources:` die YAML als getal leest (`3.10` wordt 3.1) staan tussen aanhalingstekens.',
      en: 'Codes in `sources:` that YAML reads as a number (`3.10` becomes 3.1) are quoted.',
    },
    messages: {
      coerced: {
        nl: '`{text}` onder `sources.{framework}` wordt gelezen als het getal {read}; de site toont dan code {read}. Zet de code tussen aanhalingstekens: `{quoted}`.',
        en: '`{text}` under `sources.{framework}` is read as the number {read}; the site then shows code {read}. Quote the code: `{quoted}`.',
      },
    },
  },
  ({ frontmatter, report, source }) => {
    for (const code of sourceCodes(frontmatter)) {
      if (typeof code.value !== 'number') continue;
      const place = frontmatter.positionOf(code.path);
      if (place?.start.offset === undefined || place.end.offset === undefined) continue;
      const text = source.slice(place.start.offset, place.end.offset);
      if (String(code.value) === text) continue; // `1.05` reads back as 1.05: harmless
      const quoted = `'${text}'`;
      report('coerced', place, { text, framework: code.framework, read: String(code.value), quoted }, { expected: [quoted], actual: text, fix: true });
    }
  },
);
