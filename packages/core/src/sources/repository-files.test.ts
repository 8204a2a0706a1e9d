/** @fileoverview Tests that readRepositoryFiles answers as git does for plain layouts and leaves every unusual one to git. */
import { execFileSync } from 'node:child_process';
import { realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo } from '../../../../test/helpers/git-fixture.js';
import { makeRepositoryLayouts, type RepositoryLayouts } from '../../../../test/helpers/repository-layouts.js';
import type { RefRecord } from '../model/records.js';
import { findRepositoryWithGit as findRepository, readRefs } from './git-repository.js';
import { readConfigSettings, readRepositoryFiles } from './repository-files.js';

let tree: RepositoryLayouts;
beforeAll(() => {
  tree = makeRepositoryLayouts();
});
afterAll(() => tree.cleanup());

async function gitRefs(cwd: string, env: NodeJS.ProcessEnv): Promise<RefRecord[]> {
  const refs: RefRecord[] = [];
  for await (const ref of readRefs({ cwd, env })) refs.push(ref);
  return refs;
}

describe('readRepositoryFiles', () => {
  it('answers every plain layout exactly as git does, refs included', async () => {
    const checked: string[] = [];
    for (const [name, { path, isPlain }] of Object.entries(tree.layouts)) {
      if (!isPlain) continue;
      const read = await readRepositoryFiles(path, tree.env);
      expect(read, name).toBeDefined();
      const byGit = await findRepository(path, { env: tree.env });
      // git prints the common dir relative to the folder it was asked about, symlinks and all: compare real paths.
      expect({ ...read!.repository, commonDir: realpathSync(read!.repository.commonDir!) }, name).toEqual({ ...byGit, commonDir: realpathSync(byGit.commonDir!) });
      expect(read!.refs, name).toEqual(await gitRefs(path, tree.env));
      checked.push(name);
    }
    expect(checked).toEqual(
      expect.arrayContaining(['loose refs', 'packed refs and an annotated tag', 'detached HEAD', 'no commit yet', 'shallow clone', 'reached through a symlinked folder', 'bare repository', 'bare repository whose HEAD names a branch never pushed']),
    );
  });

  it('sees the layouts that make git answer differently: no HEAD commit, shallow, partial', async () => {
    const info = async (name: string) => (await readRepositoryFiles(tree.layouts[name]!.path, tree.env))!.repository;
    expect((await info('no commit yet')).hasHead).toBe(false);
    expect((await info('HEAD on a branch that does not exist')).hasHead).toBe(false);
    expect(await info('bare repository whose HEAD names a branch never pushed')).toMatchObject({ isBare: true, hasHead: false });
    expect((await info('shallow clone')).isShallow).toBe(true);
    expect((await info('reached through a symlinked folder')).root).toBe(realpathSync(tree.layouts['reached through a symlinked folder']!.path));
    if (tree.layouts['partial clone']!.isPlain) expect((await info('partial clone')).isPartial).toBe(true);
  });

  it('leaves worktrees, submodules, core.worktree, refStorage, includes, odd .git entries and a bare repository saying core.bare = false to git', async () => {
    for (const [name, { path, isPlain }] of Object.entries(tree.layouts)) {
      if (!isPlain) expect(await readRepositoryFiles(path, tree.env), name).toBeUndefined();
    }
  });

  it('leaves the answer to git when the environment points git elsewhere', async () => {
    const path = tree.layouts['loose refs']!.path;
    expect(await readRepositoryFiles(path, { ...tree.env, GIT_DIR: '/elsewhere' })).toBeUndefined();
    expect(await readRepositoryFiles(path, { ...tree.env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.worktree', GIT_CONFIG_VALUE_0: '/x' })).toBeUndefined();
  });
});

describe('readRepositoryFiles on a repository git would hang in', () => {
  it.each([['HEAD'], ['config'], ['packed-refs'], ['refs/heads/stuck']])('refuses a FIFO at .git/%s with a message naming it, where git would wait for ever', async (name) => {
    const repo = createRepo();
    try {
      repo.commit({ message: 'one\n' });
      rmSync(join(repo.path, '.git', name), { force: true });
      execFileSync('mkfifo', [join(repo.path, '.git', name)]);
      const error = await readRepositoryFiles(repo.path, tree.env).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toBe(`${join(realpathSync(repo.path), '.git', name)} is not a regular file (a FIFO, socket or device): git would wait on it for ever, so the repository was not read`);
    } finally {
      repo.cleanup();
    }
  });
});

describe('readConfigSettings', () => {
  it('reads a plain config, noting core.bare and promisor remotes as a partial clone', () => {
    expect(readConfigSettings('[core]\n\trepositoryformatversion = 0\n\tbare = false\n[remote "origin"]\n\turl = x\n')).toEqual({ isPartial: false, bare: false });
    expect(readConfigSettings('[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = x\n')).toEqual({ isPartial: false });
    expect(readConfigSettings('[core]\n\tbare = true\n')).toEqual({ isPartial: false, bare: true });
    expect(readConfigSettings('[core]\n\tbare\n')).toEqual({ isPartial: false, bare: true });
    expect(readConfigSettings('[remote "origin"]\n\tpromisor = false\n')).toEqual({ isPartial: true });
    expect(readConfigSettings('[remote.origin]\n\tpartialCloneFilter = blob:none\n')).toEqual({ isPartial: true });
  });

  it('gives up on anything git must interpret', () => {
    for (const text of [
      '[core]\n\tbare = "true"\n',
      '[core]\n\tbare = maybe\n',
      '[core]\n\tworktree = /elsewhere\n',
      '[core]\n\trepositoryformatversion = 2\n',
      '[extensions]\n\trefStorage = reftable\n',
      '[includeIf "gitdir:/x/"]\n\tpath = y\n',
      '[core] bare = true\n',
      '[core]\n\tsshCommand = a \\\n\tbare = true\n',
      'bare = true\n',
    ]) {
      expect(readConfigSettings(text), text).toBeUndefined();
    }
  });
});
