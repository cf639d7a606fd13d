/** What the pull-request feedback says (comments, job summary, log), in Dutch and English. */
import { format, type Lang, type Localized } from '../rule-kit/i18n.js';

export const TEXTS = {
  hint: {
    nl: 'Voorgestelde wijziging van algoritmekader-lint (dezelfde als `--fix`): kies *Commit suggestion* om haar over te nemen.',
    en: 'Suggested change by algoritmekader-lint (the same as `--fix`): choose *Commit suggestion* to apply it.',
  },
  review: {
    nl: 'algoritmekader-lint stelt {count} wijziging(en) voor bij de regels hieronder.',
    en: 'algoritmekader-lint suggests {count} change(s) on the lines below.',
  },
  resolved: {
    nl: '✅ Opgelost: deze melding van algoritmekader-lint is er niet meer.',
    en: '✅ Resolved: this finding of algoritmekader-lint is gone.',
  },
  // The sticky summary comment
  clean: { nl: '✅ Geen meldingen in wat deze pull request verandert.', en: '✅ No findings in what this pull request changes.' },
  counts: {
    nl: '**{total}** meldingen in wat deze pull request verandert: **{error}** fouten, **{warning}** waarschuwingen, {info} informatief.',
    en: '**{total}** findings in what this pull request changes: **{error}** errors, **{warning}** warnings, {info} info.',
  },
  cut: {
    nl: 'GitHub toont hoogstens {limit} annotaties van elke soort: {shown} van de {total} meldingen staan als annotatie bij de regels. Alle meldingen staan in de samenvatting van de job.',
    en: 'GitHub shows at most {limit} annotations of each kind: {shown} of the {total} findings are annotated on their lines. The job summary lists them all.',
  },
  suggested: {
    nl: '{count} meldingen hebben een voorgestelde wijziging bij hun regel: kies daar *Commit suggestion* om haar over te nemen, of draai `algoritmekader-lint --fix`.',
    en: '{count} findings have a suggested change on their line: choose *Commit suggestion* there to apply it, or run `algoritmekader-lint --fix`.',
  },
  top: { nl: 'Belangrijkste meldingen', en: 'Top findings' },
  more: { nl: '… en nog {count}: zie de annotaties en de samenvatting van de job.', en: '… and {count} more: see the annotations and the job summary.' },
  // The job summary
  stepHeading: { nl: 'Voorgestelde wijzigingen', en: 'Suggested changes' },
  stepIntro: {
    nl: 'Niet als reviewcommentaar geplaatst ({reason}). Neem ze over in de editor, of draai `algoritmekader-lint --fix`:',
    en: 'Not posted as review comments ({reason}). Make them in the editor, or run `algoritmekader-lint --fix`:',
  },
  stepMore: {
    nl: '… en nog {count} voorgestelde wijziging(en) die hier niet meer passen: draai `algoritmekader-lint --fix`.',
    en: '… and {count} more suggested change(s) that do not fit here: run `algoritmekader-lint --fix`.',
  },
  lines: { nl: 'regel {first}–{last} wordt:', en: 'lines {first}–{last} become:' },
  line: { nl: 'regel {first} wordt:', en: 'line {first} becomes:' },
  readOnly: {
    nl: 'het token mag niet op de pull request schrijven, zoals bij een pull request uit een fork',
    en: 'the token may not write to the pull request, as for a pull request from a fork',
  },
  noToken: { nl: 'geen token (input github-token)', en: 'no token (input github-token)' },
  turnedOff: { nl: 'input suggestions staat uit', en: 'input suggestions is off' },
  notInDiff: { nl: 'de regels staan niet als toegevoegd in de diff van de pull request', en: 'the lines are not added lines of the pull request’s diff' },
  tooMany: { nl: 'meer dan {most} voorstellen in één pull request', en: 'more than {most} suggestions in one pull request' },
  apiFailed: { nl: 'de GitHub-API gaf een fout', en: 'the GitHub API failed' },
  // The job log
  logPrefix: { nl: 'algoritmekader-lint (pull request)', en: 'algoritmekader-lint (pull request)' },
  logLeft: {
    nl: '{count} voorgestelde wijziging(en) niet als reviewcommentaar geplaatst ({reason}): ze staan in de samenvatting van de job',
    en: '{count} suggested change(s) not posted as review comments ({reason}): they are in the job summary',
  },
  logFailed: { nl: '{what}: {error}', en: '{what}: {error}' },
  logPosted: {
    nl: '{posted} voorgestelde wijziging(en) geplaatst, {kept} ongewijzigd gelaten, {removed} opgeruimd',
    en: 'posted {posted} suggested change(s), left {kept} unchanged, cleared {removed}',
  },
  logLimit: { nl: 'API-limiet bij {request}: {what}', en: 'API limit on {request}: {what}' },
  retryIn: { nl: 'opnieuw over {seconds} s', en: 'retrying in {seconds} s' },
  givenUp: { nl: 'opgegeven', en: 'given up' },
  whatComments: { nl: 'geen voorgestelde wijzigingen geplaatst', en: 'no suggested changes posted' },
  whatPost: { nl: 'voorgestelde wijzigingen niet geplaatst', en: 'suggested changes not posted' },
  whatRemove: { nl: 'opgelost reviewcommentaar niet opgeruimd', en: 'resolved review comment not cleared' },
  refused: { nl: 'GitHub weigerde al eerder een schrijfactie van deze run', en: 'GitHub already refused a write of this run' },
  whatSummary: { nl: 'samenvatting op de pull request niet bijgewerkt', en: 'summary comment on the pull request not updated' },
} satisfies Record<string, Localized>;

export type TextId = keyof typeof TEXTS;

/** A text in `lang` with its placeholders filled. */
export function text(id: TextId, lang: Lang, params: Record<string, string | number> = {}): string {
  return format(TEXTS[id][lang], params);
}
