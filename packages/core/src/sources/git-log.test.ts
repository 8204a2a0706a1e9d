/** @fileoverview Tests readGitLog on small real repositories built with git: fields, parents, raw identities, messages, errors. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../../../../test/helpers/git-fixture.js';
import type { CommitRecord } from '../model/records.js';
import { GitError } from './git-command.js';
import { readGitLog, readGitLogBatches, type GitLogOptions } from './git-log.js';

async function commitsOf(options: GitLogOptions): Promise<CommitRecord[]> {
  const commits: CommitRecord[] = [];
  for await (const commit of readGitLog(options)) commits.push(commit);
  return commits;
}

describe('readGitLog', () => {
  let repo: FixtureRepo;
  let first: string;
  let second: string;
  let merge: string;
  let side: string;

  beforeAll(() => {
    repo = createRepo();
    first = repo.commit({ message: 'first\n', files: { 'a.txt': 'a' }, date: '2026-01-05T10:00:00+01:00' });
    repo.git('checkout', '-q', '-b', 'side');
    side = repo.commit({
      message: 'side work\n\nFirst paragraph.\n\n\nSecond paragraph after two blank lines.\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
      author: 'Side Person <side@example.org>',
      committer: 'Commit Bot <bot@example.org>',
      files: { 'b.txt': 'b' },
    });
    repo.git('checkout', '-q', 'main');
    second = repo.commit({ message: 'second\n', files: { 'c.txt': 'c' } });
    repo.git('-c', 'user.name=Merger', '-c', 'user.email=merger@example.com', 'merge', '-q', '--no-ff', '-m', 'Merge side', 'side');
    merge = repo.git('rev-parse', 'HEAD');
    // A mailmap that would hide Claude's identity behind a human's if git applied it.
    repo.commit({ message: 'add mailmap\n', author: 'Claude <noreply@anthropic.com>', files: { '.mailmap': 'Real Human <human@example.com> <noreply@anthropic.com>\n' } });
  });
  afterAll(() => repo.cleanup());

  it('reads every commit of every ref, newest first, with full 40-hex ids', async () => {
    const commits = await commitsOf({ cwd: repo.path });
    expect(commits).toHaveLength(5);
    for (const commit of commits) expect(commit.id).toMatch(/^[0-9a-f]{40}$/);
    expect(commits.map((c) => c.id)).toContain(side);
    expect(commits.at(-1)!.id).toBe(first);
  });

  it('reads no parents for the root commit, one for a plain commit and two for a merge', async () => {
    const byId = new Map((await commitsOf({ cwd: repo.path })).map((c) => [c.id, c]));
    expect(byId.get(first)!.parents).toEqual([]);
    expect(byId.get(second)!.parents).toEqual([first]);
    expect(byId.get(merge)!.parents).toEqual([second, side]);
  });

  it('keeps author and committer apart, with their strict ISO dates', async () => {
    const commit = (await commitsOf({ cwd: repo.path })).find((c) => c.id === side)!;
    expect(commit).toMatchObject({ authorName: 'Side Person', authorEmail: 'side@example.org', committerName: 'Commit Bot', committerEmail: 'bot@example.org' });
    const root = (await commitsOf({ cwd: repo.path })).find((c) => c.id === first)!;
    expect(root.authorDate).toBe('2026-01-05T10:00:00+01:00');
    expect(root.committerDate).toBe('2026-01-05T10:00:00+01:00');
  });

  it('keeps a message whole, embedded blank lines included', async () => {
    const commit = (await commitsOf({ cwd: repo.path })).find((c) => c.id === side)!;
    expect(commit.message).toBe(
      'side work\n\nFirst paragraph.\n\n\nSecond paragraph after two blank lines.\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
    );
  });

  it('reads raw identities even when .mailmap would rename them', async () => {
    const [newest] = await commitsOf({ cwd: repo.path });
    expect(newest).toMatchObject({ authorName: 'Claude', authorEmail: 'noreply@anthropic.com' });
  });

  it('reads only the commits a revision range selects', async () => {
    const commits = await commitsOf({ cwd: repo.path, revisions: [`${first}..${second}`] });
    expect(commits.map((c) => c.id)).toEqual([second]);
  });

  it('passes extra arguments to git log before the revisions', async () => {
    const commits = await commitsOf({ cwd: repo.path, revisions: ['main'], extraArgs: ['--max-count=2'] });
    expect(commits).toHaveLength(2);
  });

  it('rejects with a GitError naming the revision when git does not know it', async () => {
    const error = await commitsOf({ cwd: repo.path, revisions: ['no-such-branch..main'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).message).toContain('no-such-branch');
    expect((error as GitError).exitCode).not.toBe(0);
    // The command line in the message leaves out the safety flags, which are noise to a user.
    expect((error as GitError).message).not.toContain('core.fsmonitor');
  });

  it('reads a revision that looks like an option as a revision, so git never writes a file for it', async () => {
    const file = join(repo.path, '..', 'injected.txt');
    const error = await commitsOf({ cwd: repo.path, revisions: ['main', `--output=${file}`] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).stderr).toContain(`bad revision '--output=${file}'`);
    expect(existsSync(file)).toBe(false);
  });

  it('delivers the same commits in batches as one by one', async () => {
    const flat: string[] = [];
    for await (const batch of readGitLogBatches({ cwd: repo.path })) flat.push(...batch.map((c) => c.id));
    expect(flat).toEqual((await commitsOf({ cwd: repo.path })).map((c) => c.id));
  });

  it('stops git when the reader stops early, without an unhandled rejection', async () => {
    const seen: string[] = [];
    for await (const commit of readGitLog({ cwd: repo.path })) {
      seen.push(commit.id);
      break;
    }
    expect(seen).toHaveLength(1);
  });
});

describe('readGitLog on messages that look like its own format', () => {
  let repo: FixtureRepo;
  beforeAll(() => {
    repo = createRepo();
    repo.commit({ message: 'subject only, no trailing newline' });
    repo.commit({ message: 'a\n\n%H%x00 looks like a format\n' });
  });
  afterAll(() => repo.cleanup());

  it('reads format placeholders in a message as plain text and keeps messages byte for byte', async () => {
    const [newest, oldest] = await commitsOf({ cwd: repo.path });
    expect(newest!.message).toBe('a\n\n%H%x00 looks like a format\n');
    // Committed verbatim: git keeps the message exactly, without adding a final newline.
    expect(oldest!.message).toBe('subject only, no trailing newline');
  });
});
