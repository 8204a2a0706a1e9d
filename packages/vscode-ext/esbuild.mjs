// Bundles the extension into one CommonJS file: VS Code loads CJS, and `vscode` is provided by the host.
import { copyFileSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/extension.js',
  external: ['vscode'],
  // `node esbuild.mjs --minify` for the .vsix (npm run package); the map stays out of the package (`files` in package.json).
  minify: process.argv.includes('--minify'),
  sourcemap: true,
  logLevel: 'warning',
});

// The policy schema ships beside the bundle so `jsonValidation` checks .aiguard.json offline, from the same file core publishes.
copyFileSync(new URL('../core/policy.schema.json', import.meta.url), new URL('dist/policy.schema.json', import.meta.url));
