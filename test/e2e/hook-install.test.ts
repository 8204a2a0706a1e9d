/**
 * @fileoverview `aiguard hook install|uninstall` end to end: chaining an existing hook (still run, same arguments and
 * stdin), core.hooksPath, idempotence, byte-for-byte uninstall, husky, --global, and a GUI client's bare PATH.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG, type Signature } from '../../packages/core/src/internal.js';
import { BLOCK_CLAUDE, CLAUDE_TRAILER, createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';

/** Every entry under `dir`: name, mode bits, bytes or link target. */
function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (folder: string, prefix: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const info = lstatSync(path);
      const key = `${prefix}${name}`;
      if (info.isSymbolicLink()) entries[key] = `link ${readlinkSync(path)}`;
      else if (info.isDirectory()) walk(path, `${key}/`);
      else entries[key] = `${(info.mode & 0o7777).toString(8)} ${readFileSync(path).toString('base64')}`;
    }
  };
  walk(dir, '');
  return entries;
}

describe('aiguard hook install and uninstall', () => {
  let sandbox: HookSandbox;

  beforeAll(() => {
    sandbox = createHookSandbox();
  });
  afterAll(() => sandbox.cleanup());

  /** A repository with the blocking policy, a bare remote `origin`, and main pushed. */
  function createWorkRepo(name: string): { repo: string; remote: string } {
    const remote = sandbox.initRepo(`${name}-remote.git`, { bare: true });
    const repo = sandbox.initRepo(name);
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': BLOCK_CLAUDE });
    sandbox.gitOk(repo, 'remote', 'add', 'origin', remote);
    sandbox.gitOk(repo, 'push', '-q', '--no-verify', 'origin', 'main');
    return { repo, remote };
  }

  it('points hook scripts at the one-file hook bundle, which loads no terminal UI, process or watcher library', async () => {
    const { repo } = createWorkRepo('bundle');
    expect((await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'pre-push'])).exitCode).toBe(0);
    const script = readFileSync(join(repo, '.git', 'hooks', 'pre-push'), 'utf8');
    const bundle = /^aiguard_cli='(.*)'$/m.exec(script)?.[1] ?? '';
    expect(bundle).toMatch(/packages\/cli\/dist\/hook-main\.bundle\.cjs$/);
    // The entry runs the bundle beside it with the code cache of its hook.
    expect(readFileSync(bundle, 'utf8')).toContain("runWithCodeCache(require('path').join(__dirname, 'hook-main.code.cjs')");
    const code = readFileSync(join(dirname(bundle), 'hook-main.code.cjs'), 'utf8');
    expect(code).toContain('hook run');
    for (const library of ['ink', 'react', 'execa', 'chokidar', 'simple-git']) expect(code).not.toMatch(new RegExp(`(?:from|import\\(|require\\()\\s*["']${library}["']`));
    // Every signature is there; the examples only the catalog's tests read and the prose only reports print are not
    // (two thirds of the catalog's bytes).
    for (const signature of CATALOG.flatMap((assistant): readonly Signature[] => assistant.signatures)) {
      expect(code).toContain(`id: "${signature.id}"`);
      expect(code).not.toContain(signature.description);
    }
    expect(code).not.toMatch(/\bsource: \{\s*tag:/);
    expect(code).not.toMatch(/\bnonMatches\b/);
  });

  it("keeps each hook's compiled code in the user's cache once it ran, and a damaged cache changes no verdict", async () => {
    const { repo, remote } = createWorkRepo('code-cache');
    expect((await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'pre-push'])).exitCode).toBe(0);
    const folder = join(sandbox.home, '.cache', 'aiguard', 'compile');
    const cacheFiles = (): string[] => (existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith('code-hook-pre-push-')) : []);
    sandbox.commit(repo, `Add the parser\n\n${CLAUDE_TRAILER}\n`, { 'parser.ts': 'export {};\n' });
    const first = await sandbox.git(repo, ['push', 'origin', 'main']);
    expect(first.exitCode).not.toBe(0);
    expect(first.stderr).toContain('claude-code');
    const [written] = cacheFiles();
    expect(written).toBeDefined();
    // Damaged bytes in place of the code: V8 rejects them, the push still blocks the same commit, and rewrites the cache.
    writeFileSync(join(folder, written!), 'not V8 code');
    const damaged = await sandbox.git(repo, ['push', 'origin', 'main']);
    expect(damaged.exitCode).not.toBe(0);
    expect(damaged.stderr).toBe(first.stderr);
    expect(readFileSync(join(folder, written!)).length).toBeGreaterThan(10_000);
    const cached = await sandbox.git(repo, ['push', 'origin', 'main']);
    expect(cached.exitCode).not.toBe(0);
    expect(cached.stderr).toBe(first.stderr);
    expect(sandbox.gitOk(remote, 'rev-parse', 'main')).not.toBe(sandbox.gitOk(repo, 'rev-parse', 'main'));
  });

  it('chains an existing pre-push hook: it still runs with the same arguments and stdin, after aiguard', async () => {
    const { repo, remote } = createWorkRepo('chain');
    const log = join(sandbox.root, 'chain-log');
    const hook = join(repo, '.git', 'hooks', 'pre-push');
    writeFileSync(hook, `#!/bin/sh\nprintf 'args: %s %s\\n' "$1" "$2" > '${log}'\ncat >> '${log}'\n`);
    chmodSync(hook, 0o750);
    const install = await sandbox.aiguard(repo, ['hook', 'install']);
    expect(install.exitCode, install.stderr).toBe(0);
    expect(install.stdout).toContain('pre-push: installed');
    expect(install.stdout).toContain('now runs from pre-push.aiguard-chained');
    expect(lstatSync(`${hook}.aiguard-chained`).mode & 0o777).toBe(0o750);

    sandbox.gitOk(repo, 'switch', '-q', '-c', 'topic');
    const tip = sandbox.commit(repo, 'Clean topic\n');
    const base = sandbox.gitOk(repo, 'rev-parse', 'main');
    sandbox.gitOk(repo, 'tag', 'v1', 'main');
    const pushed = await sandbox.git(repo, ['push', 'origin', 'topic', 'v1']);
    expect(pushed.exitCode, pushed.stderr).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe(`args: origin ${remote}\nrefs/heads/topic ${tip} refs/heads/topic ${'0'.repeat(40)}\nrefs/tags/v1 ${base} refs/tags/v1 ${'0'.repeat(40)}\n`);

    // A blocked push stops before the chained hook runs.
    writeFileSync(log, '');
    sandbox.commit(repo, `Generated\n\n${CLAUDE_TRAILER}\n`);
    const blocked = await sandbox.git(repo, ['push', 'origin', 'topic']);
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stderr).toContain('claude-code/co-author-trailer');
    expect(readFileSync(log, 'utf8')).toBe('');
  });

  it('passes a stripped message to a chained commit-msg hook', async () => {
    const { repo } = createWorkRepo('chain-msg');
    const seen = join(sandbox.root, 'chain-msg-seen');
    const hook = join(repo, '.git', 'hooks', 'commit-msg');
    writeFileSync(hook, `#!/bin/sh\ncp "$1" '${seen}'\n`);
    chmodSync(hook, 0o755);
    expect((await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'commit-msg', '--mode', 'strip'])).exitCode).toBe(0);
    const result = await sandbox.git(repo, ['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-m', `Subject\n\n${CLAUDE_TRAILER}\nSigned-off-by: Ana <ana@example.com>`]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(readFileSync(seen, 'utf8')).toBe('Subject\n\nSigned-off-by: Ana <ana@example.com>\n');
  });

  it('installs twice without changing anything, and uninstall restores the folder byte for byte with mode bits', async () => {
    const { repo } = createWorkRepo('idempotent');
    const hooks = join(repo, '.git', 'hooks');
    writeFileSync(join(hooks, 'pre-commit'), Buffer.from('#!/bin/sh\r\n# odd bytes \xff\x00 kept\nexit 0', 'latin1'));
    chmodSync(join(hooks, 'pre-commit'), 0o700);
    writeFileSync(join(hooks, 'shared-hook'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(hooks, 'shared-hook'), 0o755);
    symlinkSync('shared-hook', join(hooks, 'commit-msg'));
    const before = snapshot(hooks);

    const all = ['hook', 'install', '--hooks', 'commit-msg,pre-commit,pre-push'];
    const first = await sandbox.aiguard(repo, all);
    expect(first.exitCode, first.stderr).toBe(0);
    const installed = snapshot(hooks);
    expect(Object.keys(installed)).toEqual(expect.arrayContaining(['commit-msg', 'commit-msg.aiguard-chained', 'pre-commit', 'pre-commit.aiguard-chained', 'pre-push']));
    expect(installed['commit-msg.aiguard-chained']).toBe('link shared-hook');

    const second = await sandbox.aiguard(repo, all);
    expect(second.exitCode, second.stderr).toBe(0);
    expect(second.stdout.trim().split('\n')).toEqual(['commit-msg', 'pre-commit', 'pre-push'].map((hook) => `${hook}: already installed in ${join(hooks, hook)}`));
    expect(snapshot(hooks)).toEqual(installed);

    const removed = await sandbox.aiguard(repo, ['hook', 'uninstall']);
    expect(removed.exitCode, removed.stderr).toBe(0);
    expect(snapshot(hooks)).toEqual(before);
    const again = await sandbox.aiguard(repo, ['hook', 'uninstall']);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('pre-push: not installed');
    expect(snapshot(hooks)).toEqual(before);
  });

  it('honours core.hooksPath and leaves .git/hooks alone', async () => {
    const { repo } = createWorkRepo('hooks-path');
    sandbox.gitOk(repo, 'config', 'core.hooksPath', '.githooks');
    const gitHooks = snapshot(join(repo, '.git', 'hooks'));
    const install = await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'commit-msg']);
    expect(install.exitCode, install.stderr).toBe(0);
    expect(install.stdout).toContain(join(repo, '.githooks', 'commit-msg'));
    expect(existsSync(join(repo, '.githooks', 'commit-msg'))).toBe(true);
    expect(snapshot(join(repo, '.git', 'hooks'))).toEqual(gitHooks);
    const blocked = await sandbox.git(repo, ['commit', '-q', '--allow-empty', '-m', `x\n\n${CLAUDE_TRAILER}`]);
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stderr).toContain('claude-code/co-author-trailer');
    expect((await sandbox.aiguard(repo, ['hook', 'uninstall'])).exitCode).toBe(0);
    expect(readdirSync(join(repo, '.githooks'))).toEqual([]);
  });

  it('runs from a GUI client whose PATH has no node (absolute paths embedded at install time)', async () => {
    const { repo } = createWorkRepo('gui');
    expect((await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'commit-msg'])).exitCode).toBe(0);
    const bin = join(sandbox.root, 'gui-bin');
    mkdirSync(bin);
    const gitPath = sandbox.gitOk(sandbox.root, '--exec-path');
    symlinkSync(join(gitPath, 'git'), join(bin, 'git'));
    const result = await sandbox.git(repo, ['commit', '-q', '--allow-empty', '-m', `x\n\n${CLAUDE_TRAILER}`], { env: { PATH: bin } });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('claude-code/co-author-trailer');
  });

  it('adds a block to husky v9 files (.husky/_ as core.hooksPath) and removes exactly that block', async () => {
    const { repo } = createWorkRepo('husky');
    const husky = join(repo, '.husky');
    mkdirSync(join(husky, '_'), { recursive: true });
    // husky v9's runner: .husky/_/<hook> sources h, which runs .husky/<hook> with sh -e.
    writeFileSync(join(husky, '_', 'h'), '#!/usr/bin/env sh\nn=$(basename "$0")\ns=$(dirname "$(dirname "$0")")/$n\n[ ! -f "$s" ] && exit 0\nsh -e "$s" "$@"\nc=$?\n[ $c != 0 ] && echo "husky - $n script failed (code $c)"\nexit $c\n');
    for (const hook of ['commit-msg', 'pre-commit', 'pre-push']) {
      writeFileSync(join(husky, '_', hook), '#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n');
      chmodSync(join(husky, '_', hook), 0o755);
    }
    const ran = join(sandbox.root, 'husky-ran');
    const stdinSeen = join(sandbox.root, 'husky-stdin');
    writeFileSync(join(husky, 'pre-commit'), `echo pre-commit >> '${ran}'`); // no final newline, as editors leave it
    writeFileSync(join(husky, 'pre-push'), `cat > '${stdinSeen}'\n`);
    sandbox.gitOk(repo, 'config', 'core.hooksPath', '.husky/_');
    const before = snapshot(husky);

    const install = await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'commit-msg,pre-commit,pre-push']);
    expect(install.exitCode, install.stderr).toBe(0);
    expect(install.stdout).toContain(`pre-commit: installed a block in ${join(husky, 'pre-commit')}`);
    expect(readFileSync(join(husky, 'pre-commit'), 'utf8')).toMatch(/^# >>> aiguard pre-commit[\s\S]*# <<< aiguard pre-commit <<<\necho pre-commit/);
    expect(snapshot(join(husky, '_'))).toEqual(Object.fromEntries(Object.entries(before).filter(([k]) => k.startsWith('_/')).map(([k, v]) => [k.slice(2), v])));
    expect((await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'pre-commit'])).stdout).toContain('pre-commit: already installed');

    sandbox.write(join(repo, 'CLAUDE.md'), '# notes\n');
    sandbox.gitOk(repo, 'add', 'CLAUDE.md');
    const blocked = await sandbox.git(repo, ['commit', '-q', '-m', 'Add notes']);
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stderr).toContain('adds CLAUDE.md: claude-code/claude-md');
    expect(existsSync(ran)).toBe(false);
    sandbox.gitOk(repo, 'rm', '-q', '--cached', 'CLAUDE.md');
    const clean = await sandbox.git(repo, ['commit', '-q', '--allow-empty', '-m', 'Clean']);
    expect(clean.exitCode, clean.stderr).toBe(0);
    expect(readFileSync(ran, 'utf8')).toBe('pre-commit\n');

    const tip = sandbox.gitOk(repo, 'rev-parse', 'HEAD');
    const pushed = await sandbox.git(repo, ['push', 'origin', 'main']);
    expect(pushed.exitCode, pushed.stderr).toBe(0);
    expect(readFileSync(stdinSeen, 'utf8')).toBe(`refs/heads/main ${tip} refs/heads/main ${sandbox.gitOk(repo, 'rev-parse', 'HEAD~1')}\n`);

    expect((await sandbox.aiguard(repo, ['hook', 'uninstall'])).exitCode).toBe(0);
    expect(snapshot(husky)).toEqual(before);
  });

  it('--global sets core.hooksPath in the global config, still runs the repository hook, and uninstall unsets it', async () => {
    const { repo } = createWorkRepo('global');
    const repoHookRan = join(sandbox.root, 'global-repo-hook');
    writeFileSync(join(repo, '.git', 'hooks', 'pre-commit'), `#!/bin/sh\necho ran > '${repoHookRan}'\n`);
    chmodSync(join(repo, '.git', 'hooks', 'pre-commit'), 0o755);
    const globalConfig = readFileSync(join(sandbox.home, '.gitconfig'));
    const folder = join(sandbox.home, '.config', 'aiguard', 'hooks');

    const install = await sandbox.aiguard(sandbox.root, ['hook', 'install', '--global']);
    expect(install.exitCode, install.stderr).toBe(0);
    expect(install.stdout).toContain(`note: set global core.hooksPath to ${folder}`);
    expect(sandbox.gitOk(repo, 'config', '--global', 'core.hooksPath')).toBe(folder);

    const blocked = await sandbox.git(repo, ['commit', '-q', '--allow-empty', '-m', `x\n\n${CLAUDE_TRAILER}`]);
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stderr).toContain('claude-code/co-author-trailer');
    const clean = await sandbox.git(repo, ['commit', '-q', '--allow-empty', '-m', 'Clean']);
    expect(clean.exitCode, clean.stderr).toBe(0);
    expect(readFileSync(repoHookRan, 'utf8')).toBe('ran\n');

    const uninstall = await sandbox.aiguard(sandbox.root, ['hook', 'uninstall', '--global']);
    expect(uninstall.exitCode, uninstall.stderr).toBe(0);
    expect(readFileSync(join(sandbox.home, '.gitconfig'))).toEqual(globalConfig);
    expect(existsSync(folder)).toBe(false);
  });

  it('leaves a hook that replaced aiguard’s alone, and refuses to chain over an existing .aiguard-chained file', async () => {
    const { repo } = createWorkRepo('foreign');
    const hooks = join(repo, '.git', 'hooks');
    writeFileSync(join(hooks, 'pre-push'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(hooks, 'pre-push'), 0o755);
    expect((await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'pre-push'])).exitCode).toBe(0);
    writeFileSync(join(hooks, 'pre-push'), '#!/bin/sh\necho someone else\n');
    const uninstall = await sandbox.aiguard(repo, ['hook', 'uninstall', '--hooks', 'pre-push']);
    expect(uninstall.exitCode).toBe(0);
    expect(uninstall.stdout).toContain('left');
    expect(readFileSync(join(hooks, 'pre-push'), 'utf8')).toBe('#!/bin/sh\necho someone else\n');
    const install = await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'pre-push']);
    expect(install.exitCode).toBe(2);
    expect(install.stderr).toMatch(/^aiguard: cannot chain .*pre-push: .*pre-push\.aiguard-chained already exists; move one of them away and run install again\n$/);
  });

  it('exits 2 with one line on bad options and outside a repository', async () => {
    const outside = await sandbox.aiguard(sandbox.root, ['hook', 'install']);
    expect(outside.exitCode).toBe(2);
    expect(outside.stderr).toContain('is not inside a git repository');
    for (const args of [['hook'], ['hook', 'frobnicate'], ['hook', 'install', '--hooks', 'post-merge'], ['hook', 'install', '--global', '--server'], ['hook', 'run', 'post-commit']]) {
      const result = await sandbox.aiguard(sandbox.root, args);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
