/**
 * @fileoverview The default hook install (commit-msg and pre-push): one Node process per `git commit` judges the message,
 * the files the commit adds and the runtime, with the verdicts pre-commit gave; pre-commit stays an option.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAUDE_TRAILER, createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';

describe('aiguard hook install with the default hooks', () => {
  let sandbox: HookSandbox;
  let repo: string;
  let hooks: string;

  beforeAll(async () => {
    sandbox = createHookSandbox();
    repo = sandbox.initRepo('work');
    hooks = join(repo, '.git', 'hooks');
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': JSON.stringify({ assistants: { 'claude-code': 'block', aider: 'warn' } }) });
    const install = await sandbox.aiguard(repo, ['hook', 'install']);
    expect(install.exitCode, install.stderr).toBe(0);
    expect(install.stdout.trim().split('\n').filter((line) => !line.startsWith('note:'))).toEqual([
      `commit-msg: installed ${join(hooks, 'commit-msg')}`,
      `pre-push: installed ${join(hooks, 'pre-push')}`,
    ]);
    expect(install.stdout).toContain('note: commit-msg also checks the files each commit adds');
  });
  afterAll(() => sandbox.cleanup());

  /** Stages `files`, runs `git commit -m message`, and unstages whatever is left. */
  async function commit(files: Record<string, string>, message = 'Add files', env?: NodeJS.ProcessEnv) {
    for (const [path, content] of Object.entries(files)) {
      sandbox.write(join(repo, path), content);
      sandbox.gitOk(repo, 'add', '--', path);
    }
    const result = await sandbox.git(repo, ['commit', '-q', '--allow-empty', '-m', message], env ? { env } : {});
    sandbox.gitOk(repo, 'reset', '-q');
    return result;
  }

  it('puts in no pre-commit hook: git starts one aiguard process per commit', () => {
    expect(existsSync(join(hooks, 'pre-commit'))).toBe(false);
    expect(readFileSync(join(hooks, 'commit-msg'), 'utf8')).toContain('hook run commit-msg');
  });

  it('rejects a commit that adds CLAUDE.md, naming the path and the rule, from commit-msg', async () => {
    const before = sandbox.gitOk(repo, 'rev-parse', 'HEAD');
    const result = await commit({ 'CLAUDE.md': '# notes\n', 'src/ok.ts': 'export {};\n' });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('aiguard: commit blocked by the AI assistant policy');
    expect(result.stderr).toContain('adds CLAUDE.md: claude-code/claude-md');
    expect(result.stderr).toContain('git restore --staged');
    expect(result.stderr).not.toContain('src/ok.ts');
    expect(sandbox.gitOk(repo, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('names both a staged file and a trailer when a commit carries both, with advice for each', async () => {
    const result = await commit({ '.claude/settings.json': '{}\n' }, `Add settings\n\n${CLAUDE_TRAILER}`);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('adds .claude/settings.json: claude-code/claude-dir');
    expect(result.stderr).toContain('claude-code/co-author-trailer');
    expect(result.stderr).toContain('git restore --staged');
    expect(result.stderr).toContain('Remove the lines above from the message');
  });

  it('accepts a commit of ordinary files in silence, and warns once about a file the policy only warns about', async () => {
    const clean = await commit({ 'src/main.ts': 'export const x = 1;\n' });
    expect(clean.exitCode, clean.stderr).toBe(0);
    expect(clean.stderr).toBe('');
    const warned = await commit({ '.aider.conf.yml': 'model: x\n' });
    expect(warned.exitCode, warned.stderr).toBe(0);
    expect(warned.stderr.split('\n').filter((line) => line.startsWith('aiguard: warning: adds .aider.conf.yml'))).toHaveLength(1);
  });

  it('with pre-commit added as well, blocks before the message is read and warns about a file only once', async () => {
    expect((await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'pre-commit'])).exitCode).toBe(0);
    try {
      const seen = join(sandbox.root, 'editor-ran');
      // An editor that records it ran: pre-commit must stop the commit before git opens it.
      const editor = `sh -c 'echo ran > ${seen}; echo Message > "$1"' editor`;
      sandbox.write(join(repo, 'CLAUDE.md'), '# notes\n');
      sandbox.gitOk(repo, 'add', 'CLAUDE.md');
      const blocked = await sandbox.git(repo, ['-c', `core.editor=${editor}`, 'commit', '-q']);
      sandbox.gitOk(repo, 'reset', '-q');
      expect(blocked.exitCode).not.toBe(0);
      expect(blocked.stderr).toContain('adds CLAUDE.md: claude-code/claude-md');
      expect(existsSync(seen)).toBe(false);
      const warned = await commit({ '.aiderignore': 'build/\n' });
      expect(warned.exitCode, warned.stderr).toBe(0);
      expect(warned.stderr.split('\n').filter((line) => line.startsWith('aiguard: warning: adds .aiderignore'))).toHaveLength(1);
    } finally {
      expect((await sandbox.aiguard(repo, ['hook', 'uninstall', '--hooks', 'pre-commit'])).exitCode).toBe(0);
    }
  });

  it('--global puts in a pre-commit that only chains the repository hook, so that hook keeps running', async () => {
    const other = sandbox.initRepo('global-other');
    const ran = join(sandbox.root, 'repo-pre-commit-ran');
    writeFileSync(join(other, '.git', 'hooks', 'pre-commit'), `#!/bin/sh\necho ran > '${ran}'\n`, { mode: 0o755 });
    const install = await sandbox.aiguard(sandbox.root, ['hook', 'install', '--global']);
    expect(install.exitCode, install.stderr).toBe(0);
    try {
      const folder = join(sandbox.home, '.config', 'aiguard', 'hooks');
      const script = readFileSync(join(folder, 'pre-commit'), 'utf8');
      expect(script).not.toContain('hook run');
      const result = await sandbox.git(other, ['commit', '-q', '--allow-empty', '-m', 'Plain']);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(readFileSync(ran, 'utf8')).toBe('ran\n');
    } finally {
      expect((await sandbox.aiguard(sandbox.root, ['hook', 'uninstall', '--global'])).exitCode).toBe(0);
    }
  });
});
