// Bundles dist/hook-main.js (after `tsc -b`) into dist/hook-main.bundle.js, the one file installed git hooks run.
// One file instead of about ninety modules saves roughly 20 ms on every commit and push (bench/hook.mjs).
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../dist/hook-main.js', import.meta.url).pathname],
  outfile: new URL('../dist/hook-main.bundle.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // The hook path must never load these; if an import ever reaches one, the hook fails loudly instead of slowing down.
  external: ['ink', 'react', 'execa', 'chokidar'],
  logLevel: 'warning',
});
