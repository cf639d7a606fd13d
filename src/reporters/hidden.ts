/** What a report says of the findings it leaves out: already there before a pull request, or suppressed. */
import { format, type Lang, type Localized } from '../rule-kit/i18n.js';
import type { Preexisting } from '../run/baseline.js';

export interface HiddenFindings {
  preexisting?: Preexisting;
  suppressed: number;
}

const TEXTS = {
  preexisting: {
    nl: "{count} meldingen stonden er al op de pagina's die deze wijziging raakt (niet getoond; `--all-findings` toont ze)",
    en: '{count} findings were already there on the pages this change touches (not shown; `--all-findings` shows them)',
  },
  preexistingElsewhere: {
    nl: "{count} meldingen stonden er al op pagina's die naar de gewijzigde wijzen (niet getoond)",
    en: '{count} findings were already there on pages that point at the changed ones (not shown)',
  },
  suppressed: {
    nl: '{count} meldingen onderdrukt door .algoritmekader-lint-suppressions.json',
    en: '{count} findings suppressed by .algoritmekader-lint-suppressions.json',
  },
} satisfies Record<string, Localized>;

/** One line per kind of finding left out; none when nothing was. */
export function hiddenLines(hidden: HiddenFindings | undefined, lang: Lang): string[] {
  if (!hidden) return [];
  const lines: string[] = [];
  const { preexisting, suppressed } = hidden;
  if (preexisting?.onChangedPages) lines.push(format(TEXTS.preexisting[lang], { count: preexisting.onChangedPages }));
  const elsewhere = (preexisting?.count ?? 0) - (preexisting?.onChangedPages ?? 0);
  if (elsewhere > 0) lines.push(format(TEXTS.preexistingElsewhere[lang], { count: elsewhere }));
  if (suppressed) lines.push(format(TEXTS.suppressed[lang], { count: suppressed }));
  return lines;
}
