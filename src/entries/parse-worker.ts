/**
 * A worker thread that parses one page and hands the tree back: the CLI
 * parses a page that comes near a parse budget here, so that a shape no
 * budget knows yet is ended after a time limit instead of stalling the run.
 */
import { parentPort } from 'node:worker_threads';
import { parsePage } from '../parsing/parser.js';

parentPort!.on('message', (text: string) => {
  try {
    parentPort!.postMessage({ tree: parsePage(text) });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error)?.message ?? String(error) });
  }
});
