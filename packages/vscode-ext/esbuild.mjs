// Bundles the extension into one CommonJS file: VS Code loads CJS, and `vscode` is provided by the host.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/extension.js',
  external: ['vscode'],
  // `node esbuild.mjs --minify` for the .vsix (npm run package); the map stays out of the package (.vscodeignore).
  minify: process.argv.includes('--minify'),
  sourcemap: true,
  logLevel: 'warning',
});
