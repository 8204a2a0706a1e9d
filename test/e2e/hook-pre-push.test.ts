/**
 * @fileoverview The pre-push hook end to end: real `git push` to a local bare remote with the installed hook: several
 * refs at once, new branches (only new commits), force pushes, deletions, tags, runtime evidence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_CLAUDE, CLAUDE_TRAILER, createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';

describe('aiguard hook run pre-push', () => {
  let sandbox: HookSandbox;
  let repo: string;
  let remote: string;
  /** A Claude commit already on the remote (pushed with --no-verify before the policy mattered). */
  let oldClaude: string;

  beforeAll(async () => {
    sandbox = createHookSandbox();
    remote = sandbox.initRepo('remote.git', { bare: true });
    repo = sandbox.initRepo('work');
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': BLOCK_CLAUDE });
    oldClaude = sandbox.commit(repo, `Old work\n\n${CLAUDE_TRAILER}\n`);
    sandbox.gitOk(repo, 'remote', 'add', 'origin', remote);
    sandbox.gitOk(repo, 'push', '-q', '--no-verify', 'origin', 'main');
    const install = await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'pre-push']);
    expect(install.exitCode, install.stderr).toBe(0);
  });
  afterAll(() => sandbox.cleanup());

  const push = (...args: string[]) => sandbox.git(repo, ['push', '--porcelain', 'origin', ...args]);
  const remoteRef = (ref: string) => sandbox.git(remote, ['rev-parse', '--verify', '--quiet', ref]).then((r) => r.stdout.trim());
  const branch = (name: string, from = 'main') => sandbox.gitOk(repo, 'switch', '-q', '-c', name, from);

  it('accepts a new branch whose own commits are clean although main already holds a Claude commit', async () => {
    branch('clean-feature');
    const tip = sandbox.commit(repo, 'Add a clean feature\n', { 'src/feature.ts': 'export {};\n' });
    const result = await push('clean-feature');
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('aiguard');
    expect(await remoteRef('refs/heads/clean-feature')).toBe(tip);
    expect(sandbox.gitOk(repo, 'merge-base', '--is-ancestor', oldClaude, tip)).toBe('');
  });

  it('rejects a push with a Claude commit and names the commit, its subject and the rule', async () => {
    branch('bad-feature');
    const clean = sandbox.commit(repo, 'Clean step\n');
    const bad = sandbox.commit(repo, `Generated step\n\n${CLAUDE_TRAILER}\n`);
    const result = await push('bad-feature');
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('aiguard: push to origin blocked by the AI assistant policy (2 new commits checked)');
    expect(result.stderr).toContain(`commit ${bad.slice(0, 10)} "Generated step": "${CLAUDE_TRAILER}": claude-code/co-author-trailer (Claude Code)`);
    expect(result.stderr).not.toContain(clean.slice(0, 10));
    expect(result.stderr).not.toContain(oldClaude.slice(0, 10));
    expect(await remoteRef('refs/heads/bad-feature')).toBe('');
  });

  it('checks every ref of one push and rejects the whole push when one ref is bad', async () => {
    branch('good-a');
    const goodA = sandbox.commit(repo, 'Good A\n');
    branch('good-b', 'main');
    sandbox.commit(repo, 'Good B\n');
    const result = await push('good-a', 'bad-feature', 'good-b');
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('"Generated step"');
    expect(result.stderr).not.toContain(goodA.slice(0, 10));
    expect(await remoteRef('refs/heads/good-a')).toBe('');
    const clean = await push('good-a', 'good-b');
    expect(clean.exitCode, clean.stderr).toBe(0);
    expect(await remoteRef('refs/heads/good-a')).toBe(goodA);
  });

  it('rejects a force push that rewrites a branch with a Claude commit, then accepts the clean rewrite', async () => {
    branch('rewrite');
    sandbox.commit(repo, 'First take\n');
    expect((await push('rewrite')).exitCode).toBe(0);
    sandbox.gitOk(repo, 'reset', '-q', '--hard', 'HEAD~1');
    const bad = sandbox.commit(repo, `Second take\n\n${CLAUDE_TRAILER}\n`);
    const rejected = await push('--force', 'rewrite');
    expect(rejected.exitCode).not.toBe(0);
    expect(rejected.stderr).toContain(`commit ${bad.slice(0, 10)} "Second take"`);
    sandbox.gitOk(repo, 'reset', '-q', '--hard', 'HEAD~1');
    const clean = sandbox.commit(repo, 'Third take\n');
    const accepted = await push('--force', 'rewrite');
    expect(accepted.exitCode, accepted.stderr).toBe(0);
    expect(await remoteRef('refs/heads/rewrite')).toBe(clean);
  });

  it('checks a force push over remote commits this clone never fetched (the old tip is unknown here)', async () => {
    const other = sandbox.initRepo('other');
    sandbox.gitOk(other, 'remote', 'add', 'origin', remote);
    sandbox.commit(other, 'Work pushed from elsewhere\n');
    sandbox.gitOk(other, 'push', '-q', '--no-verify', 'origin', 'HEAD:refs/heads/shared');
    branch('shared-local');
    const bad = sandbox.commit(repo, `Overwrite it\n\n${CLAUDE_TRAILER}\n`);
    const rejected = await push('--force', 'shared-local:shared');
    expect(rejected.exitCode).not.toBe(0);
    expect(rejected.stderr).toContain(`commit ${bad.slice(0, 10)} "Overwrite it"`);
    sandbox.gitOk(repo, 'reset', '-q', '--hard', 'HEAD~1');
    const clean = sandbox.commit(repo, 'Overwrite it cleanly\n');
    const accepted = await push('--force', 'shared-local:shared');
    expect(accepted.exitCode, accepted.stderr).toBe(0);
    expect(await remoteRef('refs/heads/shared')).toBe(clean);
  });

  it('accepts a deletion, which carries no commits', async () => {
    expect(await remoteRef('refs/heads/rewrite')).not.toBe('');
    const result = await push('--delete', 'rewrite');
    expect(result.exitCode, result.stderr).toBe(0);
    expect(await remoteRef('refs/heads/rewrite')).toBe('');
  });

  it('rejects a tag that brings a Claude commit and accepts a tag on pushed commits', async () => {
    sandbox.gitOk(repo, 'tag', '-a', '-m', 'Release bad', 'v0.1-bad', 'bad-feature');
    const rejected = await push('v0.1-bad');
    expect(rejected.exitCode).not.toBe(0);
    expect(rejected.stderr).toContain('"Generated step"');
    expect(await remoteRef('refs/tags/v0.1-bad')).toBe('');
    sandbox.gitOk(repo, 'tag', 'v0.1', 'good-a');
    const accepted = await push('v0.1');
    expect(accepted.exitCode, accepted.stderr).toBe(0);
    expect(await remoteRef('refs/tags/v0.1')).not.toBe('');
  });

  it('rejects a clean push made inside Claude Code (CLAUDECODE=1)', async () => {
    branch('agent-run', 'main');
    sandbox.commit(repo, 'Clean but pushed by an agent\n');
    const result = await sandbox.git(repo, ['push', 'origin', 'agent-run'], { env: { CLAUDECODE: '1' } });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('CLAUDECODE');
    expect(await remoteRef('refs/heads/agent-run')).toBe('');
  });

  it('checks the one ref the pre-commit framework describes in PRE_COMMIT_* variables when stdin is empty', async () => {
    const bad = sandbox.gitOk(repo, 'rev-parse', 'bad-feature');
    const env = { PRE_COMMIT_TO_REF: bad, PRE_COMMIT_FROM_REF: '', PRE_COMMIT_REMOTE_NAME: 'origin', PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/bad-feature', PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/bad-feature' };
    const result = await sandbox.aiguard(repo, ['hook', 'run', 'pre-push'], { env });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`commit ${bad.slice(0, 10)} "Generated step"`);
    const clean = await sandbox.aiguard(repo, ['hook', 'run', 'pre-push'], { env: { ...env, PRE_COMMIT_TO_REF: sandbox.gitOk(repo, 'rev-parse', 'good-a') } });
    expect(clean.exitCode, clean.stderr).toBe(0);
  });

  it('exits 2 with one line on malformed stdin', async () => {
    const result = await sandbox.aiguard(repo, ['hook', 'run', 'pre-push', 'origin', remote], { input: 'not a ref line\n' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^aiguard: pre-push input line is not "<local ref> <local sha> <remote ref> <remote sha>": "not a ref line"\n$/);
  });
});
