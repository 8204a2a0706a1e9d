// Bundles the CLI (after `tsc -b`) with core into dist/aiguard.cjs, the one file every `aiguard` runs (the workspace's
// bin/aiguard.js, the published package and the standalone binaries), the ink/react terminal UI into
// dist/terminal-ui/*.mjs, loaded only when a terminal UI is drawn, and chokidar and simple-git into dist/chunks/*.cjs,
// loaded only by `watch` and `hook install`.
// `--sea FILE` writes FILE instead: the same CLI without a UI to load and with its chunks inside (a standalone binary
// has no files beside it, and isInteractive() is false there).
// CommonJS for the same reason as bundle-hook.mjs; the UI stays ES modules because yoga-layout (ink) uses top-level await.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { CHUNKED_PACKAGES, lazyBuiltins, packagesAsChunks } from './bundle-plugins.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const seaOut = parseArgs({ options: { sea: { type: 'string' } } }).values.sea;
const isSea = seaOut !== undefined;

// The modules that import ink and react; the CLI reaches them only through `await import(...)`.
const UI_ENTRIES = ['ask-policy-preset'];

/** Leaves the UI entries out of the CLI bundle, as a dynamic import of their own bundle beside it. */
const uiAsSeparateFiles = {
  name: 'ui-as-separate-files',
  setup(context) {
    context.onResolve({ filter: new RegExp(`/ui/(${UI_ENTRIES.join('|')})\\.js$`) }, (args) => {
      const name = /\/ui\/([^/]+)\.js$/.exec(args.path)[1];
      return { path: `./terminal-ui/${name}.mjs`, external: true };
    });
  },
};

const shared = { bundle: true, platform: 'node', target: 'node22', logLevel: 'warning', define: { AIGUARD_EMBEDDED_VERSION: JSON.stringify(version) } };

await build({
  ...shared,
  entryPoints: [`${dist}bin.js`],
  outfile: seaOut ?? `${dist}aiguard.cjs`,
  format: 'cjs',
  // package-root.ts resolves the package folder from import.meta.url, which CommonJS lacks: point it at this bundle.
  banner: { js: "const __aiguardBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { ...shared.define, 'import.meta.url': '__aiguardBundleUrl' },
  plugins: [uiAsSeparateFiles, lazyBuiltins(), ...(isSea ? [] : [packagesAsChunks()])],
});

if (!isSea) {
  // The launchers run dist/aiguard.cjs as a vm.Script with a code cache (bin/compile-cache.cjs), where import() has no
  // module loader: each dynamic import of a file beside the bundle goes through bin/dynamic-import.cjs instead.
  const file = `${dist}aiguard.cjs`;
  const text = readFileSync(file, 'utf8').replace(
    /\bimport\(("\.\/[^"]+")\)/g,
    "require('../bin/dynamic-import.cjs')(new URL($1, __aiguardBundleUrl).href)",
  );
  if (/\bimport\(/.test(text)) throw new Error('bundle-cli: dist/aiguard.cjs has an import() this script cannot route through bin/dynamic-import.cjs');
  writeFileSync(file, text);
  rmSync(`${dist}chunks`, { recursive: true, force: true });
  await build({
    ...shared,
    entryPoints: Object.fromEntries(CHUNKED_PACKAGES.map((name) => [name, name])),
    outdir: `${dist}chunks/`,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
  });
  // Chunk names carry a content hash: start empty so an old build's chunks do not ship.
  rmSync(`${dist}terminal-ui`, { recursive: true, force: true });
  await build({
    ...shared,
    entryPoints: UI_ENTRIES.map((name) => `${dist}ui/${name}.js`),
    outdir: `${dist}terminal-ui/`,
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    splitting: true,
    chunkNames: 'ink-[hash]',
    // ink imports its devtools bridge only when DEV=true; the package does not ship it. React's production build.
    external: ['react-devtools-core'],
    define: { ...shared.define, 'process.env.NODE_ENV': '"production"' },
    // Bundled CommonJS inside ink's dependencies calls require() for built-ins; an ES module has none of its own.
    banner: { js: "import { createRequire as __aiguardCreateRequire } from 'node:module'; const require = __aiguardCreateRequire(import.meta.url);" },
  });
}
