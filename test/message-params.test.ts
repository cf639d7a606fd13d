/**
 * A message's `{name}` placeholders are its parameters: `report` must pass
 * each of them and nothing else (a type error otherwise, checked by `tsc -p
 * tsconfig.test.json`), and the Dutch and English texts use the same ones.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { defineRule } from '../src/rule-kit/define-rule.js';
import type { Placeholders } from '../src/rule-kit/i18n.js';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

describe('message parameters', () => {
  it('the Dutch and English text of every message and phrase use the same placeholders', () => {
    const texts = rules.flatMap((rule) =>
      Object.entries({ ...rule.meta.messages, ...rule.meta.phrases }).map(([id, text]) => ({ id: `${rule.meta.id}:${id}`, ...text })),
    );
    expect(texts.length).toBeGreaterThan(100);
    for (const { id, nl, en } of texts) expect(placeholders(en), id).toEqual(placeholders(nl));
  });

  it('a placeholder is a word in braces; other braces in a text are none', () => {
    const names: Array<Placeholders<'`{key}` in `["warn", {…}]` of {thisKind}: { x } {Where}'>> = ['key', 'thisKind', 'Where'];
    // @ts-expect-error `…` is no placeholder
    const none: Placeholders<'`["warn", {…}]`'> = '…';
    expect([names, none]).toHaveLength(2);
  });

  it('report takes exactly the placeholders of its message; the page kind ({thisKind}) is filled by the rule kit', () => {
    const rule = defineRule(
      {
        id: 'example',
        severity: 'warn',
        description: { nl: 'Een voorbeeld.', en: 'An example.' },
        messages: {
          tooLong: { nl: '{ThisKind} telt {count} woorden.', en: '{ThisKind} has {count} words.' },
          plain: { nl: 'Geen parameters hier.', en: 'No parameters here.' },
        },
      },
      ({ report }) => {
        report('tooLong', undefined, { count: 3 });
        report('plain', undefined);
        report('plain', undefined, {}, { info: true });
        // @ts-expect-error {count} is missing
        report('tooLong', undefined, {});
        // @ts-expect-error {kind} is used by neither text
        report('tooLong', undefined, { count: 3, kind: 'maatregel' });
        // @ts-expect-error a message without placeholders takes none
        report('plain', undefined, { count: 3 });
      },
    );
    expect(Object.keys(rule.meta.messages)).toEqual(['tooLong', 'plain']);
  });
});
