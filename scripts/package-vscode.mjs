// Packages the VS Code extension (editors/vscode) as one .vsix for the
// desktop and the web: the extension code bundled with vscode-languageclient,
// the language server copied from bundle/ (Node), and the web extension with
// its web-worker server (scripts/bundle-web.mjs). Run after the build: npm run
// package:vscode.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const extension = 'editors/vscode';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const manifestFile = path.join(extension, 'package.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
if (manifest.version !== version) {
  manifest.version = version;
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
}

rmSync(path.join(extension, 'dist'), { recursive: true, force: true });
rmSync(path.join(extension, 'server'), { recursive: true, force: true });
await build({
  entryPoints: [path.join(extension, 'src/extension.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  outfile: path.join(extension, 'dist/extension.cjs'),
  logLevel: 'warning',
});
// The web extension and its server (VS Code for the Web), into dist/ beside the Node entry.
await import('./bundle-web.mjs');
// The server and what it reads at run time (the frontmatter schemas); not the CLI or the Action.
const unused = new Set(['cli.mjs', 'action.mjs']);
cpSync('bundle', path.join(extension, 'server'), { recursive: true, filter: (source) => !unused.has(path.relative('bundle', source)) });
rmSync(path.join(extension, 'schemas'), { recursive: true, force: true });
cpSync('schemas', path.join(extension, 'schemas'), { recursive: true, filter: (source) => source === 'schemas' || source.endsWith('.schema.json') });
cpSync('LICENSE', path.join(extension, 'LICENSE'));
const vsix = path.resolve(`dist/algoritmekader-lint-${version}.vsix`);
execFileSync(process.execPath, [path.resolve('node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix], { cwd: extension, stdio: ['ignore', 'ignore', 'inherit'] });
