/** @fileoverview Answers the small git questions about a repository: where it is, whether it is bare, its refs and its paths. */
import { resolve } from 'node:path';
import type { PathRecord, RefRecord } from '../model/records.js';
import { readDelimited } from './delimited-stream.js';
import { GitError, runGit, startGit, type GitCallOptions } from './git-command.js';

/** A repository as git sees it from some folder inside it. */
export interface RepositoryInfo {
  /** The work tree root, or the git dir for a bare repository. */
  readonly root: string;
  readonly gitDir: string;
  readonly isBare: boolean;
  /** False for a repository with no commit yet. */
  readonly hasHead: boolean;
  /** The commit HEAD points at, when it does. */
  readonly head?: string;
  /** The git dir shared by linked worktrees (refs, shallow, worktree HEADs live there). @default gitDir */
  readonly commonDir?: string;
}

const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Thrown when a folder is not inside a git repository. */
export class NotARepositoryError extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a git repository (or any of its parent folders)`);
    this.name = 'NotARepositoryError';
  }
}

/** Finds the repository that contains `path`: one git process for a work tree with a commit (every hook, most scans). */
export async function findRepository(path: string, options: Omit<GitCallOptions, 'cwd'> = {}): Promise<RepositoryInfo> {
  const quick = await runGit(['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--git-common-dir', '--show-toplevel', 'HEAD^{commit}'], { ...options, cwd: path }).catch(() => undefined);
  const [bare, gitDir, commonDir, root, head, extra] = quick?.split('\n') ?? [];
  if (bare === 'false' && gitDir && commonDir && root && head && COMMIT_ID.test(head) && extra === '') {
    return { root, gitDir, isBare: false, hasHead: true, head, commonDir: resolve(path, commonDir) };
  }
  return findRepositorySlowly(path, options);
}

/** The general case, one question at a time: bare repositories, no commit yet, or not a repository at all. */
async function findRepositorySlowly(path: string, options: Omit<GitCallOptions, 'cwd'>): Promise<RepositoryInfo> {
  let answer: string;
  try {
    answer = await runGit(['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--git-common-dir'], { ...options, cwd: path });
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.stderr)) throw new NotARepositoryError(path);
    throw error;
  }
  const [bare, gitDir, commonDir] = answer.trim().split('\n') as [string, string, string?];
  const isBare = bare === 'true';
  const root = isBare ? gitDir : (await runGit(['rev-parse', '--show-toplevel'], { ...options, cwd: path })).trim();
  const head = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { ...options, cwd: path }).then(
    (text) => text.trim(),
    () => undefined,
  );
  return { root, gitDir, isBare, hasHead: head !== undefined, ...(head ? { head } : {}), commonDir: commonDir ? resolve(path, commonDir) : gitDir };
}

/** Yields every ref (branches, remote-tracking branches, tags, notes, pull refs). Ref names cannot hold newlines. */
export async function* readRefs(options: GitCallOptions): AsyncGenerator<RefRecord> {
  const git = startGit(['for-each-ref', '--format=%(objectname) %(refname)'], options);
  for await (const line of readDelimited(git.stdout, 0x0a)) {
    const space = line.indexOf(' ');
    if (space > 0) yield { target: line.slice(0, space), name: line.slice(space + 1) };
  }
  await git.done;
}

/**
 * Yields the paths of a repository: for a work tree, tracked plus untracked-not-ignored files
 * (what a commit could add); for a bare repository, the files of HEAD.
 */
export async function* readRepositoryPaths(
  repository: RepositoryInfo,
  options: Omit<GitCallOptions, 'cwd'> & { readonly warnings?: string[] } = {},
): AsyncGenerator<PathRecord> {
  if (repository.isBare && !repository.hasHead) return;
  const args = repository.isBare
    ? ['ls-tree', '-r', '-z', '--name-only', '--full-tree', 'HEAD']
    : ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'];
  const origin = repository.isBare ? 'head' : 'worktree';
  const git = startGit(args, { ...options, cwd: repository.root });
  for await (const path of readDelimited(git.stdout, 0)) {
    if (path !== '') yield { path, origin };
  }
  await git.done;
  // Unreadable folders are reported by git as warnings; the scan notes them instead of failing.
  options.warnings?.push(...git.warnings);
}
