/** @fileoverview Tests findRepository, readRefs and readRepositoryPaths on small real repositories. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../../../../test/helpers/git-fixture.js';
import type { PathRecord, RefRecord } from '../model/records.js';
import { findRepository, NotARepositoryError, readRefs, readRepositoryPaths } from './git-repository.js';

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('findRepository', () => {
  let repo: FixtureRepo;
  let bare: string;
  let empty: FixtureRepo;
  let outside: string;

  beforeAll(() => {
    repo = createRepo();
    repo.commit({ message: 'init\n', files: { 'src/deep/file.ts': 'x' } });
    bare = join(repo.path, '..', 'clone.git');
    execFileSync('git', ['clone', '-q', '--bare', repo.path, bare]);
    empty = createRepo();
    outside = mkdtempSync(join(tmpdir(), 'aiguard-not-repo-'));
  });
  afterAll(() => {
    repo.cleanup();
    empty.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  it('finds a work tree from its root, with HEAD', async () => {
    const info = await findRepository(repo.path);
    expect(info).toMatchObject({ root: realpathSync(repo.path), gitDir: join(realpathSync(repo.path), '.git'), isBare: false, hasHead: true, commonDir: join(realpathSync(repo.path), '.git') });
    expect(info.head).toMatch(/^[0-9a-f]{40}$/);
  });

  it('finds the work tree root from a subfolder', async () => {
    const info = await findRepository(join(repo.path, 'src', 'deep'));
    expect(info.root).toBe(realpathSync(repo.path));
  });

  it('finds a bare repository and uses its git dir as the root', async () => {
    const info = await findRepository(bare);
    expect(info).toMatchObject({ root: realpathSync(bare), gitDir: realpathSync(bare), isBare: true, hasHead: true });
  });

  it('reports a repository with no commit yet as having no HEAD', async () => {
    const info = await findRepository(empty.path);
    expect(info.hasHead).toBe(false);
    expect(info.isBare).toBe(false);
  });

  it('throws NotARepositoryError naming the folder outside any repository', async () => {
    const error = await findRepository(outside, { env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotARepositoryError);
    expect((error as NotARepositoryError).message).toContain(outside);
  });
});

describe('readRefs', () => {
  let repo: FixtureRepo;
  beforeAll(() => {
    repo = createRepo();
    const head = repo.commit({ message: 'init\n' });
    repo.git('branch', 'claude/add-readme-3T29K');
    repo.git('tag', 'v1.0.0');
    repo.git('-c', 'user.name=N', '-c', 'user.email=n@example.com', 'notes', '--ref=ai', 'add', '-m', '{"agent":"x"}', head);
  });
  afterAll(() => repo.cleanup());

  it('lists branches, tags and notes refs with the object each points at', async () => {
    const refs: RefRecord[] = await all(readRefs({ cwd: repo.path }));
    const names = refs.map((r) => r.name).sort();
    expect(names).toEqual(['refs/heads/claude/add-readme-3T29K', 'refs/heads/main', 'refs/notes/ai', 'refs/tags/v1.0.0']);
    const main = refs.find((r) => r.name === 'refs/heads/main')!;
    expect(main.target).toBe(repo.git('rev-parse', 'main'));
  });
});

describe('readRepositoryPaths', () => {
  let repo: FixtureRepo;
  beforeAll(() => {
    repo = createRepo();
    repo.commit({ message: 'init\n', files: { 'tracked.md': 't', '.gitignore': 'ignored/\n*.log\n', 'odd\nname.txt': 'n', 'tab\tname ü.md': 'u' } });
    repo.write('untracked/AGENTS.md', 'u');
    repo.write('ignored/CLAUDE.md', 'i');
    repo.write('debug.log', 'l');
  });
  afterAll(() => repo.cleanup());

  it('lists tracked and untracked-not-ignored files of a work tree and leaves ignored ones out', async () => {
    const info = await findRepository(repo.path);
    const paths: PathRecord[] = await all(readRepositoryPaths(info));
    const names = paths.map((p) => p.path).sort();
    expect(names).toEqual(['.gitignore', 'odd\nname.txt', 'tab\tname ü.md', 'tracked.md', 'untracked/AGENTS.md'].sort());
    expect(new Set(paths.map((p) => p.origin))).toEqual(new Set(['worktree']));
  });

  it('lists a file that is both staged and modified once', async () => {
    const info = await findRepository(repo.path);
    repo.write('tracked.md', 'changed');
    repo.git('add', 'tracked.md');
    repo.write('tracked.md', 'changed again');
    const names = (await all(readRepositoryPaths(info))).map((p) => p.path);
    expect(names.filter((n) => n === 'tracked.md')).toHaveLength(1);
  });

  it("lists HEAD's files for a bare repository, with origin head", async () => {
    const bare = join(repo.path, '..', 'paths.git');
    execFileSync('git', ['clone', '-q', '--bare', repo.path, bare]);
    const paths = await all(readRepositoryPaths(await findRepository(bare)));
    expect(paths.map((p) => p.path).sort()).toEqual(['.gitignore', 'odd\nname.txt', 'tab\tname ü.md', 'tracked.md'].sort());
    expect(paths.every((p) => p.origin === 'head')).toBe(true);
  });

  it('lists nothing for a bare repository with no commit', async () => {
    const bare = join(repo.path, '..', 'empty.git');
    mkdirSync(bare);
    execFileSync('git', ['init', '-q', '--bare', bare]);
    expect(await all(readRepositoryPaths(await findRepository(bare)))).toEqual([]);
  });
});
