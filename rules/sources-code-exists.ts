/** Every code in `sources:` exists in the repository's list of audit-framework codes. */

import { sourceCodes } from '../src/parsing/sources.js';
import { defineRule } from '../src/rule-kit/define-rule.js';
import { closest } from '../src/rule-kit/suggest.js';

export default defineRule(
  {
    id: 'sources-code-exists',
    severity: 'error',
    kinds: ['maatregel'],
    description: {
      nl: 'Elke code in `sources:` staat in de lijst met codes van het toetsingskader (script/maatregelen-adr-ark.csv).',
      en: 'Every code in `sources:` is in the list of audit-framework codes (script/maatregelen-adr-ark.csv).',
    },
    messages: {
      unknownCode: {
        nl: '`{code}` is geen bekende {framework}-code (zie {file}).{hint}',
        en: '`{code}` is not a known {framework} code (see {file}).{hint}',
      },
      unknownFramework: {
        nl: '`sources.{framework}` is geen bekend toetsingskader; gebruik `ADR` of `ARK`.',
        en: '`sources.{framework}` is not a known audit framework; use `ADR` or `ARK`.',
      },
    },
  },
  ({ frontmatter, repository, report, source, didYouMean }) => {
    const codes = repository.auditCodes;
    if (!codes) return;
    for (const code of sourceCodes(frontmatter)) {
      const known = code.framework === 'ADR' || code.framework === 'ARK' ? codes[code.framework] : undefined;
      if (!known) {
        report('unknownFramework', frontmatter.positionOf(['sources', code.framework], 'key'), { framework: code.framework });
        continue;
      }
      const place = frontmatter.positionOf(code.path);
      let text = String(code.value);
      if (typeof code.value === 'number' && place?.start.offset !== undefined && place.end.offset !== undefined) {
        text = source.slice(place.start.offset, place.end.offset);
      }
      if (typeof code.value !== 'string' && typeof code.value !== 'number') continue; // type: frontmatter-schema
      if (known.has(text) || known.has(String(code.value))) continue;
      const suggestions = closest(text, known, { limit: 3 });
      const hint = didYouMean(suggestions);
      report('unknownCode', place, { code: text, framework: code.framework, file: codes.file, hint }, { expected: suggestions });
    }
  },
);
