/**
 * @fileoverview The packed `aiguard` tarball as an outsider uses it: installed offline into an unrelated folder, run
 * with npx on a repository with Claude Code commits, hooks installed from there and a real push blocked, with the
 * whole checkout that built it hidden.
 */
import { execa } from 'execa';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_CLAUDE, CLAUDE_TRAILER, createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';
import { buildRelease, canHideFolders, hidingFolder, makeBinFolder, REPO_ROOT, withoutNpmVariables } from '../helpers/release-build.js';

describe('the aiguard npm package, installed from its tarball', () => {
  let sandbox: HookSandbox;
  let tarball: string;
  let outsider: string;
  let repo: string;
  let env: NodeJS.ProcessEnv;

  const run = async (cwd: string, argv: readonly string[], extraEnv: NodeJS.ProcessEnv = {}) => {
    const [file, ...args] = argv as [string, ...string[]];
    const result = await execa(file, args, { cwd, env: { ...env, ...extraEnv }, extendEnv: false, reject: false, input: '' });
    return { exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
  };

  beforeAll(async () => {
    sandbox = createHookSandbox();
    const files = buildRelease(['package'], join(sandbox.root, 'artefacts'));
    tarball = join(sandbox.root, 'artefacts', files.find((name) => name.endsWith('.tgz'))!);
    // The outsider's own Node 24 and tools; npm's cache is empty, so the install must need nothing from a registry.
    const bin = makeBinFolder(join(sandbox.root, 'bin'), ['git', 'sh', 'cat', 'grep', 'npm', 'npx'], { nodeCopy: true });
    env = { ...withoutNpmVariables(sandbox.env), PATH: `${bin}:/usr/bin:/bin`, npm_config_cache: join(sandbox.root, 'npm-cache'), npm_config_update_notifier: 'false' };
    outsider = join(sandbox.root, 'outsider');
    mkdirSync(outsider);
    writeFileSync(join(outsider, 'package.json'), '{ "name": "outsider", "private": true }\n');
    repo = sandbox.initRepo('work');
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': BLOCK_CLAUDE });
    sandbox.commit(repo, `Generated step\n\n${CLAUDE_TRAILER}\n`);
  }, 120_000);
  afterAll(() => sandbox.cleanup());

  it('installs offline with no dependencies to fetch', async () => {
    const install = await run(outsider, ['npm', 'install', '--offline', '--no-audit', '--no-fund', tarball]);
    expect(install.exitCode, install.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(outsider, 'node_modules', 'aiguard', 'package.json'), 'utf8'));
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.bin).toEqual({ aiguard: 'bin/aiguard.cjs' });
  });

  it('scans a repository with Claude Code commits through npx and exits 1', async () => {
    const scan = await run(outsider, ['npx', '--offline', 'aiguard', 'scan', repo, '--format', 'json']);
    expect(scan.exitCode, scan.stderr).toBe(1);
    const report = JSON.parse(scan.stdout) as { findings: { signature: string; verdict: string }[] };
    expect(report.findings).toContainEqual(expect.objectContaining({ signature: 'claude-code/co-author-trailer', verdict: 'block' }));
    const version = await run(outsider, ['npx', '--offline', 'aiguard', '--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'cli', 'package.json'), 'utf8')).version);
  });

  it('writes a policy whose $schema is the copy the package installed', async () => {
    const init = await run(outsider, ['npx', '--offline', 'aiguard', 'policy', 'init', '--preset', 'report-only', '--output', join(outsider, '.aiguard.json')]);
    expect(init.exitCode, init.stderr).toBe(0);
    const policy = JSON.parse(readFileSync(join(outsider, '.aiguard.json'), 'utf8'));
    expect(policy.$schema).toBe('./node_modules/aiguard/policy.schema.json');
    expect(JSON.parse(readFileSync(join(outsider, policy.$schema), 'utf8')).$id).toBeDefined();
  });

  it('installs hooks that point at the installed package, never at the checkout that built it', async () => {
    const install = await run(outsider, ['npx', '--offline', 'aiguard', 'hook', 'install', repo]);
    expect(install.exitCode, install.stderr).toBe(0);
    const hook = readFileSync(join(repo, '.git', 'hooks', 'pre-push'), 'utf8');
    expect(hook).toContain(`'${join(outsider, 'node_modules', 'aiguard', 'dist', 'hook-main.bundle.cjs')}'`);
    expect(hook).toContain(`'${join(sandbox.root, 'bin', 'node')}'`);
    expect(hook).not.toContain(REPO_ROOT.replace(/\/$/, ''));
  });

  it.runIf(canHideFolders())('blocks a real push to a bare remote while the checkout that built the package is hidden', async () => {
    const remote = sandbox.initRepo('remote.git', { bare: true });
    sandbox.gitOk(repo, 'remote', 'add', 'origin', remote);
    const empty = join(sandbox.root, 'empty');
    mkdirSync(empty);
    const hidden = (command: string[]) => hidingFolder(REPO_ROOT, empty, command);
    // Proof that the hiding works: the checkout's CLI is not there for the push below.
    const probe = await run(repo, hidden(['sh', '-c', `test -e '${join(REPO_ROOT, 'packages')}'`]));
    expect(probe.exitCode).toBe(1);

    const push = await run(repo, hidden(['git', 'push', 'origin', 'main']));
    expect(push.exitCode).not.toBe(0);
    expect(push.stderr).toContain('aiguard: push to origin blocked by the AI assistant policy');
    expect(push.stderr).toContain('claude-code/co-author-trailer');
    expect((await run(remote, ['git', 'rev-parse', '--verify', '--quiet', 'refs/heads/main'])).stdout).toBe('');

    sandbox.gitOk(repo, 'reset', '-q', '--hard', 'HEAD~1');
    const clean = await run(repo, hidden(['git', 'push', 'origin', 'main']));
    expect(clean.exitCode, clean.stderr).toBe(0);

    writeFileSync(join(repo, 'note.txt'), 'x\n');
    sandbox.gitOk(repo, 'add', 'note.txt');
    const commit = await run(repo, hidden(['git', 'commit', '-q', '-m', `Another step\n\n${CLAUDE_TRAILER}`]));
    expect(commit.exitCode).toBe(1);
    expect(commit.stderr).toContain('claude-code/co-author-trailer');
  });
});
