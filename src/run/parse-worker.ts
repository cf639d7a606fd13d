/**
 * A worker thread of a cold lint run: parses its share of the pages, sends
 * their facts to the main thread, receives the facts of all other pages, and
 * checks its pages against the complete model. Trees never cross threads.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { VFile } from 'vfile';
import { type StoredRecord, storeMessages, storeRecord } from './cache.js';
import { configFor } from '../config/config.js';
import { createProcessor, recordPage, safeParse } from './linting.js';
import type { WorkerCheck, WorkerInput } from './parallel.js';
import { Repository } from '../repository/repository.js';

const input = workerData as WorkerInput;
const config = configFor(input.root, input.extra);
config.lang = input.lang;
const repository = new Repository(input.root, config);
for (const docsPath of input.extraFiles) repository.listing.files.add(docsPath);

const pages = new Map<string, { tree: ReturnType<typeof safeParse>['tree']; value: string; problem: ReturnType<typeof safeParse>['problem'] }>();
const records: Array<{ record: StoredRecord; problem?: ReturnType<typeof safeParse>['problem'] }> = [];
for (const page of input.pages) {
  const { tree, problem } = safeParse(page.value, page.problem);
  pages.set(page.file, { tree, value: page.value, problem });
  records.push({ record: storeRecord(recordPage(repository, page.file, tree, page.value, page.mtimeMs)), problem });
}
parentPort!.postMessage({ type: 'records', records });

parentPort!.once('message', async (message: WorkerCheck) => {
  for (const record of message.records) repository.importRecord(record.path, record);
  const processor = createProcessor({ root: input.root, config: input.extra, lang: input.lang, rules: config.rules });
  const results = [];
  for (const file of message.check) {
    const page = pages.get(file)!;
    const vfile = new VFile({ path: path.relative(input.cwd, file) || file, cwd: input.cwd, value: page.value });
    vfile.data.algoritmekaderRepository = repository;
    if (page.problem) vfile.data.sourceProblem = page.problem;
    await processor.run(page.tree, vfile);
    results.push({ file, messages: storeMessages(vfile) });
  }
  parentPort!.postMessage({ type: 'results', results });
});
