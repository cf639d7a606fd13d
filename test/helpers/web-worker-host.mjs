// Runs the web language server (editors/vscode/dist/web-server.js, built for
// a browser's web worker) in Node for tests: a `self` whose messages are the
// LSP messages on stdin and stdout (Content-Length framing), as LspClient
// speaks them. Nothing of Node is visible to the bundle but that `self` and
// the timers and the globals every web worker has.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

const listeners = { message: [], error: [], unhandledrejection: [] };
const bundle = process.argv.at(-1);
const self = {
  // Emscripten's glue (Hunspell) tells a worker by these, and reads its folder from `location`.
  location: { href: pathToFileURL(bundle).href },
  onmessage: undefined,
  postMessage(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`);
    process.stdout.write(body);
  },
  addEventListener(type, listener) {
    listeners[type]?.push(listener);
  },
  removeEventListener(type, listener) {
    listeners[type] = (listeners[type] ?? []).filter((other) => other !== listener);
  },
};

let buffer = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd === -1) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const data = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.subarray(headerEnd + 4 + length);
    for (const listener of [self.onmessage, ...listeners.message]) listener?.({ data });
  }
});
process.stdin.on('end', () => process.exit(0));

const context = vm.createContext({
  self,
  console,
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  queueMicrotask,
  TextEncoder,
  TextDecoder,
  URL,
  performance,
  atob,
  btoa,
  importScripts() {
    throw new Error('importScripts: not in this host');
  },
});
context.globalThis = context;
vm.runInContext(readFileSync(bundle, 'utf8'), context, { filename: bundle });
