/** @fileoverview The CLI's own version, read from its package.json at run time. */
import { readFileSync } from 'node:fs';

/** The @aiguard/cli version. */
export function cliVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
