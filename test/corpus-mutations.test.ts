/**
 * Defects authors make, planted one at a time in a copy of the real corpus:
 * each must be reported by the right rule at the right line:column, with a
 * Dutch message that says how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { HAS_CORPUS, mutateCorpus } from './helpers/corpus.js';

const IMP03 = 'docs/voldoen-aan-wetten-en-regels/maatregelen/6-imp-03-menselijke-tussenkomst.md';
const PBA01 = 'docs/voldoen-aan-wetten-en-regels/maatregelen/1-pba-01-formuleren-probleemdefinitie.md';

let copy: ReturnType<typeof mutateCorpus> | undefined;

describe.skipIf(!HAS_CORPUS)('mutations of the real corpus', () => {
  it('a duplicated URN names the other file', async () => {
    copy = mutateCorpus();
    copy.edit(IMP03, (text) => text.replace('id: urn:nl:ak:mtr:imp-03', 'id: urn:nl:ak:mtr:imp-04'));
    const findings = await copy.findingsOn(IMP03);
    const duplicate = findings.find((finding) => finding.rule === 'urn-unique');
    expect(duplicate?.at).toBe('3:5');
    expect(duplicate?.reason).toContain('6-imp-04-');
    expect(duplicate?.reason).toMatch(/geef deze maatregel het volgende vrije nummer/);
    // The URN now also disagrees with the file name: both are reported, each at the id.
    expect(findings.find((finding) => finding.rule === 'urn-matches-filename')?.expected).toEqual(['urn:nl:ak:mtr:imp-03']);
  });

  it('a misspelt label gets the closest value', async () => {
    copy = mutateCorpus();
    copy.edit(IMP03, (text) => text.replace('- menselijke-controle', '- menselijke-kontrole'));
    const findings = await copy.findingsOn(IMP03);
    expect(findings).toEqual([
      expect.objectContaining({
        at: '17:3',
        rule: 'label-values',
        expected: ['menselijke-controle'],
        reason: expect.stringContaining('Bedoel je `menselijke-controle`?'),
      }),
    ]);
  });

  it('a file name that disagrees with the URN', async () => {
    copy = mutateCorpus();
    copy.edit(IMP03, (text) => text.replace('id: urn:nl:ak:mtr:imp-03', 'id: urn:nl:ak:mtr:imp-33'));
    const findings = await copy.findingsOn(IMP03);
    expect(findings).toEqual([
      expect.objectContaining({
        at: '3:5',
        rule: 'urn-matches-filename',
        expected: ['urn:nl:ak:mtr:imp-03'],
        reason: expect.stringContaining('Maak de `id` `urn:nl:ak:mtr:imp-03`'),
      }),
    ]);
  });

  it('a value that breaks the YAML is reported where it breaks, not as a crash', async () => {
    copy = mutateCorpus();
    copy.edit(IMP03, (text) => text.replace('title: Richt bij besluitvorming', 'title: Let op: richt bij besluitvorming'));
    const findings = await copy.findingsOn(IMP03);
    expect(findings).toEqual([
      expect.objectContaining({ at: '2:14', rule: 'frontmatter-yaml', reason: expect.stringContaining('zet de hele waarde tussen aanhalingstekens') }),
    ]);
  });

  it('an ARK code written 3.10 unquoted', async () => {
    copy = mutateCorpus();
    copy.edit(PBA01, (text) => text.replace('  ARK: 1.01', '  ARK: 3.10'));
    const findings = await copy.findingsOn(PBA01);
    expect(findings).toEqual([
      expect.objectContaining({
        at: '16:8',
        rule: 'sources-code-quoted',
        expected: ["'3.10'"],
        reason: expect.stringContaining("Zet de code tussen aanhalingstekens: `'3.10'`"),
      }),
    ]);
  });

  it('a removed title', async () => {
    copy = mutateCorpus();
    copy.edit(IMP03, (text) => text.replace(/^title: .*\n/m, ''));
    const findings = await copy.findingsOn(IMP03);
    expect(findings).toEqual([
      expect.objectContaining({ at: '1:1', rule: 'frontmatter-schema', reason: expect.stringContaining('Verplicht veld `title` ontbreekt') }),
    ]);
  });
});
