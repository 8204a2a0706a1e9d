/**
 * @fileoverview The README's local-install pre-commit snippet, used as written with the real pre-commit framework:
 * its hooks block a Claude Code trailer and CLAUDE.md and let human work through. Skipped where pre-commit is not
 * installed (Debian: apt-get install pre-commit).
 */
import { execa } from 'execa';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_CLAUDE, CLAUDE_TRAILER, createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';
import { REPO_ROOT } from '../helpers/release-build.js';
import { CLI_PATH } from '../helpers/run-cli.js';

/** The installed pre-commit's [major, minor], or undefined. */
function preCommitVersion(): [number, number] | undefined {
  try {
    const [major, minor] = /(\d+)\.(\d+)/.exec(execFileSync('pre-commit', ['--version'], { encoding: 'utf8' }))!.slice(1).map(Number);
    return [major!, minor!];
  } catch {
    return undefined;
  }
}

const version = preCommitVersion();

/**
 * The snippet as written, or, for a pre-commit older than 3.2 (Debian 12 ships 3.0.4), with the stage names it
 * knows (`commit`, `push`) and without the minimum version line that would stop it; everything else as written.
 */
function configFor(snippet: string): string {
  if (version && (version[0] > 3 || (version[0] === 3 && version[1] >= 2))) return snippet;
  return snippet
    .replace(/^minimum_pre_commit_version:.*\n/m, '')
    .replace(/stages: \[pre-commit\]/g, 'stages: [commit]')
    .replace(/stages: \[pre-push\]/g, 'stages: [push]');
}

/** The YAML block under the README comment that introduces the local-install form. */
function localSnippet(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const match = /```yaml\n(# \.pre-commit-config\.yaml, from a local install[^\n]*\n[\s\S]*?)```/.exec(readme);
  if (!match) throw new Error('README has no local-install .pre-commit-config.yaml snippet');
  return match[1]!;
}

describe.runIf(version !== undefined)('the README pre-commit snippet (local install)', () => {
  let sandbox: HookSandbox;
  let repo: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    sandbox = createHookSandbox();
    const bin = join(sandbox.root, 'bin');
    sandbox.write(join(bin, 'aiguard'), `#!/bin/sh\nexec '${process.execPath}' '${CLI_PATH}' "$@"\n`);
    chmodSync(join(bin, 'aiguard'), 0o755);
    env = { ...sandbox.env, PATH: `${bin}:${sandbox.env.PATH}`, PRE_COMMIT_HOME: join(sandbox.root, 'pre-commit-cache') };
    repo = sandbox.initRepo('project');
    sandbox.commit(repo, 'Add the policy and the pre-commit config\n', { '.aiguard.json': BLOCK_CLAUDE, '.pre-commit-config.yaml': configFor(localSnippet()) });
    const install = await execa('pre-commit', ['install', '--hook-type', 'commit-msg', '--hook-type', 'pre-commit', '--hook-type', 'pre-push'], { cwd: repo, env, extendEnv: false, reject: false });
    expect(install.exitCode, String(install.stderr)).toBe(0);
  });
  afterAll(() => sandbox.cleanup());

  const commit = (message: string, files: Record<string, string>) => {
    for (const [file, content] of Object.entries(files)) {
      sandbox.write(join(repo, file), content);
      sandbox.gitOk(repo, 'add', file);
    }
    return execa('git', ['commit', '-q', '-m', message], { cwd: repo, env, extendEnv: false, reject: false });
  };

  it('lets a human commit through', async () => {
    const result = await commit('Human work', { 'src/a.ts': 'export {};\n' });
    expect(result.exitCode, String(result.stdout) + String(result.stderr)).toBe(0);
  });

  it('blocks a Claude Code trailer in the message', async () => {
    const result = await commit(`Generated\n\n${CLAUDE_TRAILER}`, { 'src/b.ts': 'export {};\n' });
    expect(result.exitCode).not.toBe(0);
    expect(String(result.stdout) + String(result.stderr)).toContain('claude-code/co-author-trailer');
    sandbox.gitOk(repo, 'reset', '-q');
  });

  it('blocks a commit that adds CLAUDE.md', async () => {
    const result = await commit('Add notes', { 'CLAUDE.md': '# notes\n' });
    expect(result.exitCode).not.toBe(0);
    expect(String(result.stdout) + String(result.stderr)).toContain('claude-code/claude-md');
  });
});
