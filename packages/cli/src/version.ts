/** @fileoverview The CLI's own version: embedded by the release bundles, else read from its package.json at run time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

// Set by scripts/bundle-cli.mjs (esbuild `define`); the standalone binary has no package.json to read.
declare const AIGUARD_EMBEDDED_VERSION: string | undefined;

/** The @aiguard/cli version. */
export function cliVersion(): string {
  if (typeof AIGUARD_EMBEDDED_VERSION === 'string') return AIGUARD_EMBEDDED_VERSION;
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
