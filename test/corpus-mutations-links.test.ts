/**
 * Link defects planted one at a time in a copy of the real corpus: each is
 * reported at the link's line:column with the right suggestion.
 */
import { describe, expect, it } from 'vitest';
import { HAS_CORPUS, mutateCorpus } from './helpers/corpus.js';

const OWP29 = 'docs/voldoen-aan-wetten-en-regels/maatregelen/2-owp-29-contractuele-afspraken-data-en-artefacten.md';
const ORG08 = 'docs/voldoen-aan-wetten-en-regels/maatregelen/0-org-08-beslismoment-levenscyclus.md';
const ROBUUST = 'docs/onderwerpen/technische-robuustheid-en-veiligheid.md';
const ONTWIKKELEN = 'docs/levenscyclus/ontwikkelen.md';
const WAT_IS = 'docs/soorten-algoritmes-en-ai/wat-is-een-algoritme.md';

let copy: ReturnType<typeof mutateCorpus> | undefined;

async function linkFindings(mutation: ReturnType<typeof mutateCorpus>, file: string) {
  return (await mutation.findingsOn(file)).filter((finding) => finding.rule?.startsWith('link-'));
}

describe.skipIf(!HAS_CORPUS)('link mutations of the real corpus', () => {
  it('a link inside a !!! example body renamed to a missing page', async () => {
    copy = mutateCorpus();
    copy.edit(OWP29, (text) =>
      text.replace('[auteursrechten](3-dat-05-schending-auteursrechten.md)', '[auteursrechten](3-dat-06-schending-auteursrechten.md)'),
    );
    expect(await linkFindings(copy!, OWP29)).toEqual([
      expect.objectContaining({
        at: '49:91',
        rule: 'link-target',
        expected: ['3-dat-05-schending-auteursrechten.md', '3-dat-06-duurzame-datacenters.md'],
        reason: expect.stringContaining('Bedoel je `3-dat-05-schending-auteursrechten.md` of'),
      }),
    ]);
  });

  it('a link to a heading that was renamed elsewhere', async () => {
    copy = mutateCorpus();
    copy.edit(ROBUUST, (text) => text.replace('## Controleer regelmatig', '## Controleer periodiek'));
    expect(await linkFindings(copy!, ONTWIKKELEN)).toEqual([
      expect.objectContaining({
        at: '15:3',
        rule: 'link-anchor',
        reason: expect.stringContaining('`#controleer-regelmatig` bestaat niet op `onderwerpen/technische-robuustheid-en-veiligheid.md`'),
      }),
      // The corpus's own broken anchor on this page stays reported.
      expect.objectContaining({ at: '17:18', rule: 'link-anchor' }),
    ]);
  });

  it('an image path with a typo', async () => {
    copy = mutateCorpus();
    copy.edit(ORG08, (text) => text.replace('modellevenscyclus_vws.png', 'modellevenscylus_vws.png'));
    expect(await linkFindings(copy!, ORG08)).toEqual([
      expect.objectContaining({
        at: '53:780',
        rule: 'link-target',
        expected: expect.arrayContaining(['../../afbeeldingen/levenscyclus/modellevenscyclus_vws.png']),
      }),
    ]);
  });

  it('a did-you-mean only for a close file: the folder meant, not a look-alike', async () => {
    copy = mutateCorpus();
    // Appended at the end: lines after the corpus's own content.
    copy.edit(ORG08, (text) => `${text}\n[vereisten](../vereisten/index.html) [data](../../rollen/data.md) [x](../../foo.md)\n`);
    const findings = (await linkFindings(copy!, ORG08)).filter((finding) => finding.rule === 'link-target');
    expect(findings.map((finding) => finding.expected ?? [])).toEqual([['../vereisten/index.md'], ['../../onderwerpen/data.md'], []]);
    for (const finding of findings) expect(finding.reason).not.toMatch(/version\.md|DPIA|BIO/);
  });

  it('a live-site URL to a missing page', async () => {
    copy = mutateCorpus();
    copy.edit(WAT_IS, (text) =>
      text.replace(
        '[Europese AI-verordening](../ai-verordening/ai-verordening-in-het-kort.md#ai-systeem)',
        '[Europese AI-verordening](https://minbzk.github.io/Algoritmekader/ai-verordening/ai-verordening-kort/#ai-systeem)',
      ),
    );
    expect(await linkFindings(copy!, WAT_IS)).toEqual([
      expect.objectContaining({ at: '36:111', rule: 'link-live-site', expected: ['../ai-verordening/ai-verordening-in-het-kort.md#ai-systeem'] }),
    ]);
  });

  it('an anchor whose case changed', async () => {
    copy = mutateCorpus();
    copy.edit(WAT_IS, (text) => text.replace('ai-verordening-in-het-kort.md#ai-systeem', 'ai-verordening-in-het-kort.md#AI-systeem'));
    expect(await linkFindings(copy!, WAT_IS)).toEqual([
      expect.objectContaining({
        at: '36:159',
        rule: 'link-anchor',
        expected: ['ai-systeem'],
        reason: expect.stringContaining('ankers zijn hoofdlettergevoelig'),
      }),
    ]);
  });

  it('a link that leaves docs/ is reported and never read', async () => {
    copy = mutateCorpus();
    copy.edit(WAT_IS, (text) => text.replace('(../ai-verordening/ai-verordening-in-het-kort.md#ai-systeem)', '(../../../../etc/passwd)'));
    expect(await linkFindings(copy!, WAT_IS)).toEqual([
      expect.objectContaining({ at: '36:85', rule: 'link-target', reason: expect.stringContaining('gaat buiten de map docs/') }),
    ]);
  });
});
