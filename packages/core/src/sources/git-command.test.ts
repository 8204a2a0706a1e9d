/** @fileoverview Tests the safe git runner: flags that stop a hostile repository config, errors, warnings and early stop. */
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../../../../test/helpers/git-fixture.js';
import { GitError, runGit, SAFE_GIT_CONFIG, startGit } from './git-command.js';

describe('runGit', () => {
  let repo: FixtureRepo;
  beforeEach(() => {
    repo = createRepo();
    repo.commit({ message: 'init\n', files: { 'a.txt': 'a' } });
  });
  afterEach(() => repo.cleanup());

  it('returns git stdout', async () => {
    expect((await runGit(['rev-parse', 'HEAD'], { cwd: repo.path })).trim()).toBe(repo.git('rev-parse', 'HEAD'));
  });

  it("never runs the repository's core.fsmonitor program on an index read", async () => {
    const marker = join(repo.path, '..', 'fsmonitor-ran');
    repo.write('.git/fsmonitor.sh', `#!/bin/sh\ntouch '${marker}'\n`);
    chmodSync(join(repo.path, '.git/fsmonitor.sh'), 0o755);
    repo.git('config', 'core.fsmonitor', join(repo.path, '.git/fsmonitor.sh'));
    await runGit(['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: repo.path });
    await runGit(['status', '--porcelain'], { cwd: repo.path });
    expect(existsSync(marker)).toBe(false);
  });

  it('rejects with a GitError carrying git stderr and exit code, without the safety flags in its message', async () => {
    const error = await runGit(['rev-parse', '--verify', 'nope'], { cwd: repo.path }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).exitCode).toBe(128);
    expect((error as GitError).stderr).toMatch(/nope|Needed a single revision/);
    for (const flag of SAFE_GIT_CONFIG.filter((arg) => arg !== '-c')) expect((error as GitError).message).not.toContain(flag);
  });

  it('reports git messages in English whatever the locale', async () => {
    const error = (await runGit(['log', 'no-such-rev'], { cwd: repo.path, env: { ...process.env, LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } }).catch((e: unknown) => e)) as GitError;
    expect(error.stderr).toMatch(/unknown revision|ambiguous argument/);
  });
});

describe('startGit', () => {
  let repo: FixtureRepo;
  beforeEach(() => {
    repo = createRepo();
    for (let i = 0; i < 3; i++) repo.commit({ message: `c${i}\n` });
  });
  afterEach(() => repo.cleanup());

  it('streams stdout and resolves done on success', async () => {
    const git = startGit(['log', '--format=%H'], { cwd: repo.path });
    let text = '';
    for await (const chunk of git.stdout) text += String(chunk);
    await git.done;
    expect(text.trim().split('\n')).toHaveLength(3);
  });

  it('rejects done with a GitError on a non-zero exit', async () => {
    const git = startGit(['log', 'no-such-rev'], { cwd: repo.path });
    git.stdout.resume();
    await expect(git.done).rejects.toBeInstanceOf(GitError);
  });

  it('resolves done after stop() even though git was killed', async () => {
    const git = startGit(['log', '--format=%H'], { cwd: repo.path });
    git.stop();
    git.stdout.resume();
    await expect(git.done).resolves.toBeUndefined();
  });

  it('rejects with a GitError that says git is missing when it cannot be found', async () => {
    const git = startGit(['--version'], { cwd: repo.path, env: { ...process.env, PATH: '/nonexistent' } });
    await expect(git.done).rejects.toThrow(/git is not installed or not on PATH/);
  });
});
