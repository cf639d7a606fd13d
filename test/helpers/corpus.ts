/** The real corpus (../shared/corpus/algoritmekader) and temporary copies of it to mutate. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../../src/run/engine.js';
import { ROOT } from './rule-docs.js';

export const CORPUS = path.resolve(ROOT, '../shared/corpus/algoritmekader');
export const HAS_CORPUS = existsSync(path.join(CORPUS, 'mkdocs.yml'));

/** A fresh copy of the corpus in a temporary folder; `cleanup()` removes it. */
export function copyCorpus(): { root: string; edit: (file: string, change: (text: string) => string) => void; cleanup: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ak-corpus-'));
  cpSync(CORPUS, root, { recursive: true, verbatimSymlinks: true });
  return {
    root,
    edit(file, change) {
      const target = path.join(root, file);
      const before = readFileSync(target, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`mutation of ${file} changed nothing`);
      writeFileSync(target, after);
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The findings on one page of a repository, as `line:column`, end, rule and the rest. */
export async function findingsOn(root: string, file: string) {
  const { files } = await lint({ cwd: root, paths: [file] });
  return files[0].messages.map((message) => ({
    at: `${message.line}:${message.column}`,
    end: message.place && 'end' in message.place ? `${message.place.end.line}:${message.place.end.column}` : '',
    rule: message.ruleId,
    source: message.source,
    url: message.url,
    reason: message.reason,
    expected: message.expected,
  }));
}
