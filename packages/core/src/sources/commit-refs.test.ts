// Tests for the refs containing commits, as a walk of its own and inside the history pass, over real repositories with branches, tags and merges.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ContainingRefsWalk, parseDecorations, readContainingRefs } from './commit-refs.js';
import { readGitLog } from './git-log.js';

const root = mkdtempSync(join(tmpdir(), 'aiguard-commit-refs-'));
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(root, 'gitconfig'), GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.com' };
const git = (...args: string[]): string => execFileSync('git', args, { cwd: join(root, 'repo'), env, encoding: 'utf8' }).trim();
const commit = (message: string): string => (git('commit', '-q', '--allow-empty', '-m', message), git('rev-parse', 'HEAD'));
const ids: Record<string, string> = {};

beforeAll(() => {
  execFileSync('git', ['init', '-q', '-b', 'main', join(root, 'repo')], { env });
  ids.base = commit('base');
  git('tag', '-a', '-m', 'release', 'v1', ids.base);
  ids.main1 = commit('main 1');
  git('checkout', '-q', '-b', 'feature', ids.base);
  ids.feature1 = commit('feature 1');
  git('checkout', '-q', 'main');
  git('merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
  ids.merge = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'side', ids.main1);
  ids.side1 = commit('side 1');
  git('checkout', '-q', 'main');
  git('tag', 'light', ids.main1);
  git('update-ref', 'refs/remotes/origin/main', ids.feature1);
  git('checkout', '-q', '--detach', ids.merge);
  // Reachable only from the detached HEAD: walked by --all, contained by no ref.
  ids.detached = commit('detached');
});

/** The refs each commit gets from the history pass itself. */
async function refsFromPass(): Promise<Map<string, readonly string[]>> {
  const found = new Map<string, readonly string[]>();
  for await (const record of readGitLog({ cwd: join(root, 'repo'), withContainingRefs: true })) found.set(record.id, record.containingRefs!.names);
  return found;
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readContainingRefs', () => {
  test('finds every ref that contains each commit, through merges and annotated tags', async () => {
    const refs = await readContainingRefs(join(root, 'repo'), Object.values(ids));
    expect(refs.get(ids.base!)).toEqual(['refs/heads/feature', 'refs/heads/main', 'refs/heads/side', 'refs/remotes/origin/main', 'refs/tags/light', 'refs/tags/v1']);
    expect(refs.get(ids.main1!)).toEqual(['refs/heads/main', 'refs/heads/side', 'refs/tags/light']);
    expect(refs.get(ids.feature1!)).toEqual(['refs/heads/feature', 'refs/heads/main', 'refs/remotes/origin/main']);
    expect(refs.get(ids.merge!)).toEqual(['refs/heads/main']);
    expect(refs.get(ids.side1!)).toEqual(['refs/heads/side']);
  });

  test('agrees with git for-each-ref --contains for every commit', async () => {
    const refs = await readContainingRefs(join(root, 'repo'), Object.values(ids));
    for (const id of Object.values(ids)) {
      const expected = git('for-each-ref', '--format=%(refname)', `--contains=${id}`).split('\n').filter(Boolean).sort();
      expect(refs.get(id) ?? [], id).toEqual(expected);
    }
  });

  test('leaves out a commit only a detached HEAD reaches', async () => {
    expect((await readContainingRefs(join(root, 'repo'), [ids.detached!])).has(ids.detached!)).toBe(false);
  });

  test('asks for nothing when no commit is wanted, and leaves out a commit git does not know', async () => {
    expect(await readContainingRefs(join(root, 'repo'), [])).toEqual(new Map());
    expect((await readContainingRefs(join(root, 'repo'), ['0'.repeat(40)])).size).toBe(0);
  });
});

describe('containing refs learnt in the history pass', () => {
  test('reads every commit once, each after all its children', async () => {
    const order: string[] = [];
    const parents = new Map<string, readonly string[]>();
    for await (const record of readGitLog({ cwd: join(root, 'repo'), withContainingRefs: true })) {
      order.push(record.id);
      parents.set(record.id, record.parents);
    }
    expect([...order].sort()).toEqual(Object.values(ids).sort());
    for (const [child, its] of parents) for (const parent of its) expect(order.indexOf(parent), `${parent} after ${child}`).toBeGreaterThan(order.indexOf(child));
  });

  test('agrees with the walk of its own and with git for-each-ref --contains for every commit', async () => {
    const fromPass = await refsFromPass();
    const fromWalk = await readContainingRefs(join(root, 'repo'), Object.values(ids));
    for (const id of Object.values(ids)) {
      const expected = git('for-each-ref', '--format=%(refname)', `--contains=${id}`).split('\n').filter(Boolean).sort();
      expect(fromPass.get(id), id).toEqual(expected);
      expect(fromWalk.get(id) ?? [], id).toEqual(expected);
    }
    expect(fromPass.get(ids.detached!)).toEqual([]);
  });

  test('reads the refs of the new commits alone when the walk stops at known tips', async () => {
    const found = new Map<string, readonly string[]>();
    for await (const record of readGitLog({ cwd: join(root, 'repo'), withContainingRefs: true, extraArgs: ['--not', ids.main1!, '--not'] })) found.set(record.id, record.containingRefs!.names);
    expect(found.has(ids.base!)).toBe(false);
    expect(found.get(ids.side1!)).toEqual(['refs/heads/side']);
    expect(found.get(ids.feature1!)).toEqual(['refs/heads/feature', 'refs/heads/main', 'refs/remotes/origin/main']);
  });

  test('refuses a revision range, whose walk would miss refs outside it', async () => {
    await expect(refsOf({ cwd: join(root, 'repo'), withContainingRefs: true, revisions: ['main'] })).rejects.toThrow('withContainingRefs');
  });
});

describe('ContainingRefsWalk', () => {
  test('keeps every one of many refs apart through merges (sets span several 32-bit words)', () => {
    const walk = new ContainingRefsWalk();
    // Tips t0..t99 each decorate their own commit; each tip's only parent is the root.
    const tips = Array.from({ length: 100 }, (_, i) => `t${i}`);
    for (const [i, tip] of tips.entries()) expect(walk.visit(tip, ['root'], `refs/heads/b${i}`)!.names).toEqual([`refs/heads/b${i}`]);
    const root = walk.visit('root', [], 'tag: refs/tags/v0')!.names;
    expect(root).toEqual([...tips.map((_, i) => `refs/heads/b${i}`), 'refs/tags/v0'].sort());
  });

  test('shares one set along a linear run instead of copying it per commit', () => {
    const walk = new ContainingRefsWalk();
    const tip = walk.visit('c3', ['c2'], 'HEAD -> refs/heads/main');
    expect(walk.visit('c2', ['c1'], '')).toBe(tip);
    expect(walk.visit('c1', [], '')).toBe(tip);
    expect(walk.visit('unrelated', [], '')).toBeUndefined();
  });
});

async function refsOf(options: Parameters<typeof readGitLog>[0]): Promise<number> {
  let count = 0;
  for await (const _ of readGitLog(options)) count++;
  return count;
}

describe('parseDecorations', () => {
  test('reads full ref names from %D with --decorate=full, dropping a detached HEAD', () => {
    expect(parseDecorations('HEAD -> refs/heads/main, tag: refs/tags/v1, refs/remotes/origin/main')).toEqual(['refs/heads/main', 'refs/tags/v1', 'refs/remotes/origin/main']);
    expect(parseDecorations('HEAD')).toEqual([]);
    expect(parseDecorations('')).toEqual([]);
  });
});
