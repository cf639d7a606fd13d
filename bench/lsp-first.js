// The language server as an editor meets it: start it, initialize, open one
// page, and time from didOpen to its first diagnostics. Prints seconds.
// With --typing: then, half a second later (the author places the cursor),
// type on the page (a key every 30 ms, bursts of 20 keys) and print, per burst, the milliseconds from the last key to the
// publish of that version.
// With --dependents <other page> <heading line text> <new heading text>:
// open both, rename that heading in the other page (unsaved) and print the
// milliseconds until the first page is published again.
// Usage: node lsp-first.js <server> <repository root> <page> [--typing | --dependents …]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [server, root, page, mode] = process.argv.slice(2);
const typing = mode === '--typing';
const dependents = mode === '--dependents' ? process.argv.slice(6) : undefined;
const child = spawn(process.execPath, [server, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
let buffer = Buffer.alloc(0);
let id = 0;
const waiting = new Map();
let opened = 0;
const send = (message) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
};
child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end === -1) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
    buffer = buffer.subarray(end + 4 + length);
    if (message.id !== undefined && !message.method) waiting.get(message.id)?.(message.result);
    else if (message.id !== undefined) send({ id: message.id, result: null });
    else if (message.method === 'textDocument/publishDiagnostics' && opened) onPublish(message.params);
  }
});
const stop = () => {
  send({ id: ++id, method: 'shutdown' });
  send({ method: 'exit' });
  setTimeout(() => process.exit(0), 200);
};
let first = true;
let lastKey = { version: 0, at: 0 };
const waits = [];
let uriOf = '';
let editedAt = 0;
let otherPublished;
async function dependent() {
  const [other, heading, renamed] = dependents;
  const otherFile = path.join(root, other);
  const otherUri = pathToFileURL(otherFile).href;
  const text = readFileSync(otherFile, 'utf8');
  uriOf = pathToFileURL(path.join(root, page)).href;
  const opened = new Promise((resolve) => {
    otherPublished = resolve;
  });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri: otherUri, languageId: 'markdown', version: 1, text } } });
  await opened;
  editedAt = performance.now();
  send({
    method: 'textDocument/didChange',
    params: { textDocument: { uri: otherUri, version: 2 }, contentChanges: [{ text: text.replace(heading, renamed) }] },
  });
}
function onPublish(params) {
  const { version } = params;
  if (otherPublished && params.uri !== pathToFileURL(path.join(root, page)).href) {
    otherPublished();
    otherPublished = undefined;
    return;
  }
  if (first) {
    first = false;
    process.stdout.write(`${((performance.now() - opened) / 1000).toFixed(3)}\n`);
    if (typing) void type();
    else if (dependents) void dependent();
    else stop();
    return;
  }
  if (uriOf === params.uri && editedAt) {
    process.stdout.write(`${(performance.now() - editedAt).toFixed(1)}\n`);
    editedAt = 0;
    stop();
  }
  if (version === lastKey.version) waits.shift()?.(performance.now() - lastKey.at);
}
async function type() {
  const file = path.join(root, page);
  const uri = pathToFileURL(file).href;
  let text = readFileSync(file, 'utf8');
  let version = 1;
  const latencies = [];
  // The author looks at the page and places the cursor before typing.
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (let burst = 0; burst < 10; burst++) {
    for (let key = 0; key < 20; key++) {
      text += key % 5 === 4 ? ' ' : 'x';
      version++;
      send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text }] } });
      lastKey = { version, at: performance.now() };
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    latencies.push(await new Promise((resolve) => waits.push(resolve)));
  }
  process.stdout.write(`${latencies.map((ms) => ms.toFixed(1)).join(' ')}\n`);
  stop();
}
const request = (method, params) =>
  new Promise((resolve) => {
    waiting.set(++id, resolve);
    send({ id, method, params });
  });
await request('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}, workspaceFolders: null });
send({ method: 'initialized', params: {} });
const file = path.join(root, page);
opened = performance.now();
send({
  method: 'textDocument/didOpen',
  params: { textDocument: { uri: pathToFileURL(file).href, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } },
});
