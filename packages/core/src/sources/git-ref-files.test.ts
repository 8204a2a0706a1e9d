/** @fileoverview Tests readRefFiles against `git for-each-ref` on real repositories: loose, packed, symbolic, tags, and the cases it leaves to git. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../../../../test/helpers/git-fixture.js';
import { readRefFiles } from './git-ref-files.js';
import { readRefs } from './git-repository.js';
import type { RefRecord } from '../model/records.js';

let repo: FixtureRepo | undefined;
afterEach(() => repo?.cleanup());

async function fromGit(path: string): Promise<RefRecord[]> {
  const refs: RefRecord[] = [];
  for await (const ref of readRefs({ cwd: path })) refs.push(ref);
  return refs;
}

function build(): FixtureRepo {
  const made = createRepo({ prefix: 'aiguard-ref-files-' });
  made.commit({ message: 'One' });
  made.git('branch', 'claude/fix-3T29K');
  made.git('tag', 'v1');
  made.git('-c', 'user.name=A', '-c', 'user.email=a@example.com', 'tag', '-a', 'v2', '-m', 'annotated');
  made.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  made.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  made.git('-c', 'user.name=A', '-c', 'user.email=a@example.com', 'notes', '--ref', 'refs/notes/ai', 'add', '-m', 'note', 'HEAD');
  return made;
}

describe('readRefFiles', () => {
  it('lists loose refs, symbolic refs and annotated tags exactly as git for-each-ref does', async () => {
    repo = build();
    const gitDir = join(repo.path, '.git');
    expect(await readRefFiles(gitDir, gitDir)).toEqual(await fromGit(repo.path));
  });

  it('reads packed refs, with loose refs written after packing taking precedence', async () => {
    repo = build();
    repo.git('pack-refs', '--all');
    repo.commit({ message: 'Two' });
    repo.git('branch', 'after-pack');
    const gitDir = join(repo.path, '.git');
    const refs = await readRefFiles(gitDir, gitDir);
    expect(refs).toEqual(await fromGit(repo.path));
    expect(refs?.find((ref) => ref.name === 'refs/heads/main')?.target).toBe(repo.git('rev-parse', 'HEAD'));
  });

  it('leaves reftable, linked worktrees, lock files and odd contents to git', async () => {
    repo = build();
    const gitDir = join(repo.path, '.git');
    expect(await readRefFiles(join(gitDir, 'worktrees', 'other'), gitDir)).toBeUndefined();
    writeFileSync(join(gitDir, 'refs', 'heads', 'main.lock'), 'x');
    expect(await readRefFiles(gitDir, gitDir)).toBeUndefined();
    rmSync(join(gitDir, 'refs', 'heads', 'main.lock'));
    mkdirSync(join(gitDir, 'refs', 'odd'), { recursive: true });
    writeFileSync(join(gitDir, 'refs', 'odd', 'thing'), 'not an object id\n');
    expect(await readRefFiles(gitDir, gitDir)).toBeUndefined();
    rmSync(join(gitDir, 'refs', 'odd'), { recursive: true });
    expect(await readRefFiles(gitDir, gitDir)).toEqual(await fromGit(repo.path));
    repo.git('config', 'extensions.refStorage', 'reftable');
    expect(await readRefFiles(gitDir, gitDir)).toBeUndefined();
  });
});
