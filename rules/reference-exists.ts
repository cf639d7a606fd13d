/**
 * Every entry of `vereiste:` and `maatregel:` names an existing page of that
 * kind by its file name without `.md`. The site renders an unknown name as a
 * plain, unclickable row without any warning.
 */
import path from 'node:path';
import type { ItemKind } from '../src/config/config.js';
import type { Repository } from '../src/repository/repository.js';
import { defineRule } from '../src/rule-kit/define-rule.js';
import { closest, closestItemNames } from '../src/rule-kit/suggest.js';

export default defineRule(
  {
    id: 'reference-exists',
    severity: 'error',
    fixable: true,
    kinds: ['maatregel', 'vereiste', 'hulpmiddel'],
    description: {
      nl: 'Elke naam onder `vereiste:` en `maatregel:` is de bestandsnaam (zonder `.md`) van een bestaande pagina.',
      en: 'Every name under `vereiste:` and `maatregel:` is the file name (without `.md`) of an existing page.',
    },
    messages: {
      unknown: {
        nl: '`{name}` onder `{key}:` is geen bestaande {target}; de site toont hier een rij zonder link.{hint}',
        en: '`{name}` under `{key}:` is not an existing {target}; the site shows a row without a link here.{hint}',
      },
      wrongForm: {
        nl: '`{name}` onder `{key}:` is {form}; schrijf alleen de bestandsnaam zonder `.md`: `{expected}`.',
        en: '`{name}` under `{key}:` is {form}; write only the file name without `.md`: `{expected}`.',
      },
    },
    phrases: {
      urn: { nl: 'een URN', en: 'a URN' },
      path: { nl: 'een pad', en: 'a path' },
      withMd: { nl: 'geschreven met `.md`', en: 'written with `.md`' },
      otherForm: { nl: 'anders geschreven', en: 'written differently' },
    },
  },
  ({ frontmatter, repository, report, phrase, didYouMean }) => {
    for (const [key, target] of Object.entries(repository.config.references) as Array<[string, ItemKind]>) {
      const entries = frontmatter.data[key];
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry, index) => {
        if (typeof entry !== 'string' || repository.findByName(target, entry)) return;
        const place = frontmatter.positionOf([key, index]);
        const corrected = normalForm(entry, target, repository);
        if (corrected) {
          const form = phrase(formOf(entry));
          report('wrongForm', place, { name: entry, key, form, expected: corrected }, { expected: [corrected], actual: entry, fix: true });
          return;
        }
        const suggestions = closestItemNames(entry, repository.namesOf(target));
        const hint = didYouMean(suggestions);
        // Applied by --fix only when the one candidate is a typo of the whole name, not a code-only match.
        const safe = suggestions.length === 1 && closest(entry, suggestions).length === 1;
        report('unknown', place, { name: entry, key, target, hint }, { expected: suggestions, actual: entry, fix: safe });
      });
    }
  },
);

/** The file name meant by an entry written with `.md`, as a path, or as a URN; undefined if none. */
function normalForm(entry: string, target: ItemKind, repository: Repository): string | undefined {
  const trimmed = entry.trim();
  if (trimmed.startsWith('urn:')) {
    const page = repository.pagesWithUrn(trimmed).find((candidate) => candidate.kind === target);
    return page?.name;
  }
  const name = path.posix.basename(trimmed.replace(/\\/g, '/')).replace(/\.md$/i, '');
  if (name !== entry && repository.findByName(target, name)) return name;
  return undefined;
}

/** The phrase that says how an entry is written wrongly. */
function formOf(entry: string): string {
  if (entry.startsWith('urn:')) return 'urn';
  if (/[\\/]/.test(entry)) return 'path';
  if (/\.md$/i.test(entry)) return 'withMd';
  return 'otherForm';
}
