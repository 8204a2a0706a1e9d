/** @fileoverview Streams commits as records from their raw objects: every message byte, raw identities, flat memory. */
import type { CommitRecord, ContainingRefNames } from '../model/records.js';
import { ContainingRefsWalk, TOPOLOGICAL_DECORATED_ARGS } from './commit-refs.js';
import { GitError, startGit, type GitCallOptions } from './git-command.js';
import { BATCH_FORMAT_WITH_REST, readObjectBatches } from './object-stream.js';
import { parseRawCommit } from './raw-commit.js';

/** The `git log` options every commit reader passes: raw identities (mailmap off), plain output, NUL-separated. */
export const COMMIT_LOG_ARGS: readonly string[] = ['--no-mailmap', '--no-color', '--no-decorate', '--no-show-signature', '-z'];

/** Which commits to read. */
export interface GitLogOptions extends GitCallOptions {
  /** A revision range such as `main..feature` or `A..B`; several ranges or revisions are allowed. Default: every ref (`--all`). */
  readonly revisions?: readonly string[];
  /** Extra `git rev-list` arguments placed before the revisions (for example `--not --remotes=origin`). */
  readonly extraArgs?: readonly string[];
  /**
   * Set `containingRefs` on every commit: history is then read children first, so the refs containing each commit
   * are known when it arrives, with no second walk. Only without `revisions` (every ref is a starting point, so every
   * descendant of a commit read is read too). @default false
   */
  readonly withContainingRefs?: boolean;
}

const NO_REFS: ContainingRefNames = { names: [] };

/**
 * Yields every commit the options select, newest first, reading `git log` as a stream. `.mailmap` is
 * ignored (`--no-mailmap`): a mailmap can rename an AI identity to a human one.
 */
export async function* readGitLog(options: GitLogOptions): AsyncGenerator<CommitRecord> {
  for await (const batch of readGitLogBatches(options)) yield* batch;
}

/**
 * The same commits as {@link readGitLog}, one array per chunk git wrote: the form hot loops should consume. `git
 * rev-list` picks the commits and `git cat-file --batch` hands over each raw object, so the message is every stored
 * byte (`%B` stops at a NUL and re-encodes per the `encoding` header, which can hide a trailer). With
 * `withContainingRefs`, `git log --topo-order` picks them instead and passes each commit's decorations through
 * cat-file (`%(rest)`), so one walk serves both the scan and the refs of its findings.
 */
export async function* readGitLogBatches(options: GitLogOptions): AsyncGenerator<CommitRecord[]> {
  const hasRevisions = options.revisions !== undefined && options.revisions.length > 0;
  if (options.withContainingRefs && hasRevisions) throw new Error('withContainingRefs needs every ref as a starting point, not revisions');
  // --end-of-options: a revision from the user (`--range "A --output=FILE"`) must never be read as a git option.
  const revisions = hasRevisions ? ['--end-of-options', ...options.revisions!] : ['--all'];
  const walk = options.withContainingRefs ? new ContainingRefsWalk() : undefined;
  const args = walk ? ['log', ...TOPOLOGICAL_DECORATED_ARGS, ...(options.extraArgs ?? []), ...revisions, '--'] : ['rev-list', ...(options.extraArgs ?? []), ...revisions, '--'];
  const list = startGit(args, options);
  const objects = startGit(['cat-file', walk ? `--batch=${BATCH_FORMAT_WITH_REST}` : '--batch', '--buffer'], { ...options, stdin: list.stdout });
  let finished = false;
  try {
    for await (const batch of readObjectBatches(objects.stdout)) {
      const commits: CommitRecord[] = [];
      for (const object of batch) {
        if (object.type !== 'commit') throw new GitError(args, `${args[0]} named ${object.id}, which cat-file reads as ${object.type}`, null);
        commits.push(walk ? parseRawCommit(object.id, object.data, (parents) => walk.visit(object.id, parents, object.rest) ?? NO_REFS) : parseRawCommit(object.id, object.data));
      }
      yield commits;
    }
    finished = true;
  } finally {
    if (!finished) {
      list.stop();
      objects.stop();
    }
  }
  await list.done;
  await objects.done;
}
