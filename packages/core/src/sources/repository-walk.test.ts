// Unit tests for the bounded repository walk: depth and symlink-hop limits, pruning, dangling links, .git files.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { AuditNote } from '../model/audit.js';
import { findRepositories } from './repository-walk.js';

const base = mkdtempSync(join(tmpdir(), 'aiguard-walk-unit-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Makes `path` look like a repository to the walk: a `.git` folder (or, with `asFile`, a worktree's `.git` file). */
function fakeRepository(path: string, asFile = false): string {
  mkdirSync(path, { recursive: true });
  if (asFile) writeFileSync(join(path, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
  else mkdirSync(join(path, '.git', 'objects'), { recursive: true });
  return path;
}

async function walk(root: string, options: Parameters<typeof findRepositories>[2] = {}): Promise<{ found: string[]; notes: AuditNote[] }> {
  const notes: AuditNote[] = [];
  const found: string[] = [];
  for await (const repository of findRepositories(root, notes, options)) found.push(repository);
  return { found: found.sort(), notes };
}

describe('findRepositories', () => {
  const root = join(base, 'tree');
  const top = fakeRepository(join(root, 'top'));
  const worktree = fakeRepository(join(root, 'worktree'), true);
  const deep = fakeRepository(join(root, 'a', 'b', 'c', 'deep'));
  fakeRepository(join(root, 'top', 'node_modules', 'dep'));
  fakeRepository(join(root, 'vendor', 'skip-me'));
  symlinkSync(join(base, 'nowhere'), join(root, 'dangling'));
  const outside = fakeRepository(join(base, 'outside', 'one', 'two'));
  symlinkSync(join(base, 'outside'), join(root, 'link-out'));
  symlinkSync(join(base, 'outside'), join(root, 'link-out-again'));

  test('finds repositories with a .git folder or file, and not those under node_modules', async () => {
    const { found, notes } = await walk(root);
    expect(found).toEqual([deep, join(root, 'link-out', 'one', 'two'), top, join(root, 'vendor', 'skip-me'), worktree].sort());
    expect(found).not.toContain(outside);
    expect(notes).toEqual([]);
  });

  test('follows a symlinked folder once, however many links point at it', async () => {
    const { found } = await walk(root);
    expect(found.filter((repository) => repository.endsWith(join('one', 'two')))).toHaveLength(1);
  });

  test('does not go deeper than maxDepth', async () => {
    const { found } = await walk(root, { maxDepth: 3 });
    expect(found).not.toContain(deep);
    expect(found).toContain(top);
  });

  test('follows no symlinks with maxSymlinkHops 0', async () => {
    const { found } = await walk(root, { maxSymlinkHops: 0 });
    expect(found.some((repository) => repository.includes('link-out'))).toBe(false);
  });

  test('prunes the names it is given instead of the defaults', async () => {
    const { found } = await walk(root, { prune: new Set(['vendor', '.git']) });
    expect(found).toContain(join(root, 'top', 'node_modules', 'dep'));
    expect(found).not.toContain(join(root, 'vendor', 'skip-me'));
  });

  test('notes a root that does not exist instead of throwing', async () => {
    const { found, notes } = await walk(join(base, 'missing'));
    expect(found).toEqual([]);
    expect(notes).toEqual([{ source: 'repositories', path: join(base, 'missing'), message: 'cannot be read (ENOENT)' }]);
  });

  test('finds bare repositories (HEAD, objects/, refs/) without walking their insides', async () => {
    const bareRoot = join(base, 'server');
    const bare = join(bareRoot, 'team', 'app.git');
    mkdirSync(join(bare, 'objects', 'pack'), { recursive: true });
    mkdirSync(join(bare, 'refs', 'heads'), { recursive: true });
    writeFileSync(join(bare, 'HEAD'), 'ref: refs/heads/main\n');
    // A repository nested in a bare repository's folders would be odd; the walk does not look there.
    fakeRepository(join(bare, 'objects', 'nested'));
    const notBare = join(bareRoot, 'almost.git');
    mkdirSync(join(notBare, 'objects'), { recursive: true });
    writeFileSync(join(notBare, 'HEAD'), 'ref: refs/heads/main\n');
    const { found } = await walk(bareRoot);
    expect(found).toEqual([bare]);
  });
});
