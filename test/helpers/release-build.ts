/** @fileoverview Builds release artefacts for the outsider tests with the real `npm run release` script, into a temp folder. */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository checkout. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs scripts/release/build.mjs for `parts` (package, linux-x64, ...) into `outDir` (after `npm run build`, which
 * `npm test` runs first) and returns the names of the files it wrote.
 */
export function buildRelease(parts: readonly string[], outDir: string): string[] {
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'release', 'build.mjs'), '--only', parts.join(','), '--out', outDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  return readdirSync(outDir);
}

/**
 * A bin folder holding only the named programs (symlinks to the machine's), so a test can build a PATH with git and
 * no node. `node` may be given as a copy of this test's Node, as an outsider who installed Node 24 has it.
 */
export function makeBinFolder(folder: string, programs: readonly string[], options: { readonly nodeCopy?: boolean } = {}): string {
  mkdirSync(folder, { recursive: true });
  for (const program of programs) symlinkSync(execFileSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).trim(), join(folder, program));
  if (options.nodeCopy) {
    copyFileSync(process.execPath, join(folder, 'node'));
    chmodSync(join(folder, 'node'), 0o755);
  }
  return folder;
}

/** Environment without the npm_* variables `npm test` sets, so an npm or npx run inside a test sees no workspace. */
export function withoutNpmVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
}

/** True when this process may hide a folder in a private mount namespace (root on Linux with util-linux unshare). */
export function canHideFolders(): boolean {
  try {
    execFileSync('unshare', ['-m', '--propagation', 'private', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The argv that runs `command` with `hidden` replaced by an empty folder, seen only by that command and its children. */
export function hidingFolder(hidden: string, empty: string, command: readonly string[]): string[] {
  return ['unshare', '-m', '--propagation', 'private', 'sh', '-c', 'mount --bind "$1" "$2" && shift 2 && exec "$@"', 'hide', empty, hidden, ...command];
}
