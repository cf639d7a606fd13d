/**
 * A page is UTF-8 text. A binary file named `.md`, invalid UTF-8 or a page
 * too large to be a real page is reported instead of being parsed. A file
 * mkdocs builds as a page under another Markdown extension (`.mkd`,
 * `.markdown`, …) is reported at its first line: nothing of the
 * Algoritmekader's tooling, this linter included, reads it as a page.
 */
import path from 'node:path';
import { MAX_PAGE_BYTES } from '../src/repository/source.js';
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'file-encoding',
    severity: 'error',
    checksUnreadPages: true,
    description: {
      nl: 'Een pagina is UTF-8-tekst: geen binair bestand, geen ongeldige tekens.',
      en: 'A page is UTF-8 text: not a binary file, no invalid characters.',
    },
    messages: {
      binary: {
        nl: 'Dit bestand bevat een NUL-byte (positie {offset}) en is dus geen tekstpagina. Is het een afbeelding of document met de extensie `.md`? Geef het de juiste extensie.',
        en: 'This file contains a NUL byte (at {offset}), so it is not a text page. Is it an image or document named `.md`? Give it the right extension.',
      },
      invalidUtf8: {
        nl: 'Dit bestand is geen geldige UTF-8 (eerste fout bij byte {offset}). Sla het op als UTF-8 (in de meeste editors: "Opslaan met codering").',
        en: 'This file is not valid UTF-8 (first error at byte {offset}). Save it as UTF-8 (in most editors: "Save with encoding").',
      },
      replacement: {
        nl: 'Vervangingsteken `\uFFFD` in de tekst: hier is bij het opslaan een teken verloren gegaan. Typ het oorspronkelijke teken opnieuw.',
        en: 'Replacement character `\uFFFD` in the text: a character was lost when the file was saved. Type the original character again.',
      },
      tooLarge: {
        nl: "Dit bestand is {size} groot (grens: {limit}); zo'n grote pagina wordt niet gecontroleerd. Splits de pagina of verplaats de inhoud naar een bijlage.",
        en: 'This file is {size} (limit: {limit}); a page this large is not checked. Split the page or move the content to an attachment.',
      },
      tooComplex: {
        nl: "Deze pagina heeft {count} {what} (grens: {limit}); zo'n pagina kost te veel tijd om te controleren en wordt overgeslagen. Splits de pagina.",
        en: 'This page has {count} {what} (limit: {limit}); such a page takes too long to check and is skipped. Split the page.',
      },
      tooDeep: {
        nl: "Regel {line} is {depth} niveaus diep genest (lijsten of citaten); zo'n pagina wordt niet gecontroleerd en rendert niet zinnig. Maak de nesting ondieper.",
        en: 'Line {line} is nested {depth} levels deep (lists or quotes); such a page is not checked and does not render sensibly. Make the nesting shallower.',
      },
      tooSlow: {
        nl: "Deze pagina kon niet binnen {seconds} s worden gelezen en is niet gecontroleerd; de andere pagina's wel. Zo'n pagina rendert ook traag: vereenvoudig haar (minder `*`, `_`, `[` of onderstreepte koppen) of splits haar.",
        en: 'This page could not be read within {seconds} s and was not checked; the other pages were. Such a page also renders slowly: simplify it (fewer `*`, `_`, `[` or underlined headings) or split it.',
      },
      unparsable: {
        nl: "Deze pagina kan niet worden gelezen als Markdown ({detail}); de andere pagina's zijn wel gecontroleerd. Meld dit aan de beheerders van algoritmekader-lint.",
        en: 'This page cannot be read as Markdown ({detail}); the other pages were checked. Please report this to the algoritmekader-lint maintainers.',
      },
      unreadable: {
        nl: 'Dit bestand kan niet worden gelezen ({detail}). Controleer de bestandsrechten.',
        en: 'This file cannot be read ({detail}). Check the file permissions.',
      },
      extension: {
        nl: 'mkdocs bouwt `{file}` als pagina, maar de extensie `{extension}` wordt niet gecontroleerd en de rest van het Algoritmekader leest alleen `.md`. Hernoem het bestand naar `{renamed}`.',
        en: 'mkdocs builds `{file}` as a page, but the extension `{extension}` is not checked and the rest of the Algoritmekader reads only `.md`. Rename the file to `{renamed}`.',
      },
    },
    phrases: {
      'list-items': { nl: 'lijstonderdelen', en: 'list items' },
      'link-openings': { nl: 'linkopeningen (`](`)', en: 'link openings (`](`)' },
      'footnote-references': { nl: 'voetnootverwijzingen (`[^`)', en: 'footnote references (`[^`)' },
      'table-pipes': { nl: 'tabelscheidingen (`|`)', en: 'table pipes (`|`)' },
      'emphasis-delimiters': { nl: 'nadruktekens (`*` en `_`)', en: 'emphasis delimiters (`*` and `_`)' },
      'setext-underlines': { nl: 'onderstreepte koppen (regels van `=` of `-`)', en: 'underlined headings (lines of `=` or `-`)' },
      'reference-links': { nl: 'verwijzingslinks (`][`)', en: 'reference links (`][`)' },
      'label-starts': { nl: 'openingshaken (`[`)', en: 'opening brackets (`[`)' },
      headings: { nl: 'koppen (`#`)', en: 'headings (`#`)' },
      'link-definitions': { nl: 'linkdefinities (`[…]:`)', en: 'link definitions (`[…]:`)' },
    },
  },
  ({ file, source, span, report, phrase }) => {
    const problem = file.data.sourceProblem;
    if (problem) {
      switch (problem.code) {
        case 'binary':
          return report('binary', undefined, { offset: problem.offset });
        case 'invalid-utf8':
          return report('invalidUtf8', undefined, { offset: problem.offset });
        case 'too-large':
          return report('tooLarge', undefined, { size: `${Math.ceil(problem.bytes / 1024)} KB`, limit: `${MAX_PAGE_BYTES / 1024} KB` });
        case 'unreadable':
          return report('unreadable', undefined, { detail: problem.detail });
        case 'too-deep':
          return report(
            'tooDeep',
            { start: { line: problem.line, column: 1 }, end: { line: problem.line, column: 1 } },
            { line: problem.line, depth: problem.depth },
          );
        case 'too-complex':
          return report('tooComplex', undefined, { count: problem.count, limit: problem.limit, what: phrase(problem.what) });
        case 'unparsable':
          return report('unparsable', undefined, { detail: problem.detail });
        case 'timed-out':
          return report('tooSlow', undefined, { seconds: problem.seconds });
      }
    }
    const nul = source.indexOf('\u0000');
    if (nul !== -1) return report('binary', span(nul, nul + 1), { offset: nul });
    const replacement = source.indexOf('\uFFFD');
    if (replacement !== -1) report('replacement', span(replacement, replacement + 1));
  },
  // Pages mkdocs builds that we would never read: every built file under the docs folder with another Markdown extension.
  (_run, repository, out) => {
    for (const docsPath of repository.filePaths()) {
      const extension = otherMarkdownExtension(docsPath);
      if (!extension) continue;
      const renamed = `${path.posix.basename(docsPath).slice(0, -extension.length)}.md`;
      out.report(path.join(repository.docsDir, docsPath), 'extension', { file: docsPath, extension, renamed });
    }
  },
);

/**
 * The extensions mkdocs builds as pages (`utils.markdown_extensions`); older
 * versions compared them ignoring case, so `.MD` counts too. Only `.md` is a
 * page to us.
 */
const MARKDOWN_EXTENSIONS = /\.(?:markdown|mdown|mkdn|mkd|md)$/i;

/** The extension of a file mkdocs builds as a page but we do not read as one, or undefined. */
export function otherMarkdownExtension(docsPath: string): string | undefined {
  const match = MARKDOWN_EXTENSIONS.exec(docsPath);
  return match && match[0] !== '.md' ? match[0] : undefined;
}
