/** @fileoverview The pre-commit hook end to end: staged signature files (CLAUDE.md, .claude/, .cursor/rules/) through real `git commit`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';

describe('aiguard hook run pre-commit', () => {
  let sandbox: HookSandbox;
  let repo: string;

  beforeAll(async () => {
    sandbox = createHookSandbox();
    repo = sandbox.initRepo('work');
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': JSON.stringify({ assistants: { 'claude-code': 'block', cursor: 'block', aider: 'warn' } }) });
    const install = await sandbox.aiguard(repo, ['hook', 'install', '--hooks', 'pre-commit']);
    expect(install.exitCode, install.stderr).toBe(0);
  });
  afterAll(() => sandbox.cleanup());

  /** Stages `files` and runs `git commit`; unstages whatever is left so each test starts clean. */
  async function commitFiles(files: Record<string, string>) {
    for (const [path, content] of Object.entries(files)) {
      sandbox.write(`${repo}/${path}`, content);
      sandbox.gitOk(repo, 'add', '--', path);
    }
    const result = await sandbox.git(repo, ['commit', '-q', '-m', 'Add files']);
    sandbox.gitOk(repo, 'reset', '-q');
    return result;
  }

  it.each([
    ['CLAUDE.md', 'claude-code/claude-md'],
    ['.claude/settings.json', 'claude-code/claude-dir'],
    ['.cursor/rules/x.mdc', 'cursor/'], // cursor/project-dir or cursor/rules-files: one finding per path
  ])('rejects a commit that adds %s and names the path and the rule (%s)', async (path, rule) => {
    const before = sandbox.gitOk(repo, 'rev-parse', 'HEAD');
    const result = await commitFiles({ [path]: 'content\n', 'src/ok.ts': 'export {};\n' });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('aiguard: commit blocked by the AI assistant policy');
    expect(result.stderr).toContain(`adds ${path}: ${rule}`);
    expect(result.stderr).not.toContain('src/ok.ts');
    expect(sandbox.gitOk(repo, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('accepts a commit of ordinary files', async () => {
    const before = sandbox.gitOk(repo, 'rev-parse', 'HEAD');
    const result = await commitFiles({ 'src/main.ts': 'export const x = 1;\n', 'docs/claude-notes.txt': 'not a signature path\n' });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(sandbox.gitOk(repo, 'rev-parse', 'HEAD')).not.toBe(before);
  });

  it('warns about, but accepts, a file of an assistant the policy only warns about', async () => {
    const result = await commitFiles({ '.aider.conf.yml': 'model: x\n' });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toContain('aiguard: warning: adds .aider.conf.yml');
  });

  it('rejects a clean commit made inside Claude Code (CLAUDECODE=1)', async () => {
    sandbox.write(`${repo}/src/other.ts`, 'export {};\n');
    sandbox.gitOk(repo, 'add', 'src/other.ts');
    const result = await sandbox.git(repo, ['commit', '-q', '-m', 'Add other'], { env: { CLAUDECODE: '1' } });
    sandbox.gitOk(repo, 'reset', '-q');
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain("the git hook's environment has CLAUDECODE");
  });

  it('exits 2 with one line on an argument it does not take', async () => {
    const result = await sandbox.aiguard(repo, ['hook', 'run', 'pre-commit', 'extra']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
