/** @fileoverview Runs git safely on hostile repositories: one place that sets the flags every git call needs. */
import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Config for every git call. A scanned repository's own config must never run a program
 * (`core.fsmonitor` runs one on index reads) and must not be refused for its owner when IT audits
 * as root (`safe.directory`, honoured only from the command line or global config). Paths print raw.
 */
export const SAFE_GIT_CONFIG: readonly string[] = [
  '-c', 'core.fsmonitor=false',
  '-c', 'core.untrackedCache=false',
  '-c', 'safe.directory=*',
  '-c', 'core.quotepath=off',
  '-c', 'log.showSignature=false',
  '-c', 'i18n.logOutputEncoding=UTF-8',
];

/**
 * Environment variables that point git at another repository, work tree, index or object store than the folder it
 * runs in. A command that scans a folder the user named drops them (see {@link dropRepositoryRedirects}); hooks keep
 * them, because git sets them for its hooks (a pre-receive hook reads the pushed objects from a quarantine folder).
 */
export const REPOSITORY_REDIRECTS: readonly string[] = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
];

/** Removes {@link REPOSITORY_REDIRECTS} (and the `GIT_CONFIG_KEY_n`/`VALUE_n` pairs) from `env`, in place; returns the names removed. */
export function dropRepositoryRedirects(env: NodeJS.ProcessEnv): string[] {
  const removed = Object.keys(env).filter((name) => REPOSITORY_REDIRECTS.includes(name) || /^GIT_CONFIG_(?:KEY|VALUE)_\d+$/.test(name));
  for (const name of removed) delete env[name];
  return removed;
}

/** Options for one git call. */
export interface GitCallOptions {
  readonly cwd: string;
  /** Replaces the environment git sees; defaults to this process's environment. */
  readonly env?: NodeJS.ProcessEnv;
  readonly signal?: AbortSignal;
}

/** Options for a streaming git call. */
export interface StartGitOptions extends GitCallOptions {
  /** Another git's stdout, handed to this git as its stdin; stdin is closed when unset. */
  readonly stdin?: Readable;
}

/** A git command that failed; `stderr` holds git's own first line for the one-line error. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
    readonly exitCode: number | null,
  ) {
    super(`git ${args.filter((arg) => !SAFE_GIT_CONFIG.includes(arg)).join(' ')} failed: ${firstLine(stderr) || `exit code ${exitCode}`}`);
    this.name = 'GitError';
  }
}

/** Runs git to completion and returns its stdout; for small answers only (use {@link startGit} for history). */
export function runGit(args: readonly string[], options: GitCallOptions): Promise<string> {
  const fullArgs = [...SAFE_GIT_CONFIG, ...args];
  return new Promise((resolve, reject) => {
    execFile(
      gitPath(options.env),
      fullArgs,
      { cwd: options.cwd, env: gitEnvironment(options.env), maxBuffer: 64 * 1024 * 1024, signal: options.signal, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const code = typeof error.code === 'number' ? error.code : null;
          reject(error.code === 'ENOENT' ? new GitError(fullArgs, 'git is not installed or not on PATH', null) : new GitError(fullArgs, stderr, code));
        } else {
          resolve(stdout);
        }
      },
    );
  });
}

/** A running git whose stdout is read as a stream. */
export interface GitProcess {
  readonly stdout: Readable;
  /** Settles when git exits: rejects with a {@link GitError} on a non-zero exit. */
  readonly done: Promise<void>;
  /** git's `warning:` lines (unreadable folders and the like), complete once `done` settles. */
  readonly warnings: string[];
  /** Stops git early, for readers that stop consuming. */
  stop(): void;
}

/** Starts git with stdout piped, for streaming readers; stderr is collected from the start so git never blocks on it. */
export function startGit(args: readonly string[], options: StartGitOptions): GitProcess {
  const fullArgs = [...SAFE_GIT_CONFIG, ...args];
  const child = spawn(gitPath(options.env), fullArgs, {
    cwd: options.cwd,
    env: { ...gitEnvironment(options.env), GIT_FLUSH: '0' },
    // Another process's pipe is handed over as is: the two gits talk directly, not through this event loop.
    stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
    signal: options.signal,
  }) as ChildProcessByStdio<null, Readable, Readable>;
  // This process must not read the handed-over pipe too: it would steal bytes meant for git.
  options.stdin?.destroy();
  let stderr = '';
  const warnings: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    if (stderr.length < 64 * 1024) stderr += text;
  });
  let stopped = false;
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(new GitError(fullArgs, error.code === 'ENOENT' ? 'git is not installed or not on PATH' : error.message, null)),
    );
    child.on('close', (code) => {
      for (const line of stderr.split('\n')) if (line.startsWith('warning: ')) warnings.push(line.slice(9));
      if (code === 0 || stopped) resolve();
      else reject(new GitError(fullArgs, stderr, code));
    });
  });
  // A reader that stops early may never await `done`; that must not become an unhandled rejection.
  done.catch(() => undefined);
  return {
    stdout: child.stdout,
    done,
    warnings,
    stop: () => {
      stopped = true;
      if (child.exitCode === null) child.kill();
    },
  };
}

const resolvedGit = new Map<string, string>();

/**
 * git's absolute path for a PATH, looked up once per process rather than by every spawn (an audit of 500
 * repositories starts thousands). Relative PATH entries are skipped: they would resolve inside the scanned
 * repository, and its files must never run. Falls back to plain `git` (and its ENOENT message) when none is found.
 */
export function gitPath(env: NodeJS.ProcessEnv | undefined = process.env): string {
  const path = (env ?? process.env).PATH ?? (env ?? process.env).Path ?? '';
  let found = resolvedGit.get(path);
  if (found === undefined) {
    const names = process.platform === 'win32' ? ['git.exe'] : ['git'];
    found = 'git';
    search: for (const folder of path.split(delimiter)) {
      if (!isAbsolute(folder)) continue;
      for (const name of names) {
        try {
          accessSync(join(folder, name), constants.X_OK);
          if (!statSync(join(folder, name)).isFile()) continue;
          found = join(folder, name);
          break search;
        } catch {
          // Not in this folder: try the next.
        }
      }
    }
    resolvedGit.set(path, found);
  }
  return found;
}

/** The environment of every git call: the caller's (or this process's) with output and prompts made parse-safe. */
export function gitEnvironment(env: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  // No pager, no prompts, no locale-dependent messages: output is parsed, and a hook has no terminal.
  // No replace objects: a `refs/replace/` ref would let a repository show git a different commit than the one it stores.
  return { ...(env ?? process.env), GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C', GIT_NO_REPLACE_OBJECTS: '1' };
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim().replace(/^fatal:\s*/, '') ?? '';
}
