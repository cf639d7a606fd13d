// Bundles the entry points into bundle/ (committed): the CLI, the GitHub
// Action, the language server and its helpers. Everything they need is in
// the bundle, so the Action and the pre-commit hook run from a checkout of a
// tag with no install and no build. Shared chunks; heavy parts are loaded on
// first need. The check-dist workflow fails when the committed copy is stale.
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const OUT = 'bundle';
rmSync(OUT, { recursive: true, force: true });

// Modules loaded lazily are written `createRequire(import.meta.url)('literal')`
// in src/ (that works unbundled); here they become plain `require('literal')`,
// which esbuild takes into the bundle, still evaluated on first need.
const lazyRequires = {
  name: 'lazy-requires',
  setup(context) {
    context.onLoad({ filter: /dist[\\/]src[\\/].*\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/createRequire\(import\.meta\.url\)\(/g, 'require('),
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: {
    cli: 'dist/src/entries/cli/bin.js',
    action: 'dist/src/entries/action-bin.js',
    'language-server': 'dist/src/entries/language-server.js',
    processor: 'dist/src/entries/processor.js',
    'check-worker': 'dist/src/entries/check-worker.js',
  },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.18',
  outdir: OUT,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  plugins: [lazyRequires],
  // CommonJS code in the bundle calls require() for Node's own modules.
  banner: { js: "import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});

for (const bin of ['cli', 'language-server']) chmodSync(`${OUT}/${bin}.mjs`, 0o755);
