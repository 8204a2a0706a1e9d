// Bundles dist/hook-main.js (after `tsc -b`) into dist/hook-main.bundle.cjs, the one file installed git hooks run.
// One file instead of about ninety modules saves roughly 20 ms on every commit and push (bench/hook.mjs). CommonJS on
// purpose: an ES module importing a built-in (node:util) makes Node evaluate every export of it, and util's lazy
// TextDecoder getter alone pulls in worker_threads, about 3 ms per hook.
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../dist/hook-main.js', import.meta.url).pathname],
  outfile: new URL('../dist/hook-main.bundle.cjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // The hook path must never load these; if an import ever reaches one, the hook fails loudly instead of slowing down.
  external: ['ink', 'react', 'execa', 'chokidar'],
  logLevel: 'warning',
});
