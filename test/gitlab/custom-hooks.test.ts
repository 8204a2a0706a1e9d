/**
 * @fileoverview `aiguard hook gitlab-bundle`: the custom_hooks folder and tarball for GitLab's Gitaly, run the way
 * Gitaly runs `pre-receive.d/` scripts (each executable with git's stdin) on a real bare repository and push.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_CLAUDE, CLAUDE_TRAILER, createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';

describe('aiguard hook gitlab-bundle', () => {
  let sandbox: HookSandbox;
  let out: string;

  beforeAll(() => {
    sandbox = createHookSandbox();
    out = join(sandbox.root, 'bundle');
  });
  afterAll(() => sandbox.cleanup());

  it('writes custom_hooks/pre-receive.d/aiguard and a tarball holding it', async () => {
    const result = await sandbox.aiguard(sandbox.root, ['hook', 'gitlab-bundle', out]);
    expect(result.exitCode, result.stderr).toBe(0);
    const script = join(out, 'custom_hooks', 'pre-receive.d', 'aiguard');
    expect(statSync(script).mode & 0o111).not.toBe(0);
    expect(readFileSync(script, 'utf8')).toContain('hook run pre-receive');
    expect(execFileSync('tar', ['-tf', join(out, 'custom_hooks.tar')], { encoding: 'utf8' }).split('\n')).toContain('custom_hooks/pre-receive.d/aiguard');
  });

  it('blocks a push with a Claude commit when run as Gitaly runs pre-receive.d', async () => {
    const server = sandbox.initRepo('server.git', { bare: true });
    sandbox.write(join(server, '.aiguard.json'), BLOCK_CLAUDE);
    execFileSync('tar', ['-xf', join(out, 'custom_hooks.tar'), '-C', server]);
    // Gitaly's dispatch, reduced: every executable in custom_hooks/pre-receive.d/ in order, each with the same stdin.
    sandbox.write(
      join(server, 'hooks', 'pre-receive'),
      '#!/bin/sh\ninput=$(cat)\nfor hook in "$GIT_DIR"/custom_hooks/pre-receive.d/*; do\n  [ -x "$hook" ] || continue\n  printf \'%s\\n\' "$input" | "$hook" || exit $?\ndone\n',
    );
    execFileSync('chmod', ['+x', join(server, 'hooks', 'pre-receive')]);
    const repo = sandbox.initRepo('client');
    sandbox.gitOk(repo, 'remote', 'add', 'origin', server);
    sandbox.commit(repo, 'Human work\n');
    expect((await sandbox.git(repo, ['push', 'origin', 'main'])).exitCode).toBe(0);
    sandbox.commit(repo, `Generated\n\n${CLAUDE_TRAILER}\n`);
    const push = await sandbox.git(repo, ['push', 'origin', 'main']);
    expect(push.exitCode).not.toBe(0);
    expect(push.stderr).toContain('claude-code/co-author-trailer');
  });

  it('takes exactly one DIR', async () => {
    const result = await sandbox.aiguard(sandbox.root, ['hook', 'gitlab-bundle']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('aiguard hook gitlab-bundle takes one DIR to write custom_hooks/ into; got 0\n');
  });
});
