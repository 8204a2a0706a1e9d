/**
 * @fileoverview The committed Action bundle (action/aiguard-action.cjs) is what the sources build today: GitHub runs
 * the committed file, so a source change without `npm run build:action` would ship stale code.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/release-build.js';

it('is byte for byte what npm run build:action makes from the current sources', () => {
  const folder = mkdtempSync(join(tmpdir(), 'aiguard-action-bundle-'));
  try {
    const fresh = join(folder, 'aiguard-action.cjs');
    execFileSync(process.execPath, [join(REPO_ROOT, 'packages', 'cli', 'scripts', 'bundle-action.mjs'), '--out', fresh], { cwd: folder });
    const committed = readFileSync(join(REPO_ROOT, 'action', 'aiguard-action.cjs'), 'utf8');
    expect(committed === readFileSync(fresh, 'utf8'), 'action/aiguard-action.cjs is stale: run `npm run build:action` and commit it').toBe(true);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
