/**
 * @fileoverview The pre-receive hook end to end on a bare "server" repository, pushed to over file:// and over a
 * real `git daemon` on 127.0.0.1: --no-verify cannot skip it, clean pushes pass, break glass is audited.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_CLAUDE, CLAUDE_TRAILER, createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';

/** A TCP port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port. */
async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`git daemon exited with ${child.exitCode} before listening on ${port}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`git daemon did not listen on 127.0.0.1:${port}`);
}

describe('aiguard hook run pre-receive', () => {
  let sandbox: HookSandbox;
  let server: string;
  let repo: string;
  let daemon: ChildProcess | undefined;
  let daemonUrl: string;
  let bad: string;

  beforeAll(async () => {
    sandbox = createHookSandbox();
    server = sandbox.initRepo('srv/server.git', { bare: true });
    writeFileSync(join(server, '.aiguard.json'), BLOCK_CLAUDE);
    const install = await sandbox.aiguard(server, ['hook', 'install', '--server']);
    expect(install.exitCode, install.stderr).toBe(0);
    expect(install.stdout).toContain('pre-receive: installed');
    expect(sandbox.gitOk(server, 'config', 'receive.advertisePushOptions')).toBe('true');

    repo = sandbox.initRepo('work');
    sandbox.commit(repo, 'Start\n', { 'README.md': '# demo\n' });
    bad = sandbox.commit(repo, `Generated change\n\n${CLAUDE_TRAILER}\n`);
    sandbox.gitOk(repo, 'branch', 'clean', 'HEAD~1');

    const port = await freePort();
    daemon = spawn('git', ['daemon', '--listen=127.0.0.1', `--port=${port}`, '--reuseaddr', '--export-all', '--enable=receive-pack', `--base-path=${join(sandbox.root, 'srv')}`, join(sandbox.root, 'srv')], {
      env: sandbox.env,
      stdio: 'ignore',
    });
    await waitForPort(port, daemon);
    daemonUrl = `git://127.0.0.1:${port}/server.git`;
  });
  afterAll(() => {
    daemon?.kill();
    sandbox.cleanup();
  });

  /** `git push --no-verify [options] URL refspecs`: options are the leading `-o X` pairs of `args`. */
  const push = (url: string, args: readonly string[], env?: NodeJS.ProcessEnv) => {
    const options = args.flatMap((arg, index) => (args[index - 1] === '-o' || arg === '-o' ? [arg] : []));
    const refspecs = args.filter((arg, index) => arg !== '-o' && args[index - 1] !== '-o');
    return sandbox.git(repo, ['push', '--no-verify', ...options, url, ...refspecs], { env });
  };
  /** A new Claude commit on top of `clean` (never on the server yet: a commit the server has is not new to it). */
  const newBadCommit = (subject: string) => sandbox.gitOk(repo, 'commit-tree', 'clean^{tree}', '-p', 'clean', '-m', `${subject}\n\n${CLAUDE_TRAILER}`);
  const serverRef = (ref: string) => sandbox.git(server, ['rev-parse', '--verify', '--quiet', ref]).then((r) => r.stdout.trim());
  const transports = () => [
    ['file://', `file://${server}`],
    ['git daemon', daemonUrl],
  ] as const;

  it.each([0, 1])('rejects a Claude commit pushed with --no-verify (transport %#: file://, git daemon)', async (index) => {
    const [, url] = transports()[index]!;
    const result = await push(url, [`${bad}:refs/heads/feature-${index}`]);
    expect(result.stderr).not.toContain('BREAK GLASS');
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('remote: aiguard: push rejected by the AI assistant policy (2 new commits checked)');
    expect(result.stderr).toContain(`commit ${bad.slice(0, 10)} "Generated change": "${CLAUDE_TRAILER}": claude-code/co-author-trailer`);
    expect(result.stderr).toContain('pre-receive hook declined');
    expect(await serverRef(`refs/heads/feature-${index}`)).toBe('');
  });

  it.each([0, 1])('accepts a clean push (transport %#: file://, git daemon)', async (index) => {
    const [, url] = transports()[index]!;
    const result = await push(url, [`clean:refs/heads/clean-${index}`]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('remote: aiguard');
    expect(await serverRef(`refs/heads/clean-${index}`)).toBe(sandbox.gitOk(repo, 'rev-parse', 'clean'));
  });

  it.each([0, 1])('lets a blocked push in with -o aiguard.breakglass and writes the audit line (transport %#: file://, git daemon)', async (index) => {
    const [, url] = transports()[index]!;
    const logFile = join(server, 'aiguard-breakglass.log');
    const linesBefore = existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').length : 0;
    const glass = newBadCommit(`Hotfix ${index}`);
    const result = await push(url, ['-o', `aiguard.breakglass=prod is down, INC-${index}`, `${glass}:refs/heads/glass-${index}`]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`remote: aiguard: BREAK GLASS by \\S+: push accepted despite 1 blocking finding in commits ${glass.slice(0, 10)}; reason "prod is down, INC-${index}"; recorded in ${logFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(await serverRef(`refs/heads/glass-${index}`)).toBe(glass);
    const lines = readFileSync(logFile, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(linesBefore + 1);
    const record = JSON.parse(lines.at(-1)!);
    expect(record).toMatchObject({ event: 'breakglass', reason: `prod is down, INC-${index}`, refs: [{ ref: `refs/heads/glass-${index}`, new: glass }] });
    expect(record.blocked[0]).toMatchObject({ commit: glass, signature: 'claude-code/co-author-trailer' });
  });

  it('ignores an empty break-glass reason and a push option under another name', async () => {
    const empty = await push(`file://${server}`, ['-o', 'aiguard.breakglass=', '-o', 'breakglass=yes', `${newBadCommit('No glass')}:refs/heads/no-glass`]);
    expect(empty.exitCode).not.toBe(0);
    expect(empty.stderr).toContain('push rejected');
  });

  it('never takes the policy from the pushed content: a pushed .aiguard.json allowing Claude changes nothing', async () => {
    sandbox.gitOk(repo, 'switch', '-q', '-c', 'sneaky', 'clean');
    sandbox.commit(repo, 'Allow everything\n', { '.aiguard.json': JSON.stringify({ assistants: { 'claude-code': 'allow' } }) });
    const sneaky = sandbox.commit(repo, `More generated code\n\n${CLAUDE_TRAILER}\n`);
    const result = await push(`file://${server}`, ['sneaky']);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain(sneaky.slice(0, 10));
  });

  it('applies the managed layer (AIGUARD_MANAGED_POLICY) on a server repository without its own policy', async () => {
    const plain = sandbox.initRepo('srv/plain.git', { bare: true });
    expect((await sandbox.aiguard(plain, ['hook', 'install', '--server'])).exitCode).toBe(0);
    const managed = join(sandbox.root, 'managed-policy.json');
    writeFileSync(managed, BLOCK_CLAUDE);
    const withoutPolicy = await push(`file://${plain}`, [`${bad}:refs/heads/a`]);
    expect(withoutPolicy.exitCode, withoutPolicy.stderr).toBe(0);
    const withManaged = await push(`file://${plain}`, [`${newBadCommit('Managed')}:refs/heads/b`], { AIGUARD_MANAGED_POLICY: managed });
    expect(withManaged.exitCode).not.toBe(0);
    expect(withManaged.stderr).toContain('managed');
  });

  /** A bare server with the pre-receive hook and no policy of its own, plus a managed policy file for AIGUARD_MANAGED_POLICY. */
  const managedServer = async (name: string, policy: unknown): Promise<{ url: string; env: NodeJS.ProcessEnv }> => {
    const bare = sandbox.initRepo(`srv/${name}.git`, { bare: true });
    expect((await sandbox.aiguard(bare, ['hook', 'install', '--server'])).exitCode).toBe(0);
    const managed = join(sandbox.root, `${name}-managed.json`);
    writeFileSync(managed, JSON.stringify(policy));
    return { url: `file://${bare}`, env: { AIGUARD_MANAGED_POLICY: managed } };
  };

  it('refuses break glass when the managed policy says breakGlass: "off" (issue 10)', async () => {
    const { url, env } = await managedServer('glass-off', { assistants: { 'claude-code': 'block' }, breakGlass: 'off' });
    const result = await push(url, ['-o', 'aiguard.breakglass=prod is down', `${newBadCommit('Glass off')}:refs/heads/x`], env);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('break glass refused');
    expect(result.stderr).toContain('breakGlass: "off"');
    expect(result.stderr).not.toContain('BREAK GLASS');
  });

  it('lets only the listed pushers break glass (breakGlassPushers, matched against the e-mail the server reports)', async () => {
    const { url, env } = await managedServer('glass-pushers', { assistants: { 'claude-code': 'block' }, breakGlassPushers: ['rm@example.com'] });
    const stranger = await push(url, ['-o', 'aiguard.breakglass=prod is down', `${newBadCommit('Stranger')}:refs/heads/a`], { ...env, GITEA_PUSHER_EMAIL: 'ana@example.com' });
    expect(stranger.exitCode).not.toBe(0);
    expect(stranger.stderr).toContain('allows break glass only for rm@example.com');
    const releaseManager = await push(url, ['-o', 'aiguard.breakglass=prod is down', `${newBadCommit('Release manager')}:refs/heads/b`], { ...env, GITEA_PUSHER_EMAIL: 'RM@example.com' });
    expect(releaseManager.exitCode, releaseManager.stderr).toBe(0);
    expect(releaseManager.stderr).toContain('BREAK GLASS');
  });

  it('judges a back-dated commit new to the server under the ban whatever its dates say (issue 10)', async () => {
    const { url, env } = await managedServer('back-dated', { assistants: { 'claude-code': 'block' }, enforceSince: '2026-01-01' });
    const dates = { GIT_AUTHOR_DATE: '2020-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2020-01-01T00:00:00Z' };
    const old = execFileSync('git', ['commit-tree', 'clean^{tree}', '-p', 'clean', '-m', `Back-dated\n\n${CLAUDE_TRAILER}`], { cwd: repo, env: { ...sandbox.env, ...dates }, encoding: 'utf8' }).trim();
    const result = await push(url, [`${old}:refs/heads/old`], env);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain(old.slice(0, 10));
  });

  it('refuses to install pre-receive into a work tree without --server, and client hooks with --server', async () => {
    const notBare = await sandbox.aiguard(server, ['hook', 'install']);
    expect(notBare.exitCode).toBe(2);
    expect(notBare.stderr).toContain('is a bare repository: use `aiguard hook install --server`');
    const wrongHook = await sandbox.aiguard(server, ['hook', 'install', '--server', '--hooks', 'pre-push']);
    expect(wrongHook.exitCode).toBe(2);
    expect(wrongHook.stderr).toContain('"pre-push" is not a hook aiguard installs with --server');
  });
});
