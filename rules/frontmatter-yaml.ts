/**
 * The frontmatter is YAML the site can read, and reads as the author meant:
 * syntax errors, duplicate keys (the site keeps the last, the first is lost),
 * empty list items (the site prints "None"), a list or scalar instead of a
 * mapping, alias bombs, and item pages without frontmatter.
 */
import { isScalar, isSeq, visit as visitYaml, type Node as YamlNode } from 'yaml';
import { isItemKind } from '../src/config/config.js';
import { defineRule } from '../src/rule-kit/define-rule.js';

/** The phrase that explains a YAML reader's error to an author, by error code (and message, where one code covers several cases). */
const EXPLANATIONS: Array<{ code: string; match?: RegExp; phrase: string }> = [
  { code: 'MISSING_CHAR', match: /quote/, phrase: 'missingQuote' },
  { code: 'BLOCK_AS_IMPLICIT_KEY', match: /compact mappings/, phrase: 'colonInValue' },
  { code: 'TAB_AS_INDENT', phrase: 'tabIndent' },
  { code: 'BAD_SCALAR_START', phrase: 'reservedStart' },
  { code: 'UNEXPECTED_TOKEN', phrase: 'unexpectedToken' },
  { code: 'MULTILINE_IMPLICIT_KEY', phrase: 'multilineKey' },
  { code: 'BAD_INDENT', phrase: 'badIndent' },
];

function explain(code: string, message: string, phrase: (id: string) => string): string {
  const known = EXPLANATIONS.find((entry) => entry.code === code && (!entry.match || entry.match.test(message)));
  return known ? phrase(known.phrase) : message;
}

