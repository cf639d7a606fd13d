// Bundles the VS Code extension's web parts (VS Code for the Web: github.dev,
// vscode.dev) into editors/vscode/dist: the extension host's code
// (web-extension.js) and the language server for a web worker
// (web-server.js), minified, for `platform: 'browser'`. Node's built-in
// modules are replaced by our shims (scripts/web-shims/; `path` by
// path-browserify, Buffer by the `buffer` package); the build fails when any
// Node built-in is left in either file. Run after tsc (the server is built
// from dist/src, like bundle/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { glueWithoutWasm } from './hunspell-glue.mjs';

const OUT = 'editors/vscode/dist';
const SHIMS = path.resolve('scripts/web-shims');
/** Where the package's own files are in the browser (src/package-info.ts finds package.json upward from its module). */
const PACKAGE_ROOT = '/algoritmekader-lint';
const require = createRequire(import.meta.url);

const shimOf = {
  path: require.resolve('path-browserify'),
  fs: path.join(SHIMS, 'fs.cjs'),
  url: path.join(SHIMS, 'url.cjs'),
  crypto: path.join(SHIMS, 'crypto.cjs'),
  module: path.join(SHIMS, 'module.cjs'),
  buffer: require.resolve('buffer/'),
};
const unavailable = path.join(SHIMS, 'unavailable.cjs');

/** The package's files the shared code reads at run time: package.json and the frontmatter schemas. */
function packageFiles() {
  const files = { [`${PACKAGE_ROOT}/package.json`]: readFileSync('package.json', 'utf8') };
  for (const name of readdirSync('schemas').filter((file) => file.endsWith('.schema.json')))
    files[`${PACKAGE_ROOT}/schemas/${name}`] = readFileSync(path.join('schemas', name), 'utf8');
  return files;
}

const nodeBuiltins = {
  name: 'node-builtins',
  setup(context) {
    // `buffer` and `process` without `node:` are also npm packages (the Buffer shim's own import).
    const names = new Set(builtinModules.flatMap((name) => (name === 'buffer' || name === 'process' ? [`node:${name}`] : [name, `node:${name}`])));
    context.onResolve({ filter: /.*/ }, (args) => {
      if (!names.has(args.path)) return undefined;
      const name = args.path.replace(/^node:/, '').split('/')[0];
      return { path: shimOf[name] ?? unavailable };
    });
  },
};

// `createRequire(import.meta.url)('literal')` (lazy loading in src/) becomes a
// bundled require; hunspell's node glue its browser glue.
const BROWSER_GLUE = 'hunspell-asm/dist/cjs/lib/browser/hunspell.js';
const lazyRequires = {
  name: 'lazy-requires',
  setup(context) {
    context.onLoad({ filter: /dist[\\/]src[\\/].*\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/createRequire\(import\.meta\.url\)\((['"])([^'"]+)\1\)/g, (_, quote, specifier) =>
        specifier.startsWith('hunspell-asm/') ? `require(${JSON.stringify(BROWSER_GLUE)})` : `require(${quote}${specifier}${quote})`,
      ),
      loader: 'js',
    }));
  },
};


const common = {
  bundle: true,
  minify: true,
  platform: 'browser',
  target: 'es2022',
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
};

const server = await build({
  ...common,
  entryPoints: { 'web-server': 'dist/src/entries/web-language-server.js' },
  format: 'iife',
  // A web worker has no `document`: packages' `worker` builds first (decode-named-character-reference's `browser` build needs the DOM).
  conditions: ['worker', 'browser'],
  outdir: OUT,
  plugins: [nodeBuiltins, lazyRequires, glueWithoutWasm('browser')],
  inject: [path.join(SHIMS, 'globals.mjs')],
  define: {
    'import.meta.url': JSON.stringify(`file://${PACKAGE_ROOT}/dist/src/entries/web-language-server.js`),
    __AK_PACKAGE_FILES__: JSON.stringify(packageFiles()),
  },
});

const extension = await build({
  ...common,
  entryPoints: { 'web-extension': 'editors/vscode/src/web-extension.ts' },
  format: 'cjs',
  outdir: OUT,
  external: ['vscode'],
});

// No Node built-in may be left: the browser has none.
for (const result of [server, extension]) {
  for (const [input, { imports }] of Object.entries(result.metafile.inputs)) {
    const left = imports.filter((item) => item.external && item.path !== 'vscode' && !item.path.startsWith('<define:') && !item.path.startsWith(SHIMS));
    if (left.length) throw new Error(`bundle-web: ${input} imports ${left.map((item) => item.path).join(', ')}`);
  }
  for (const output of Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'))) {
    const text = readFileSync(output, 'utf8');
    const found = /\b(?:require\(|from\s*|import\()\s*["'](node:[a-z_/]+|fs|path|child_process|worker_threads)["']/.exec(text);
    if (found) throw new Error(`bundle-web: ${output} still loads ${found[1]}`);
    if (output.endsWith('web-server.js')) console.log(`web-server.js: ${Math.round(statSync(output).size / 1024)} KiB minified`);
  }
}
