// node:url in the browser: `file:` URLs of POSIX paths (the model's paths; the
// virtual workspace's own URIs are mapped in src/entries/lsp/uris.ts).
function fileURLToPath(url) {
  const parsed = new URL(String(url));
  if (parsed.protocol !== 'file:') throw new TypeError('The URL must be of scheme file');
  return decodeURIComponent(parsed.pathname);
}

function pathToFileURL(file) {
  return new URL(`file://${String(file).split('/').map(encodeURIComponent).join('/')}`);
}

module.exports = { fileURLToPath, pathToFileURL, URL };