export default defineRule(
  {
    id: 'frontmatter-yaml',
    severity: 'error',
    description: {
      nl: 'De frontmatter is geldige YAML zonder dubbele sleutels of lege lijstitems.',
      en: 'Frontmatter is valid YAML without duplicate keys or empty list items.',
    },
    messages: {
      syntax: {
        nl: 'De frontmatter is geen geldige YAML: {detail}. Controleer inspringing, dubbele punten en aanhalingstekens op deze plek; de site kan deze pagina niet lezen.',
        en: 'The frontmatter is not valid YAML: {detail}. Check indentation, colons and quotes here; the site cannot read this page.',
      },
      duplicateKey: {
        nl: 'Sleutel `{key}` staat twee keer in de frontmatter; de site gebruikt alleen de laatste en negeert de eerste. Voeg ze samen tot één `{key}`.',
        en: 'Key `{key}` appears twice in the frontmatter; the site keeps only the last one and drops the first. Merge them into one `{key}`.',
      },
      emptyItem: {
        nl: 'Leeg lijstitem in `{key}`: de site toont hier "None". Vul een waarde in of verwijder het streepje.',
        en: 'Empty list item in `{key}`: the site shows "None" here. Fill in a value or remove the dash.',
      },
      notMapping: {
        nl: 'De frontmatter moet sleutels met waarden bevatten (`title: …`), maar is een {found}.',
        en: 'The frontmatter must hold keys with values (`title: …`), but is a {found}.',
      },
      aliasBomb: {
        nl: "De frontmatter gebruikt te veel YAML-aliassen ({detail}); zo'n pagina is niet leesbaar. Schrijf de waarden uit.",
        en: 'The frontmatter expands too many YAML aliases ({detail}); such a page cannot be read. Write the values out.',
      },
      unclosed: {
        nl: 'De frontmatter begint met `---` maar wordt niet afgesloten; de site leest de hele pagina dan als tekst. Zet een regel `---` na het laatste veld.',
        en: 'The frontmatter starts with `---` but is never closed; the site then reads the whole page as text. Put a line `---` after the last field.',
      },
      siteLineBreak: {
        nl: 'De frontmatter bevat het teken {code}, dat de site (PyYAML) als regeleinde leest en wij niet: wat erna staat, is voor de site een nieuwe regel (een verborgen sleutel). Verwijder het teken.',
        en: 'The frontmatter holds the character {code}, which the site (PyYAML) reads as a line break and we do not: what follows is a new line to the site (a hidden key). Remove the character.',
      },
      siteRefuses: {
        nl: 'De frontmatter bevat het stuurteken {code}, dat de site (PyYAML) weigert: de pagina verliest dan al haar velden. Verwijder het teken.',
        en: 'The frontmatter holds the control character {code}, which the site (PyYAML) refuses: the page then loses all its fields. Remove the character.',
      },
      missing: {
        nl: '{ThisKind} heeft geen frontmatter. Begin het bestand met `---`, de velden uit het sjabloon (templates/template-{kind}.md) en weer `---`.',
        en: '{ThisKind} has no frontmatter. Start the file with `---`, the fields from the template (templates/template-{kind}.md) and `---` again.',
      },
    },
    phrases: {
      listOrValue: { nl: 'lijst of losse waarde', en: 'list or single value' },
      missingQuote: {
        nl: 'het aanhalingsteken dat hier opent wordt niet gesloten',
        en: 'the quote that opens here is never closed',
      },
      colonInValue: {
        nl: 'na `sleutel:` staat nog een dubbele punt met spatie; zet de hele waarde tussen aanhalingstekens',
        en: 'after `key:` there is another colon and space; put the whole value in quotes',
      },
      tabIndent: {
        nl: 'een tab als inspringing; YAML staat alleen spaties toe',
        en: 'a tab as indentation; YAML allows only spaces',
      },
      reservedStart: {
        nl: 'een waarde die met een gereserveerd teken begint (`@`, `` ` ``, `%`); zet haar tussen aanhalingstekens',
        en: 'a value that starts with a reserved character (`@`, `` ` ``, `%`); put it in quotes',
      },
      unexpectedToken: {
        nl: "onverwachte tekst na een waarde; staat er een aanhalingsteken midden in een waarde tussen aanhalingstekens? Verdubbel het (`''`) of gebruik het andere soort",
        en: "unexpected text after a value; is there a quote inside a quoted value? Double it (`''`) or use the other kind",
      },
      multilineKey: {
        nl: 'een sleutel over meer regels; controleer de inspringing',
        en: 'a key spanning lines; check the indentation',
      },
      badIndent: {
        nl: 'de inspringing klopt niet',
        en: 'the indentation is wrong',
      },
    },
  },
  ({ frontmatter, page, report, tree, phrase, source }) => {
    if (!frontmatter.node && /^---[ \t]*\r?\n/.test(source)) {
      report('unclosed', { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } });
      return;
    }
    if (!frontmatter.node) {
      if (isItemKind(page.kind)) {
        const first = tree.children[0];
        report('missing', first?.position ? { start: first.position.start, end: first.position.start } : undefined, { kind: page.kind });
      }
      return;
    }
    for (const problem of frontmatter.problems) {
      if (problem.code === 'DUPLICATE_KEY') continue;
      if (problem.code === 'PYYAML_BREAK') report('siteLineBreak', problem.position, { code: problem.message });
      else if (problem.code === 'PYYAML_REFUSED') report('siteRefuses', problem.position, { code: problem.message });
      else if (problem.code === 'NOT_A_MAPPING') report('notMapping', problem.position, { found: phrase('listOrValue') });
      else if (problem.code === 'ALIAS_COUNT') report('aliasBomb', problem.position, { detail: problem.message });
      else report('syntax', problem.position, { detail: explain(problem.code, problem.message, phrase) });
    }
    const document = frontmatter.document;
    if (!document) return;

    // Duplicate keys and empty items, found on the YAML tree so each is placed exactly.
    visitYaml(document, {
      Map(_key, map) {
        const seen = new Set<string>();
        for (const pair of map.items) {
          const keyNode = pair.key as YamlNode & { value?: unknown };
          // A merge key's value is a symbol: it is written `<<`.
          const name = typeof keyNode?.value === 'symbol' ? '<<' : String(keyNode?.value ?? '');
          if (seen.has(name) && keyNode?.range) {
            report('duplicateKey', { start: frontmatter.pointAt(keyNode.range[0]), end: frontmatter.pointAt(keyNode.range[1]) }, { key: name });
          }
          seen.add(name);
          if (!isSeq(pair.value)) continue;
          for (const item of pair.value.items) {
            if (item !== null && !(isScalar(item) && item.value === null)) continue;
            const at = emptyItemOffset(frontmatter.node!.value, item?.range?.[0] ?? pair.value.range?.[0] ?? 0);
            report('emptyItem', { start: frontmatter.pointAt(at), end: frontmatter.pointAt(at + 1) }, { key: name });
          }
        }
      },
    });
  },
);

/** The dash of an empty item: the last `-` at or before the item's (empty) range. */
function emptyItemOffset(yamlText: string, itemOffset: number): number {
  const dash = yamlText.lastIndexOf('-', itemOffset);
  return dash === -1 ? itemOffset : dash;
}
