/** @fileoverview Tests which cache folders a run believes: its own, not another user's or a world-writable one. */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isOwnFolder } from './own-folder.js';

const root = mkdtempSync(join(tmpdir(), 'aiguard-own-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const isRoot = process.getuid?.() === 0;

describe('isOwnFolder', () => {
  it('believes a folder of its own, and a missing one under a folder of its own', async () => {
    mkdirSync(join(root, 'mine'), { mode: 0o700 });
    expect(await isOwnFolder(join(root, 'mine'))).toBe(true);
    expect(await isOwnFolder(join(root, 'mine', 'aiguard', 'history'))).toBe(true);
  });

  it('refuses a folder others can write', async () => {
    mkdirSync(join(root, 'shared'));
    chmodSync(join(root, 'shared'), 0o777);
    expect(await isOwnFolder(join(root, 'shared'))).toBe(false);
    expect(await isOwnFolder(join(root, 'shared', 'aiguard'))).toBe(false);
  });

  it.skipIf(!isRoot)("refuses another user's folder, and a missing folder under it (root run with that user's HOME)", async () => {
    mkdirSync(join(root, 'theirs'), { mode: 0o700 });
    chownSync(join(root, 'theirs'), 65534, 65534);
    expect(await isOwnFolder(join(root, 'theirs'))).toBe(false);
    expect(await isOwnFolder(join(root, 'theirs', '.cache', 'aiguard'))).toBe(false);
  });
});
