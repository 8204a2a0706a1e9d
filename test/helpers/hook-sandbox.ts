/**
 * @fileoverview A throw-away machine for the git hook end-to-end tests: a temp HOME with its own global git config,
 * repositories and bare remotes inside it, real git, and the built `aiguard` CLI. Nothing escapes the temp folder.
 */
import { execa } from 'execa';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CATALOG, type Signature, SPAWNED_PROCESS_MARKERS } from '../../packages/core/src/internal.js';
import { isolatedGitEnv } from './git-fixture.js';
import { CLI_PATH } from './run-cli.js';

/** What a command printed and how it ended. */
export interface RunResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The temp machine. */
export interface HookSandbox {
  readonly root: string;
  readonly home: string;
  /** HOME, XDG_CONFIG_HOME and GIT_CONFIG_GLOBAL inside the sandbox; no system config; no assistant markers. */
  readonly env: NodeJS.ProcessEnv;
  /** Creates a repository (main branch) at `root/name`, with a committer identity; returns its path. */
  initRepo(name: string, options?: { readonly bare?: boolean }): string;
  /** Runs git and returns its result, never throwing. */
  git(cwd: string, args: readonly string[], options?: { readonly input?: string; readonly env?: NodeJS.ProcessEnv }): Promise<RunResult>;
  /** Runs git and returns trimmed stdout; throws on a non-zero exit. */
  gitOk(cwd: string, ...args: string[]): string;
  /** Runs the built `aiguard` CLI, never throwing. */
  aiguard(cwd: string, args: readonly string[], options?: { readonly input?: string; readonly env?: NodeJS.ProcessEnv }): Promise<RunResult>;
  /** Writes files, stages them and commits with hooks skipped; returns the commit id. */
  commit(cwd: string, message: string, files?: Readonly<Record<string, string>>): string;
  /** Writes a file (creating folders). */
  write(path: string, content: string): void;
  cleanup(): void;
}

/** The policy the tests use to make Claude Code a blocking finding. */
export const BLOCK_CLAUDE = JSON.stringify({ assistants: { 'claude-code': 'block' } });

/** A Claude Code co-author trailer line. */
export const CLAUDE_TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

/**
 * Names of the variables assistants set in the shells they spawn. They are removed from the tests' environment so
 * that a test run from inside an assistant's terminal does not see its own runner as runtime evidence. (A parent
 * process's environment is still read by the hooks on Linux; run these tests from a plain shell.)
 */
function markerPatterns(): ((name: string) => boolean)[] {
  return CATALOG.flatMap((assistant): readonly Signature[] => assistant.signatures)
    .filter((signature) => SPAWNED_PROCESS_MARKERS.includes(signature.id) && signature.kind === 'env-var')
    .map((signature) => {
      const name = (signature as { name: string }).name;
      return name.endsWith('*') ? (candidate: string) => candidate.startsWith(name.slice(0, -1)) : (candidate: string) => candidate === name;
    });
}

/** Creates the sandbox. */
export function createHookSandbox(): HookSandbox {
  const root = mkdtempSync(join(tmpdir(), 'aiguard-hooks-'));
  const home = join(root, 'home');
  mkdirSync(home);
  const env: NodeJS.ProcessEnv = { ...isolatedGitEnv(home), XDG_CACHE_HOME: join(home, '.cache'), CI: 'true', NO_COLOR: '1' };
  const isMarker = markerPatterns();
  for (const name of Object.keys(env)) if (isMarker.some((test) => test(name))) delete env[name];
  delete env.NODE_COMPILE_CACHE;
  delete env.AIGUARD_MANAGED_POLICY;
  delete env.AIGUARD_AUDIT_LOG;
  writeFileSync(join(home, '.gitconfig'), '[user]\n\tname = Ana Human\n\temail = ana@example.com\n[init]\n\tdefaultBranch = main\n[protocol "file"]\n\tallow = always\n');

  const gitOk = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const run = async (file: string, args: readonly string[], cwd: string, options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> => {
    const result = await execa(file, args, { cwd, env: { ...env, ...options.env }, extendEnv: false, input: options.input ?? '', reject: false, stripFinalNewline: false });
    return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
  };
  const write = (path: string, content: string): void => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  };

  return {
    root,
    home,
    env,
    initRepo(name, options = {}) {
      const path = join(root, name);
      mkdirSync(path, { recursive: true });
      gitOk(path, 'init', '-q', '-b', 'main', ...(options.bare ? ['--bare'] : []));
      return path;
    },
    git: (cwd, args, options) => run('git', args, cwd, options),
    gitOk,
    aiguard: (cwd, args, options) => run(process.execPath, [CLI_PATH, ...args], cwd, options),
    commit(cwd, message, files = {}) {
      for (const [file, content] of Object.entries(files)) {
        write(join(cwd, file), content);
        gitOk(cwd, 'add', '--', file);
      }
      execFileSync('git', ['commit', '-q', '--allow-empty', '--no-verify', '--cleanup=verbatim', '-F', '-'], { cwd, env, input: message });
      return gitOk(cwd, 'rev-parse', 'HEAD');
    },
    write,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
