import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RepositoryInfo } from './git-repository.js';
import { CONFIG_READ_LIMIT, readRepositoryFile } from './repository-file.js';

let root: string;
const worktree = (): RepositoryInfo => ({ root, gitDir: join(root, '.git'), isBare: false, hasHead: false }) as RepositoryInfo;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'aiguard-file-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readRepositoryFile', () => {
  test('reads a regular file in the working tree', async () => {
    writeFileSync(join(root, '.aider.conf.yml'), 'model: claude-3-5-sonnet\n');
    expect(await readRepositoryFile(worktree(), '.aider.conf.yml')).toBe('model: claude-3-5-sonnet\n');
  });

  test('reads only the first 64 KiB of a huge file', async () => {
    writeFileSync(join(root, 'opencode.json'), 'x'.repeat(CONFIG_READ_LIMIT * 4));
    expect((await readRepositoryFile(worktree(), 'opencode.json'))?.length).toBe(CONFIG_READ_LIMIT);
  });

  test('never follows a symlink, and says nothing about it', async () => {
    writeFileSync(join(root, 'secret'), 'model: claude-3-5-sonnet\n');
    symlinkSync(join(root, 'secret'), join(root, '.aider.conf.yml'));
    const warnings: string[] = [];
    expect(await readRepositoryFile(worktree(), '.aider.conf.yml', warnings)).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  test('skips folders and missing files', async () => {
    mkdirSync(join(root, 'opencode.json'));
    expect(await readRepositoryFile(worktree(), 'opencode.json')).toBeUndefined();
    expect(await readRepositoryFile(worktree(), 'gone.yml')).toBeUndefined();
  });

  test('reads the blob at HEAD in a bare repository', async () => {
    const work = join(root, 'work');
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
    mkdirSync(work);
    git(work, 'init', '-q', '-b', 'main');
    writeFileSync(join(work, 'opencode.json'), '{ "model": "anthropic/claude-sonnet-4-5" }\n');
    git(work, 'add', '.');
    git(work, '-c', 'user.name=A', '-c', 'user.email=a@example.com', 'commit', '-q', '-m', 'config');
    git(root, 'clone', '-q', '--bare', work, 'bare.git');
    const bare = { root: join(root, 'bare.git'), gitDir: join(root, 'bare.git'), isBare: true, hasHead: true } as RepositoryInfo;
    expect(await readRepositoryFile(bare, 'opencode.json')).toBe('{ "model": "anthropic/claude-sonnet-4-5" }\n');
    expect(await readRepositoryFile(bare, 'missing.json')).toBeUndefined();
  });
});
