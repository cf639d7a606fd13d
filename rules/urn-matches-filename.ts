/**
 * The file name carries the URN's code: `6-imp-04-….md` has
 * `urn:nl:ak:mtr:imp-04`, `aia-08-….md` has `urn:nl:ak:ver:aia-08`; a
 * maatregel's leading digit is the phase of its code (org 0 … uit 8).
 */
import type { ItemKind } from '../src/config/config.js';
import { defineRule } from '../src/rule-kit/define-rule.js';

const FILE_NAME = /^(?:([0-9])-)?([a-z]+)-([0-9]{2})(?:-|$)/;

export default defineRule(
  {
    id: 'urn-matches-filename',
    severity: 'error',
    kinds: ['maatregel', 'vereiste'],
    description: {
      nl: 'De bestandsnaam en de `id` (URN) hebben dezelfde code en hetzelfde nummer.',
      en: 'The file name and the `id` (URN) have the same code and number.',
    },
    messages: {
      mismatch: {
        nl: 'De URN `{urn}` past niet bij de bestandsnaam `{file}` (code `{fileCode}`). Maak de `id` `{expected}`, of hernoem het bestand als de URN juist is (let op: andere systemen gebruiken de URN).',
        en: 'URN `{urn}` does not match the file name `{file}` (code `{fileCode}`). Make the `id` `{expected}`, or rename the file if the URN is right (mind: other systems use the URN).',
      },
      badFileName: {
        nl: 'De bestandsnaam `{file}` volgt niet het patroon `{pattern}` van een {kind}. Hernoem het bestand, bijvoorbeeld naar `{example}`.',
        en: 'The file name `{file}` does not follow the {kind} pattern `{pattern}`. Rename the file, for example to `{example}`.',
      },
      phase: {
        nl: 'De bestandsnaam `{file}` begint met fase {digit}, maar code `{code}` hoort bij fase {expectedDigit}. Hernoem het bestand naar `{expected}`.',
        en: 'The file name `{file}` starts with phase {digit}, but code `{code}` belongs to phase {expectedDigit}. Rename the file to `{expected}`.',
      },
    },
  },
  ({ page, repository, frontmatter, report, tree }) => {
    const kind = page.kind as ItemKind;
    const settings = repository.config.kinds[kind];
    const prefix = settings.urnPrefix;
    const urn = page.urn;
    const head = tree.children[0]?.position;
    const fileName = `${page.name}.md`;
    const match = FILE_NAME.exec(page.name);
    if (!match || (settings.phaseDigit && !match[1])) {
      const pattern = settings.phaseDigit ? '<fase>-<code>-<nn>-<naam>.md' : '<code>-<nn>-<naam>.md';
      const code = urn && prefix && urn.startsWith(prefix) ? urn.slice(prefix.length) : 'code-01';
      const digit = settings.phaseDigit ? `${Math.max(0, settings.codes.indexOf(code.split('-')[0]))}-` : '';
      report('badFileName', head, { file: fileName, pattern, kind, example: `${digit}${code}-${page.name.toLowerCase()}.md` });
      return;
    }
    const [, digit, code, number] = match;
    if (settings.phaseDigit && digit !== undefined) {
      const phase = settings.codes.indexOf(code);
      if (phase !== -1 && String(phase) !== digit) {
        report('phase', head, { file: fileName, digit, code, expectedDigit: phase, expected: `${phase}${fileName.slice(1)}` });
      }
    }
    if (!prefix || !urn || !new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[a-z]+-[0-9]{2}$`).test(urn)) return; // format: frontmatter-schema
    const urnCode = urn.slice(prefix.length);
    const fileCode = `${code}-${number}`;
    if (urnCode === fileCode) return;
    const expected = `${prefix}${fileCode}`;
    report('mismatch', frontmatter.positionOf(['id']), { urn, file: fileName, fileCode, expected }, { expected: [expected], actual: urn });
  },
);
