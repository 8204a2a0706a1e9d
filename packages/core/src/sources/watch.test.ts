// Unit tests for the watch source's guards: the root-safe filter and settling events against the disk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { rootSafeFilter, settle } from './watch.js';

const root = mkdtempSync(join(tmpdir(), 'aiguard-watch-unit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('rootSafeFilter', () => {
  const home = join(root, 'ana');
  const onlyClaude = (path: string): boolean => path !== home && !path.startsWith(join(home, '.claude'));

  test('lets through the path chokidar probes when the root is re-created, while it does not exist', () => {
    expect(onlyClaude(join(home, 'ana'))).toBe(true);
    expect(rootSafeFilter(home, onlyClaude)(join(home, 'ana'))).toBe(false);
  });

  test('filters that path as usual once a real folder of that name exists', () => {
    mkdirSync(join(home, 'ana'), { recursive: true });
    expect(rootSafeFilter(home, onlyClaude)(join(home, 'ana'))).toBe(true);
  });

  test('leaves every other path to the wrapped filter', () => {
    const filter = rootSafeFilter(home, onlyClaude);
    expect(filter(join(home, 'Downloads'))).toBe(true);
    expect(filter(join(home, '.claude', 'settings.json'))).toBe(false);
    expect(filter(home)).toBe(false);
  });
});

describe('settle', () => {
  test('turns a stale removal of a path that exists again into an addition, with its real type', () => {
    const file = join(root, 'CLAUDE.md');
    writeFileSync(file, 'x');
    expect(settle({ change: 'removed', path: file, isDirectory: true, time: 1 })).toEqual({ change: 'added', path: file, isDirectory: false, time: 1 });
  });

  test('turns an addition of a path that is gone into a removal', () => {
    const gone = join(root, 'gone');
    expect(settle({ change: 'added', path: gone, isDirectory: true, time: 2 })).toEqual({ change: 'removed', path: gone, isDirectory: true, time: 2 });
  });

  test('keeps events that agree with the disk', () => {
    const folder = join(root, 'folder');
    mkdirSync(folder);
    const added = { change: 'added' as const, path: folder, isDirectory: true, time: 3 };
    expect(settle(added)).toBe(added);
    const removed = { change: 'removed' as const, path: join(root, 'nothing'), isDirectory: false, time: 4 };
    expect(settle(removed)).toBe(removed);
  });
});
