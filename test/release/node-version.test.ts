/**
 * @fileoverview The CLI on a Node older than its `engines`: one line naming the version found and the one needed, exit 2.
 * Uses the machine's own old node when there is one (this repository pins Node 24 for itself; machines often have 20).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/release-build.js';

const CLI = join(REPO_ROOT, 'packages', 'cli');

/** A node on PATH older than 22, or undefined. */
function oldNode(): { path: string; version: string } | undefined {
  const candidates = execFileSync('sh', ['-c', 'which -a node || true'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const path of candidates) {
    const version = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    if (Number(version.split('.')[0]) < 22) return { path, version };
  }
  return undefined;
}

const old = oldNode();

describe('running aiguard on a Node older than engines', () => {
  it.runIf(old)('exits 2 with one line from both the workspace launcher and the packaged launcher', () => {
    for (const launcher of ['aiguard.js', 'aiguard.cjs']) {
      const result = spawnSync(old!.path, [join(CLI, 'bin', launcher), 'scan', '.'], { encoding: 'utf8', cwd: REPO_ROOT });
      expect(result.status, result.stderr).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toEqual([
        `aiguard: needs Node.js >=22 (package.json engines) but ${old!.path} is v${old!.version}; put a newer node first on PATH, or use the standalone aiguard binary`,
      ]);
    }
  });

  it('stops on a version below the minimum and lets the minimum and newer ones through', () => {
    const check = (version: string) =>
      spawnSync(process.execPath, ['-e', `require(${JSON.stringify(join(CLI, 'bin', 'node-check.cjs'))}).exitUnlessSupportedNode(${JSON.stringify(CLI)}, ${JSON.stringify(version)}); console.log('ran')`], { encoding: 'utf8' });
    for (const version of ['21.7.3', '18.20.0', '8.0.0']) {
      const result = check(version);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`is v${version};`);
    }
    for (const version of ['22.0.0', '22.12.1', '24.21.0', '30.0.0']) expect(check(version).stdout).toBe('ran\n');
  });
});
