/**
 * The language server's checker: a worker thread that parses and checks one
 * page at a time with the preset, keeping each repository's session (and so
 * the unsaved text of pages checked before) between requests. The server can
 * end it at any time; a new one starts for the next request.
 */
import { parentPort } from 'node:worker_threads';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { storeMessages } from '../run/cache.js';
import remarkAlgoritmekader from './preset.js';

export interface CheckRequest {
  id: number;
  path: string;
  cwd: string;
  text: string;
}

const processor = unified().use(remarkParse).use(remarkAlgoritmekader).freeze();

parentPort!.on('message', (request: CheckRequest) => {
  const file = new VFile({ path: request.path, cwd: request.cwd, value: request.text });
  try {
    processor.runSync(processor.parse(file), file);
  } catch (error) {
    file.message(`algoritmekader-lint: ${(error as Error)?.message ?? String(error)}`);
  }
  parentPort!.postMessage({ id: request.id, messages: storeMessages(file) });
});
