/**
 * Every Dutch text a user reads (rule messages, phrases, descriptions, the
 * reports' and notices' words, --help) read against a list of de- and
 * het-words: "het beveiligde verbinding" or "deze bestand" fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { HELP } from '../src/entries/cli/args.js';
import { ROOT } from './helpers/rule-docs.js';

/** Nouns our texts use, by article (singular; plurals all take "de"). */
const DE_WORDS = [
  'pagina',
  'link',
  'verbinding',
  'sectie',
  'regel',
  'maatregel',
  'vereiste',
  'waarde',
  'map',
  'URN',
  'titel',
  'toelichting',
  'frontmatter',
  'code',
  'kop',
  'lijst',
  'naam',
  'bestandsnaam',
  'melding',
  'site',
  'configuratie',
  'tekst',
  'rij',
  'categorie',
  'sleutel',
  'bron',
  'opdracht',
  'versie',
  'taal',
  'URL',
  'tabel',
  'afbeelding',
  'punt',
  'map',
  'waarschuwing',
  'fout',
  'reden',
  'omleiding',
  'server',
  'plek',
  'opmerking',
  'verwijzing',
  'annotatie',
  'stap',
  'controle',
  'cache',
  'oplossing',
  'repository',
];
const HET_WORDS = [
  'bestand',
  'anker',
  'veld',
  'label',
  'commentaar',
  'sjabloon',
  'getal',
  'adres',
  'hulpmiddel',
  'item',
  'document',
  'type',
  'schema',
  'woord',
  'voorbeeld',
  'onderwerp',
  'doel',
  'nummer',
  'certificaat',
  'antwoord',
  'overzicht',
  'begin',
  'einde',
  'log',
];

const noun = (words: string[]) => `(?:${words.join('|')})`;
// An article or demonstrative, an optional inflected adjective, then the noun.
const WRONG_HET = new RegExp(`\\b(?:het|dit)\\s+(?:[a-zé]+e\\s+)?${noun(DE_WORDS)}\\b`, 'i');
const WRONG_DE = new RegExp(`\\b(?:de|deze|die)\\s+(?:[a-zé]+e\\s+)?${noun(HET_WORDS)}\\b`, 'i');

/** `nl: '…'` literals in our sources (reports, notices, summaries), besides the rules' metadata. */
function dutchLiterals(): string[] {
  const texts: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts')) {
        for (const match of readFileSync(file, 'utf8').matchAll(/\bnl:\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) texts.push(match[2]);
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  return texts;
}

function allDutch(): string[] {
  const fromRules = rules.flatMap(({ meta }) => [
    meta.description.nl,
    ...Object.values(meta.messages).map((message) => message.nl),
    ...Object.values(meta.phrases ?? {}).map((phrase) => phrase.nl),
  ]);
  return [...fromRules, ...dutchLiterals(), ...HELP.nl.split('\n')];
}

describe('Dutch articles', () => {
  it('the check is not silent: it catches the mistakes it is for', () => {
    expect(WRONG_HET.test('Het beveiligde verbinding mislukt')).toBe(true);
    expect(WRONG_DE.test('deze bestand bestaat niet')).toBe(true);
    expect(WRONG_HET.test('het bestand en de verbinding')).toBe(false);
    expect(WRONG_DE.test('de bestanden')).toBe(false);
  });

  it('every Dutch text uses the right article', () => {
    const texts = allDutch();
    expect(texts.length).toBeGreaterThan(150);
    const wrong = texts.filter((text) => WRONG_HET.test(text) || WRONG_DE.test(text));
    expect(wrong).toEqual([]);
  });
});
