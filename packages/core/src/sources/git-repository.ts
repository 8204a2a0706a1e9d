/** @fileoverview Answers the small git questions about a repository: where it is, whether it is bare, its refs and its paths. */
import { resolve } from 'node:path';
import type { PathRecord, RefRecord } from '../model/records.js';
import { readTreePaths } from './branch-tip-trees.js';
import { readDelimited } from './delimited-stream.js';
import { GitError, runGit, startGit, type GitCallOptions } from './git-command.js';
import { readRepositoryFiles } from './repository-files.js';
import type { RepositoryInfo } from './repository-info.js';

export type { RepositoryInfo } from './repository-info.js';

const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Thrown when a folder is not inside a git repository. */
export class NotARepositoryError extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a git repository (or any of its parent folders)`);
    this.name = 'NotARepositoryError';
  }
}

/**
 * Finds the repository that contains `path`. A plain work tree root or bare repository is read from its files, with
 * one `git config` for the partial-clone question; anything else asks git: for a work tree with a commit one
 * rev-parse answers everything, beside that same config question asked in parallel.
 */
export async function findRepository(path: string, options: Omit<GitCallOptions, 'cwd'> = {}): Promise<RepositoryInfo> {
  const files = await readRepositoryFiles(path, options.env ?? process.env, { askConfigInRepository: true });
  if (files !== undefined) return files.repository;
  return findRepositoryWithGit(path, options);
}

/** {@link findRepository} asking git every question; exported so that tests can compare the two answers. */
export async function findRepositoryWithGit(path: string, options: Omit<GitCallOptions, 'cwd'> = {}): Promise<RepositoryInfo> {
  const partial = isPartialClone(path, options);
  const quick = await runGit(
    ['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--git-common-dir', '--is-shallow-repository', '--show-toplevel', 'HEAD^{commit}'],
    { ...options, cwd: path },
  ).catch(() => undefined);
  const [bare, gitDir, commonDir, shallow, root, head, extra] = quick?.split('\n') ?? [];
  if (bare === 'false' && gitDir && commonDir && (shallow === 'true' || shallow === 'false') && root && head && COMMIT_ID.test(head) && extra === '') {
    const isPartial = await partial;
    return {
      root,
      gitDir,
      isBare: false,
      hasHead: true,
      head,
      commonDir: resolve(path, commonDir),
      ...(shallow === 'true' ? { isShallow: true } : {}),
      ...(isPartial ? { isPartial: true } : {}),
    };
  }
  return findRepositorySlowly(path, options, partial);
}

/** The general case, one question at a time: bare repositories, no commit yet, or not a repository at all. */
async function findRepositorySlowly(path: string, options: Omit<GitCallOptions, 'cwd'>, partial: Promise<boolean>): Promise<RepositoryInfo> {
  let answer: string;
  try {
    answer = await runGit(['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--is-shallow-repository', '--git-common-dir'], { ...options, cwd: path });
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.stderr)) throw new NotARepositoryError(path);
    throw error;
  }
  const [bare, gitDir, shallow, commonDir] = answer.trim().split('\n') as [string, string, string, string?];
  const isBare = bare === 'true';
  const root = isBare ? gitDir : (await runGit(['rev-parse', '--show-toplevel'], { ...options, cwd: path })).trim();
  const head = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { ...options, cwd: path }).then(
    (text) => text.trim(),
    () => undefined,
  );
  const isPartial = await partial;
  return {
    root,
    gitDir,
    isBare,
    hasHead: head !== undefined,
    ...(head ? { head } : {}),
    commonDir: commonDir ? resolve(path, commonDir) : gitDir,
    ...(shallow === 'true' ? { isShallow: true } : {}),
    ...(isPartial ? { isPartial: true } : {}),
  };
}

/**
 * A partial clone marks its promisor remote (remote.<name>.promisor, .partialclonefilter, or extensions.partialClone
 * in newer repository formats); `git config` exits 1 when none is set. Never rejects.
 */
function isPartialClone(path: string, options: Omit<GitCallOptions, 'cwd'>): Promise<boolean> {
  return runGit(['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor|remote\\..*\\.partialclonefilter)$'], { ...options, cwd: path }).then(
    (value) => value.trim() !== '',
    () => false,
  );
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
 * Yields the paths of a repository: for a work tree, tracked plus untracked-not-ignored files (what a commit could
 * add); for a bare repository, the files of every branch tip's tree (a file on a branch other than HEAD's is as
 * present on the server as one on HEAD), each path once.
 */
export async function* readRepositoryPaths(
  repository: RepositoryInfo,
  options: Omit<GitCallOptions, 'cwd'> & {
    readonly warnings?: string[];
    /** A bare repository's branch tips (`refs/heads/` targets in ref-name order) when already read. @default asks git */
    readonly branchTips?: readonly string[];
  } = {},
): AsyncGenerator<PathRecord> {
  if (repository.isBare) {
    yield* readBranchTipPaths(repository, options);
    return;
  }
  const args = ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'];
  const git = startGit(args, { ...options, cwd: repository.root });
  for await (const path of readDelimited(git.stdout, 0)) {
    if (path !== '') yield { path, origin: 'worktree' };
  }
  await git.done;
  // Unreadable folders are reported by git as warnings; the scan notes them instead of failing.
  options.warnings?.push(...git.warnings);
}

async function* readBranchTipPaths(repository: RepositoryInfo, options: Omit<GitCallOptions, 'cwd'> & { readonly branchTips?: readonly string[] }): AsyncGenerator<PathRecord> {
  const listing = options.branchTips ?? (await runGit(['for-each-ref', '--format=%(objectname)', 'refs/heads/'], { ...options, cwd: repository.root })).split('\n');
  const tips = new Set(listing.filter((id) => id !== ''));
  if (repository.hasHead) tips.add('HEAD');
  for await (const path of readTreePaths([...tips], { ...options, cwd: repository.root })) yield { path, origin: 'head' };
}
