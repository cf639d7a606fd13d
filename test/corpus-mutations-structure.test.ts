import { describe, expect, it } from 'vitest';
import { HAS_CORPUS, mutateCorpus } from './helpers/corpus.js';

const FOLDER = 'docs/voldoen-aan-wetten-en-regels';
const IMP03 = `${FOLDER}/maatregelen/6-imp-03-menselijke-tussenkomst.md`;
const AIA01 = `${FOLDER}/vereisten/aia-01-ai-geletterdheid.md`;
const DPIA = `${FOLDER}/hulpmiddelen/DPIA.md`;

let copy: ReturnType<typeof mutateCorpus> | undefined;

describe.skipIf(!HAS_CORPUS)('structure mutations of the real corpus', () => {
  it('a vereiste entry with one letter changed: the item value, with the original as the fix', async () => {
    copy = mutateCorpus();
    copy.edit(IMP03, (text) => text.replace('- aia-09-menselijk-toezicht', '- aia-09-menselijk-toezocht'));
    expect(await copy.findingsOn(IMP03)).toEqual([
      expect.objectContaining({
        at: '10:3',
        end: '10:28',
        rule: 'reference-exists',
        source: 'algoritmekader-lint',
        url: expect.stringMatching(/docs\/rules\/reference-exists\.md$/),
        expected: ['aia-09-menselijk-toezicht'],
        reason: expect.stringContaining('Bedoel je `aia-09-menselijk-toezicht`?'),
      }),
    ]);
  });

  it('a maatregel entry pointing at a removed file', async () => {
    copy = mutateCorpus();
    copy.remove(`${FOLDER}/maatregelen/4-owk-03-privacyrisico.md`);
    const findings = (await copy.findingsOn(DPIA)).filter((finding) => finding.rule !== 'toelichting-max-words');
    expect(findings).toEqual([
      expect.objectContaining({
        at: '16:3',
        rule: 'reference-exists',
        reason: expect.stringContaining('`4-owk-03-privacyrisico` onder `maatregel:` is geen bestaande maatregel'),
      }),
    ]);
  });

  it('a vereiste whose list_maatregelen names another vereiste', async () => {
    copy = mutateCorpus();
    copy.edit(AIA01, (text) =>
      text.replace('list_maatregelen vereiste/aia-01-ai-geletterdheid', 'list_maatregelen vereiste/aia-02-documentatie-beoordeling-niet-hoog-risico-ai'),
    );
    expect(await copy.findingsOn(AIA01)).toEqual([
      expect.objectContaining({ at: '98:23', rule: 'site-markers', expected: ['vereiste/aia-01-ai-geletterdheid'] }),
    ]);
  });

  it('a maatregel without <!-- tags -->', async () => {
    copy = mutateCorpus();
    copy.edit(IMP03, (text) => text.replace('<!-- tags -->\n', ''));
    expect(await copy.findingsOn(IMP03)).toEqual([
      expect.objectContaining({ at: '33:1', rule: 'site-markers', reason: expect.stringContaining('`<!-- tags -->` ontbreekt in deze maatregel') }),
    ]);
  });

  it('## Risico deleted', async () => {
    copy = mutateCorpus();
    copy.edit(IMP03, (text) => text.replace('## Risico\n', ''));
    expect(await copy.findingsOn(IMP03)).toEqual([
      expect.objectContaining({
        at: '77:1',
        rule: 'required-sections',
        reason: expect.stringContaining('Deze maatregel mist de sectie `## Risico`. Voeg die toe vóór `## Bijbehorende vereiste(n)`'),
      }),
    ]);
  });

  it('## Bronnen renamed to ## Bron: misspelt, with the right heading as the fix', async () => {
    copy = mutateCorpus();
    copy.edit(IMP03, (text) => text.replace('## Bronnen\n', '## Bron\n'));
    expect(await copy.findingsOn(IMP03)).toEqual([expect.objectContaining({ at: '82:4', end: '82:8', rule: 'required-sections', expected: ['Bronnen'] })]);
  });

  it('two sections swapped', async () => {
    copy = mutateCorpus();
    copy.edit(AIA01, (text) => {
      const start = text.indexOf('## Van toepassing op');
      const middle = text.indexOf('## Risico');
      const end = text.indexOf('## Maatregelen');
      return text.slice(0, start) + text.slice(middle, end) + text.slice(start, middle) + text.slice(end);
    });
    const findings = await copy.findingsOn(AIA01);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'section-order', reason: expect.stringContaining('`## Van toepassing op` staat na `## Risico`') }),
    ]);
  });
});
