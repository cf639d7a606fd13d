/** What a report says of the findings it leaves out: already there before a pull request, or suppressed. */
import { format, type Lang, type Localized } from '../rule-kit/i18n.js';
import type { Preexisting } from '../run/baseline.js';

export interface HiddenFindings {
  preexisting?: Preexisting;
  suppressed: number;
}

/** A text with a count: `one` for 1, `other` for the rest. */
type Counted = { one: Localized; other: Localized };

const TEXTS = {
  preexisting: {
    one: {
      nl: "1 melding stond er al op de pagina's die deze wijziging raakt (niet getoond; `--all-findings` toont haar, `--suppress-all` legt de bestaande meldingen vast)",
      en: '1 finding was already there on the pages this change touches (not shown; `--all-findings` shows it, `--suppress-all` records the existing findings)',
    },
    other: {
      nl: "{count} meldingen stonden er al op de pagina's die deze wijziging raakt (niet getoond; `--all-findings` toont ze, `--suppress-all` legt de bestaande meldingen vast)",
      en: '{count} findings were already there on the pages this change touches (not shown; `--all-findings` shows them, `--suppress-all` records the existing findings)',
    },
  },
  preexistingElsewhere: {
    one: {
      nl: "1 melding stond er al op pagina's die naar de gewijzigde wijzen (niet getoond)",
      en: '1 finding was already there on pages that point at the changed ones (not shown)',
    },
    other: {
      nl: "{count} meldingen stonden er al op pagina's die naar de gewijzigde wijzen (niet getoond)",
      en: '{count} findings were already there on pages that point at the changed ones (not shown)',
    },
  },
  suppressed: {
    one: { nl: '1 melding onderdrukt door .algoritmekader-lint-suppressions.json', en: '1 finding suppressed by .algoritmekader-lint-suppressions.json' },
    other: {
      nl: '{count} meldingen onderdrukt door .algoritmekader-lint-suppressions.json',
      en: '{count} findings suppressed by .algoritmekader-lint-suppressions.json',
    },
  },
} satisfies Record<string, Counted>;

const counted = (text: Counted, count: number, lang: Lang) => format((count === 1 ? text.one : text.other)[lang], { count });

/** One line per kind of finding left out; none when nothing was. */
export function hiddenLines(hidden: HiddenFindings | undefined, lang: Lang): string[] {
  if (!hidden) return [];
  const lines: string[] = [];
  const { preexisting, suppressed } = hidden;
  if (preexisting?.onChangedPages) lines.push(counted(TEXTS.preexisting, preexisting.onChangedPages, lang));
  const elsewhere = (preexisting?.count ?? 0) - (preexisting?.onChangedPages ?? 0);
  if (elsewhere > 0) lines.push(counted(TEXTS.preexistingElsewhere, elsewhere, lang));
  if (suppressed) lines.push(counted(TEXTS.suppressed, suppressed, lang));
  return lines;
}
