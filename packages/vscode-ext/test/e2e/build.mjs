// Bundles the e2e suite (test/e2e/suite/index.ts) into dist/test/suite.js, the CJS module VS Code loads as extensionTestsPath.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

await build({
  entryPoints: [fileURLToPath(new URL('suite/index.ts', import.meta.url))],
  outfile: fileURLToPath(new URL('../../dist/test/suite.js', import.meta.url)),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: true,
  logLevel: 'warning',
});
