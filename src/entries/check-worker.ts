/**
 * The language server's checker: a worker thread that holds each
 * repository's session (with the unsaved text of open pages) and, one request
 * at a time, checks a page, forgets a closed page's unsaved text, or takes in
 * changes on disk. It answers which other pages depend on a page whose facts
 * (headings, anchors, URN, frontmatter) changed, so the server re-checks those
 * that are open. The server can end it at any time; a new one starts for the
 * next request.
 */
import { parentPort } from 'node:worker_threads';
import { type CheckRequest, handleRequest } from './check-handler.js';

export type { CheckReply, CheckRequest } from './check-handler.js';

parentPort!.on('message', (request: CheckRequest) => parentPort!.postMessage(handleRequest(request)));
