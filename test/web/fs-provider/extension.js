// Test only: the workspace of test/vscode-web.test.ts, a folder on the test's
// loopback HTTP server, as the file system `ak-test:` (read, write, list),
// like github.dev's repository file system: every read is a request.
const vscode = require('vscode');

function activate(context) {
  const origin = `${context.extensionUri.scheme}://${context.extensionUri.authority}`;
  const changes = new vscode.EventEmitter();
  const url = (kind, uri) => `${origin}/fs-${kind}${uri.path}`;
  const notFound = (uri) => vscode.FileSystemError.FileNotFound(uri);
  async function get(kind, uri) {
    const response = await fetch(url(kind, uri));
    if (response.status === 404) throw notFound(uri);
    if (!response.ok) throw vscode.FileSystemError.Unavailable(uri);
    return response;
  }
  const provider = {
    onDidChangeFile: changes.event,
    watch: () => new vscode.Disposable(() => {}),
    async stat(uri) {
      return (await get('stat', uri)).json();
    },
    async readDirectory(uri) {
      return (await get('dir', uri)).json();
    },
    async readFile(uri) {
      return new Uint8Array(await (await get('file', uri)).arrayBuffer());
    },
    async writeFile(uri, content) {
      const response = await fetch(url('file', uri), { method: 'PUT', body: content });
      if (!response.ok) throw vscode.FileSystemError.Unavailable(uri);
      changes.fire([{ type: vscode.FileChangeType.Changed, uri }]);
    },
    createDirectory() {
      throw vscode.FileSystemError.NoPermissions('read-only folders');
    },
    delete() {
      throw vscode.FileSystemError.NoPermissions('read-only folders');
    },
    rename() {
      throw vscode.FileSystemError.NoPermissions('read-only folders');
    },
  };
  context.subscriptions.push(vscode.workspace.registerFileSystemProvider('ak-test', provider, { isCaseSensitive: true }));
}

module.exports = { activate };
