/** @fileoverview What the hooks say, through real `git commit` and `git push`: runtime advice, one warning per commit, weak branches, look-alikes, no-policy installs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';

describe('hook messages', () => {
  let sandbox: HookSandbox;

  beforeAll(() => {
    sandbox = createHookSandbox();
  });
  afterAll(() => sandbox.cleanup());

  it('hook install with no policy anywhere says the hooks will only warn, and says nothing once a policy exists', async () => {
    const repo = sandbox.initRepo('no-policy');
    const install = await sandbox.aiguard(repo, ['hook', 'install']);
    expect(install.exitCode, install.stderr).toBe(0);
    expect(install.stdout).toContain('note: no policy found (managed, user or .aiguard.json): the hooks will only warn, never block');
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': JSON.stringify({ assistants: { 'claude-code': 'block' } }) });
    const again = await sandbox.aiguard(repo, ['hook', 'install']);
    expect(again.stdout).not.toContain('will only warn');
  });

  it('prints a runtime warning once when pre-commit and commit-msg both run in one commit', async () => {
    const repo = sandbox.initRepo('warn-once');
    expect((await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'commit-msg,pre-commit'])).exitCode).toBe(0);
    const result = await sandbox.git(repo, ['commit', '-q', '--allow-empty', '-m', 'Plain message'], { env: { CLAUDECODE: '1' } });
    expect(result.exitCode, result.stderr).toBe(0);
    const warnings = result.stderr.split('\n').filter((line) => line.startsWith('aiguard: warning:') && line.includes('CLAUDECODE'));
    expect(warnings).toHaveLength(1);
    // The record is consumed: the next commit warns again, once.
    const next = await sandbox.git(repo, ['commit', '-q', '--allow-empty', '-m', 'Second'], { env: { CLAUDECODE: '1' } });
    expect(next.stderr.split('\n').filter((line) => line.includes('CLAUDECODE'))).toHaveLength(1);
  });

  it('blocks a commit made inside Claude Code with advice about the terminal, not about unstaging files', async () => {
    const repo = sandbox.initRepo('runtime-block');
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': JSON.stringify({ assistants: { 'claude-code': 'block' } }) });
    expect((await sandbox.aiguard(repo, ['hook', 'install'])).exitCode).toBe(0);
    const result = await sandbox.git(repo, ['commit', '-q', '--allow-empty', '-m', 'Plain message'], { env: { CLAUDECODE: '1' } });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('CLAUDECODE');
    expect(result.stderr).toContain('run it from your own terminal');
    expect(result.stderr).not.toMatch(/unstage|restore --staged|Remove the lines/i);
  });

  it('shows the folded form of a look-alike trailer and names the hidden characters', async () => {
    const repo = sandbox.initRepo('lookalike');
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': JSON.stringify({ assistants: { 'claude-code': 'block' } }) });
    expect((await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'commit-msg'])).exitCode).toBe(0);
    const result = await sandbox.git(repo, ['commit', '-q', '--allow-empty', '-m', 'Fix\n\nCo-Authored\u200B-By: \u0421laude <noreply@anthropic.com>']);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('reads as "Co-Authored-By: Claude <noreply@anthropic.com>"');
    expect(result.stderr).toContain('U+200B zero-width space');
    expect(result.stderr).toContain('U+0421 Cyrillic "\u0421" (reads as "C")');
  });

  it('warns about a pushed claude/ branch without saying a block rule decided the warning', async () => {
    const remote = sandbox.initRepo('remote.git', { bare: true });
    const repo = sandbox.initRepo('branch-push');
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': JSON.stringify({ assistants: { 'claude-code': 'block' } }) });
    sandbox.gitOk(repo, 'remote', 'add', 'origin', remote);
    expect((await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'pre-push'])).exitCode).toBe(0);
    sandbox.gitOk(repo, 'checkout', '-q', '-b', 'claude/fix-login-3T29K');
    const result = await sandbox.git(repo, ['push', '-q', 'origin', 'claude/fix-login-3T29K']);
    expect(result.exitCode, result.stderr).toBe(0);
    const warning = result.stderr.split('\n').find((line) => line.startsWith('aiguard: warning:') && line.includes('claude/fix-login-3T29K'));
    expect(warning).toBeDefined();
    expect(warning).toContain('weak evidence (people make it too), so a warning only');
    expect(warning).not.toMatch(/decided by .*block/);
  });
});
