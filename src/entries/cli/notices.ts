/** What the CLI itself says on stderr, in the run's language. */
import { printable } from '../../reporters/printable.js';
import { format, type Lang, type Localized } from '../../rule-kit/i18n.js';

const NOTICES = {
  fixed: { nl: '{count} bestand(en) hersteld', en: 'fixed {count} file(s)' },
  changed: {
    nl: '{file} niet hersteld: het bestand is tijdens de controle gewijzigd; draai `--fix` opnieuw',
    en: 'not fixed {file}: it changed while it was being checked; run `--fix` again',
  },
  hardlinked: {
    nl: '{file} niet hersteld: het bestand heeft meer namen (hardlink); een herstel zou ze scheiden',
    en: 'not fixed {file}: it has more than one name (hard link); a fix would split them',
  },
  'read-only': { nl: '{file} niet hersteld: het bestand is alleen-lezen', en: 'not fixed {file}: it is read-only' },
  stub: {
    nl: '{file} niet hersteld: het is een symbolische link van git (een bestand met een pad); herstel het doel',
    en: 'not fixed {file}: it is a git symbolic link (a file holding a path); fix its target',
  },
  progress: {
    nl: 'externe links: {done}/{total} gecontroleerd, {failures} werken niet',
    en: 'external links: {done}/{total} checked, {failures} failing',
  },
  suppressionsWritten: {
    nl: 'alle meldingen van deze run vastgelegd in {file}: commit het bestand; los ze op en draai dan `--prune-suppressions`',
    en: 'recorded every finding of this run in {file}: commit it; fix them, then run `--prune-suppressions`',
  },
  suppressionsPruned: {
    nl: '{file} bijgewerkt: alleen de meldingen die er nog zijn blijven onderdrukt',
    en: 'updated {file}: only the findings that remain stay suppressed',
  },
  owner: {
    nl: '{file} niet hersteld: de eigenaar van het bestand kan niet behouden blijven',
    en: 'not fixed {file}: its owner cannot be kept',
  },
} satisfies Record<string, Localized>;

type NoticeId = keyof typeof NOTICES;

/** The text alone (a progress line). */
export function noticeText(id: NoticeId, lang: Lang, params: Record<string, string | number> = {}): string {
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? printable(value) : value]));
  return format(NOTICES[id][lang], values);
}

/** A line for stderr, with the tool's name. */
export function notice(id: NoticeId, lang: Lang, params: Record<string, string | number> = {}): string {
  return `algoritmekader-lint: ${noticeText(id, lang, params)}\n`;
}
