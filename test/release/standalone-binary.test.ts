/**
 * @fileoverview The linux-x64 standalone binary (Node SEA) on a PATH with git and no node: scan, audit, hook install,
 * a blocked commit and push, and the documented exit codes.
 */
import { execa } from 'execa';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_CLAUDE, CLAUDE_TRAILER, createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';
import { buildRelease, makeBinFolder } from '../helpers/release-build.js';

describe('the linux-x64 standalone binary without node', () => {
  let sandbox: HookSandbox;
  let binary: string;
  let env: NodeJS.ProcessEnv;

  const run = async (cwd: string, file: string, args: readonly string[]) => {
    const result = await execa(file, args, { cwd, env, extendEnv: false, reject: false, input: '' });
    return { exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
  };
  const aiguard = (cwd: string, ...args: string[]) => run(cwd, binary, args);

  beforeAll(() => {
    sandbox = createHookSandbox();
    const out = join(sandbox.root, 'artefacts');
    buildRelease(['linux-x64'], out);
    binary = join(out, 'aiguard-linux-x64');
    env = { ...sandbox.env, PATH: makeBinFolder(join(sandbox.root, 'bin'), ['git', 'sh', 'cat', 'grep']) };
  }, 120_000);
  afterAll(() => sandbox.cleanup());

  it('runs where PATH has git and no node', async () => {
    expect((await run(sandbox.root, 'sh', ['-c', 'command -v node'])).exitCode).not.toBe(0);
    const version = await aiguard(sandbox.root, '--version');
    expect(version.exitCode, version.stderr).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n?$/);
    expect(version.stderr).toBe('');
  });

  it('scans: 1 for a Claude Code commit, 0 for a clean repository, 2 for a bad option, 3 for a folder that is no repository', async () => {
    const dirty = sandbox.initRepo('dirty');
    sandbox.commit(dirty, 'Add the policy\n', { '.aiguard.json': BLOCK_CLAUDE });
    sandbox.commit(dirty, `Generated step\n\n${CLAUDE_TRAILER}\n`);
    const blocked = await aiguard(dirty, 'scan', '--format', 'json');
    expect(blocked.exitCode, blocked.stderr).toBe(1);
    expect(JSON.parse(blocked.stdout).findings).toContainEqual(expect.objectContaining({ signature: 'claude-code/co-author-trailer', verdict: 'block' }));

    const clean = sandbox.initRepo('clean');
    sandbox.commit(clean, 'Add the policy\n', { '.aiguard.json': BLOCK_CLAUDE });
    expect((await aiguard(clean, 'scan')).exitCode).toBe(0);

    const usage = await aiguard(clean, 'scan', '--no-such-option');
    expect(usage.exitCode).toBe(2);
    expect(usage.stderr.trimEnd().split('\n')).toHaveLength(1);

    const nowhere = join(sandbox.root, 'not-a-repo');
    mkdirSync(nowhere);
    const failed = await aiguard(nowhere, 'scan');
    expect(failed.exitCode).toBe(3);
    expect(failed.stderr).toMatch(/^aiguard: /);
  });

  it('draws the progress line and then the report in a terminal (the line needs no ink, which the binary lacks)', async () => {
    const repo = sandbox.initRepo('terminal');
    sandbox.commit(repo, 'Human work\n');
    // script(1) gives the binary a real pseudo-terminal as stdout and stderr; CI is unset, so the progress line is drawn.
    const terminalEnv: NodeJS.ProcessEnv = { ...env, TERM: 'xterm' };
    delete terminalEnv.CI;
    const script = execFileSync('sh', ['-c', 'command -v script'], { encoding: 'utf8' }).trim();
    const result = await execa(script, ['-qec', `'${binary}' scan`, '/dev/null'], { cwd: repo, env: terminalEnv, extendEnv: false, reject: false });
    expect(result.exitCode, String(result.stdout)).toBe(0);
    expect(String(result.stdout)).toMatch(/✔ Scanned 1 commit in \d/);
    expect(String(result.stdout)).toMatch(/Scanned 1 commits?\b/);
  });

  it('audits a home with Claude Code folders and blocks by policy', async () => {
    const home = join(sandbox.root, 'audited-home');
    mkdirSync(join(home, '.claude'), { recursive: true });
    writeFileSync(join(home, '.claude', 'settings.json'), '{}\n');
    const policy = join(sandbox.root, 'policy.json');
    writeFileSync(policy, BLOCK_CLAUDE);
    const audit = await aiguard(sandbox.root, 'audit', '--home', home, '--only', 'home', '--policy', policy, '--format', 'json');
    expect(audit.exitCode, audit.stderr).toBe(1);
    expect(JSON.parse(audit.stdout).findings.some((finding: { assistant: string }) => finding.assistant === 'claude-code')).toBe(true);
  });

  it('installs hooks that call the binary itself, which then block a commit and a push', async () => {
    const repo = sandbox.initRepo('hooked');
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': BLOCK_CLAUDE });
    const install = await aiguard(repo, 'hook', 'install');
    expect(install.exitCode, install.stderr).toBe(0);
    const hook = readFileSync(join(repo, '.git', 'hooks', 'commit-msg'), 'utf8');
    expect(hook).toContain(`aiguard_node='${binary}'`);
    expect(hook).toContain('"$aiguard_node" hook run commit-msg');

    writeFileSync(join(repo, 'a.txt'), 'a\n');
    sandbox.gitOk(repo, 'add', 'a.txt');
    const commit = await run(repo, 'git', ['commit', '-q', '-m', `Step\n\n${CLAUDE_TRAILER}`]);
    expect(commit.exitCode).toBe(1);
    expect(commit.stderr).toContain('claude-code/co-author-trailer');
    const ok = await run(repo, 'git', ['commit', '-q', '-m', 'Human step']);
    expect(ok.exitCode, ok.stderr).toBe(0);

    const remote = sandbox.initRepo('hooked-remote.git', { bare: true });
    sandbox.gitOk(repo, 'remote', 'add', 'origin', remote);
    sandbox.commit(repo, `Sneaked in\n\n${CLAUDE_TRAILER}\n`);
    const push = await run(repo, 'git', ['push', 'origin', 'main']);
    expect(push.exitCode).not.toBe(0);
    expect(push.stderr).toContain('aiguard: push to origin blocked by the AI assistant policy');
  });
});
