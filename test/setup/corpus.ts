/**
 * Vitest global setup: says once, at the start, that the corpus tests are
 * skipped and how to get the corpus. In CI a missing corpus is an error
 * instead (test/helpers/corpus.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function corpusNotice(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const source = JSON.parse(readFileSync(path.join(root, 'scripts/corpus-source.json'), 'utf8')) as { folder: string };
  const folder = path.resolve(root, process.env.ALGORITMEKADER_CORPUS ?? source.folder);
  if (existsSync(path.join(folder, 'mkdocs.yml')) || process.env.CI) return;
  console.log(`\nThe real corpus is not at ${folder}: its tests are skipped. \`npm run corpus\` fetches it.\n`);
}
