// Fetches `node-<platform>@<version>` npm packages once into .cache/sea-node/ and hands out their node binary.
// Safe when several builds run at once (the tests do): each fetch and extraction happens in its own temp folder and
// is moved into place with one rename, so nobody sees a half-written tarball or binary.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The cache folder (git-ignored); reruns and the tests reuse it, so only the first release touches the registry. */
export const CACHE_DIR = new URL('../../.cache/sea-node/', import.meta.url).pathname;

/**
 * The path of the node binary from the `node-<platform>@<version>` package, extracted under the cache. The tarball
 * comes through npm's own client (`npm pack`), which answers from npm's cache when it can.
 */
export function nodeBinary(platform, version) {
  const binaryName = platform.startsWith('win-') ? 'node.exe' : 'node';
  const folder = join(CACHE_DIR, `node-${platform}-${version}`);
  const binary = join(folder, 'package', 'bin', binaryName);
  if (existsSync(binary)) return binary;
  mkdirSync(CACHE_DIR, { recursive: true });
  const tarball = join(CACHE_DIR, `node-${platform}-${version}.tgz`);
  if (!existsSync(tarball)) {
    process.stderr.write(`release: fetching node-${platform}@${version} into ${CACHE_DIR}\n`);
    const fetching = mkdtempSync(join(CACHE_DIR, '.fetch-'));
    try {
      execFileSync('npm', ['pack', `node-${platform}@${version}`, '--prefer-offline', '--silent', '--pack-destination', fetching], { stdio: ['ignore', 'ignore', 'inherit'] });
      renameSync(join(fetching, readdirSync(fetching)[0]), tarball);
    } finally {
      rmSync(fetching, { recursive: true, force: true });
    }
  }
  const extracting = mkdtempSync(join(CACHE_DIR, '.extract-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', extracting, `package/bin/${binaryName}`]);
    // Another build may have won the race; its copy is the same file, so keep it.
    if (!existsSync(binary)) {
      rmSync(folder, { recursive: true, force: true });
      renameSync(extracting, folder);
    }
  } finally {
    rmSync(extracting, { recursive: true, force: true });
  }
  return binary;
}
