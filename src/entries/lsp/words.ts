/** What the language server itself says (not the rules' messages), in the repository's language. */
import type { Lang } from '../../rule-kit/i18n.js';

export const WORDS: Record<
  Lang,
  { timedOut: string; replace: string; remove: string; insert: string; addWord: string; checked: string; noRepository: string; unreadable: string }
> = {
  nl: {
    timedOut:
      'Deze pagina kon niet binnen {seconds} s worden gecontroleerd en is overgeslagen; de andere pagina’s worden wel gecontroleerd. Ze wordt opnieuw gecontroleerd als je haar opslaat.',
    replace: 'Vervang `{actual}` door `{expected}`',
    remove: 'Verwijder `{actual}`',
    insert: 'Voeg `{expected}` in',
    addWord: 'Voeg `{word}` toe aan de woordenlijst (`{file}`)',
    checked: 'Algoritmekader-lint: {pages} pagina’s gecontroleerd, {errors} fouten en {warnings} waarschuwingen.',
    noRepository: 'Algoritmekader-lint: deze werkmap heeft geen mkdocs.yml; er is geen repository om te controleren.',
    unreadable: 'Algoritmekader-lint: de repository kon niet worden gelezen (mkdocs.yml of de configuratie); open een pagina om te zien waarom.',
  },
  en: {
    timedOut: 'This page could not be checked within {seconds} s and was skipped; the other pages are still checked. It is checked again when you save it.',
    replace: 'Replace `{actual}` with `{expected}`',
    remove: 'Remove `{actual}`',
    insert: 'Insert `{expected}`',
    addWord: 'Add `{word}` to the word list (`{file}`)',
    checked: 'Algoritmekader-lint: checked {pages} pages, {errors} errors and {warnings} warnings.',
    noRepository: 'Algoritmekader-lint: this workspace has no mkdocs.yml; there is no repository to check.',
    unreadable: 'Algoritmekader-lint: the repository could not be read (mkdocs.yml or the configuration); open a page to see why.',
  },
};
