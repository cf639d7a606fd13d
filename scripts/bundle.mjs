// Bundles the CLI and the language server into dist/bundle (shared chunks,
// heavy parts loaded on first need): one file to read instead of hundreds of
// modules, which is most of a cached run's start-up time.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { bin: 'dist/src/entries/cli/bin.js', 'language-server': 'dist/src/entries/language-server.js', processor: 'dist/src/entries/processor.js', 'check-worker': 'dist/src/entries/check-worker.js' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist/bundle',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  // CommonJS dependencies (ajv, yaml's helpers) call require().
  banner: { js: "import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);" },
  logLevel: 'warning',
});
