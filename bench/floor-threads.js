// The floor on every core: the same work as floor.js (read and parse every
// page with our parser set-up, no rules), the pages split over worker threads,
// one per core. Shows whether parsing in parallel would pay on this machine.
// Usage: node floor-threads.mjs <repository root> [threads]
import os from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { resolveConfig } from '../dist/src/config/config.js';
import { parsePage } from '../dist/src/parsing/parser.js';
import { Repository } from '../dist/src/repository/repository.js';
import { readPageSource } from '../dist/src/repository/source.js';

/** Parse every `threads`-th page from `offset`; the number of top-level nodes (so the work cannot be skipped). */
function parseShare(root, offset, threads) {
  const repository = new Repository(root, resolveConfig());
  let nodes = 0;
  repository.pagePaths().forEach((file, index) => {
    if (index % threads === offset) nodes += parsePage(readPageSource(file, repository.root).value).children.length;
  });
  return nodes;
}

if (isMainThread) {
  const root = path.resolve(process.argv[2] ?? '.');
  const threads = Number(process.argv[3] ?? os.availableParallelism());
  const workers = Array.from(
    { length: threads - 1 },
    (_, index) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { root, offset: index + 1, threads } });
        worker.once('message', resolve).once('error', reject);
      }),
  );
  const nodes = parseShare(root, 0, threads) + (await Promise.all(workers)).reduce((sum, count) => sum + count, 0);
  if (nodes === 0) process.exitCode = 1;
} else {
  parentPort.postMessage(parseShare(workerData.root, workerData.offset, workerData.threads));
}
