/**
 * Hostile page shapes (bench/hostile-shapes.js): every page up to its bound
 * is accepted for checking, every page past it is refused with a message
 * instead of being parsed for minutes. How long they take is measured by `npm run bench`
 * (bench/hostile.js), not here; the test timeout only guards against a hang.
 */
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../bench/hostile-shapes.js';
import { memoryFiles } from '../src/repository/file-source.js';
import { decodePage } from '../src/repository/source.js';
import { lint } from '../src/run/engine.js';

const ROOT = '/algoritmekader-hostile';
const encodingMessages = async (text: string) => {
  const { files } = await lint({ root: ROOT, cwd: ROOT, files: memoryFiles(ROOT, { 'mkdocs.yml': '', 'docs/pagina.md': text }), only: ['file-encoding'] });
  return files[0].messages.map((message) => message.messageId);
};

describe('a page refused unparsed', () => {
  it('gets only the reason it was refused, not the findings of an empty page (no frontmatter, no sections)', async () => {
    const files = memoryFiles(ROOT, {
      'mkdocs.yml': '',
      'docs/voldoen-aan-wetten-en-regels/maatregelen/1-pba-01-x.md': `---\ntitle: T\n---\n\n${'*_'.repeat(3000)}\n`,
    });
    const { files: linted } = await lint({ root: ROOT, cwd: ROOT, files });
    expect(linted[0].messages.map((message) => `${message.ruleId}/${message.messageId}`)).toEqual(['file-encoding/tooComplex']);
    expect(linted[0].messages[0].reason).toMatch(/6000 nadruktekens \(`\*` en `_`\) \(grens: 2000\)/);
  });
});

describe('hostile page shapes', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: accepted up to its bound`, () => {
      expect(decodePage(Buffer.from(shape.make(shape.limit))).problem).toBeUndefined();
    });
    if (shape.beyond) {
      it(`${shape.name}: refused past its bound, with a message`, async () => {
        const [messageId] = await encodingMessages(shape.beyond!());
        expect(['tooLarge', 'tooComplex', 'tooDeep']).toContain(messageId);
      });
    }
  }
});
