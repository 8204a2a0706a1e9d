/**
 * @fileoverview What a push carries, for the pre-push and pre-receive hooks: the ref updates git gives on stdin, the
 * revisions that select only the commits new to the other side, and the paths those commits add.
 */
import { execFile } from 'node:child_process';
import type { CommitRecord, PathRecord } from '../model/records.js';
import { readDelimited } from './delimited-stream.js';
import { GitError, runGit, SAFE_GIT_CONFIG, startGit, type GitCallOptions } from './git-command.js';
import { COMMIT_LOG_ARGS } from './git-log.js';
import { ObjectReader } from './object-reader.js';
import { parseRawCommit } from './raw-commit.js';

/** One ref a push updates. */
export interface RefUpdate {
  /** Full ref name on the receiving side, e.g. `refs/heads/main` or `refs/tags/v1`. */
  readonly ref: string;
  /** Object id the ref moves to; all zeros for a deletion. */
  readonly newId: string;
  /** Object id it had; all zeros for a new ref (or unknown to the pusher). */
  readonly oldId: string;
  /** pre-push only: the local ref pushed (`HEAD`, `refs/heads/x`, or `(delete)`). */
  readonly localRef?: string;
}

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** True for git's all-zeros object id (a ref that does not exist on one side). */
export function isZeroId(id: string): boolean {
  return /^0+$/.test(id);
}

/** Parses pre-push stdin: `<local ref> SP <local sha> SP <remote ref> SP <remote sha>` per line. Throws on a malformed line. */
export function parsePrePushInput(text: string): RefUpdate[] {
  return lines(text).map((line) => {
    const [localRef, newId, ref, oldId, extra] = line.split(' ');
    if (!localRef || !ref || !isId(newId) || !isId(oldId) || extra !== undefined) throw new Error(`pre-push input line is not "<local ref> <local sha> <remote ref> <remote sha>": ${JSON.stringify(line.slice(0, 200))}`);
    return { localRef, newId, ref, oldId };
  });
}

/** Parses pre-receive stdin: `<old sha> SP <new sha> SP <ref>` per line. Throws on a malformed line. */
export function parsePreReceiveInput(text: string): RefUpdate[] {
  return lines(text).map((line) => {
    const [oldId, newId, ref, extra] = line.split(' ');
    if (!ref || !isId(newId) || !isId(oldId) || extra !== undefined) throw new Error(`pre-receive input line is not "<old sha> <new sha> <ref>": ${JSON.stringify(line.slice(0, 200))}`);
    return { oldId, newId, ref };
  });
}

function lines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\r$/, '')).filter((line) => line !== '');
}

function isId(value: string | undefined): value is string {
  return value !== undefined && OBJECT_ID.test(value);
}

/** How each object id of a push resolves in a repository: the type it peels to, or missing. */
export async function peelObjects(ids: readonly string[], options: GitCallOptions): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id) => !isZeroId(id)))];
  const types = new Map<string, string>();
  if (unique.length === 0) return types;
  const output = await runGitWithInput(['cat-file', '--batch-check=%(objecttype)'], unique.map((id) => `${id}^{}`).join('\n') + '\n', options);
  output.split('\n').slice(0, unique.length).forEach((line, index) => types.set(unique[index]!, line.endsWith(' missing') ? 'missing' : line.trim()));
  return types;
}

/** The commits a push brings, as `git log` arguments. */
export interface PushedCommits {
  /** The new tips, and `^old` for each old tip known here: object ids only, so safe after `--end-of-options`. */
  readonly revisions: readonly string[];
  /** `--not <exclude...> --not`: the refs whose commits the other side already has (options, so before the revisions). */
  readonly extraArgs: readonly string[];
}

/**
 * The object types a push of branches only implies, without asking git: a branch tip is a commit by definition
 * (receive-pack refuses anything else under refs/heads/). Undefined when a tag or other ref is pushed, which
 * {@link peelObjects} must look at. A tip this repository lacks is skipped by the `--ignore-missing` that
 * {@link pushedRevisions} passes.
 */
export function branchTipTypes(updates: readonly RefUpdate[]): Map<string, string> | undefined {
  if (!updates.every((update) => update.ref.startsWith('refs/heads/'))) return undefined;
  const types = new Map<string, string>();
  for (const update of updates) for (const id of [update.newId, update.oldId]) if (!isZeroId(id)) types.set(id, 'commit');
  return types;
}

/**
 * The `git log` arguments that select the commits a push brings that the other side does not have: every updated
 * ref's new commit, minus what the other side already holds (`exclude`: `--remotes=origin` for pre-push, `--all`
 * for pre-receive, where refs are not updated yet) and minus each ref's old commit when it exists here. Deletions
 * and refs that do not point at a commit (a tag of a tree) bring no commits. Undefined when nothing is to scan.
 */
export function pushedRevisions(updates: readonly RefUpdate[], peeled: ReadonlyMap<string, string>, exclude: readonly string[]): PushedCommits | undefined {
  const include = new Set<string>();
  const known = new Set<string>();
  for (const update of updates) {
    if (isZeroId(update.newId) || peeled.get(update.newId) !== 'commit') continue;
    include.add(update.newId);
    if (!isZeroId(update.oldId) && peeled.get(update.oldId) === 'commit') known.add(update.oldId);
  }
  if (include.size === 0) return undefined;
  // --ignore-missing: an old tip the other side had but this repository never fetched excludes nothing.
  return { revisions: [...include, ...[...known].map((id) => `^${id}`)], extraArgs: ['--ignore-missing', ...(exclude.length > 0 ? ['--not', ...exclude, '--not'] : [])] };
}

/** One commit a push brings, with the paths it adds. */
export interface PushedCommit {
  readonly commit: CommitRecord;
  /**
   * Paths the commit adds (renames count as additions). For a merge, the paths it adds that none of its parents has
   * (git's dense combined diff): a file slipped into the merge itself, which no side branch commit shows.
   */
  readonly added: readonly PathRecord[];
}

/** Commits read per round trip to `git cat-file`. */
const OBJECT_BATCH = 128;

/**
 * The selected commits, newest first, each with the paths it adds: `git log --name-status --cc` lists ids and paths,
 * and `git cat-file` hands over each raw commit, so its message is every stored byte (see sources/raw-commit.ts).
 * Streams: a batch of commits at a time in memory. Statuses and paths alternate after each commit id, so a path
 * that looks like a commit marker is still read as a path.
 */
export async function* readPushedCommits(commits: PushedCommits, options: GitCallOptions): AsyncGenerator<PushedCommit> {
  const args = ['log', ...COMMIT_LOG_ARGS, '--no-renames', '--name-status', '--cc', '--format=%x01%H', ...commits.extraArgs, '--end-of-options', ...commits.revisions, '--'];
  const git = startGit(args, options);
  const reader = new ObjectReader(options);
  let pending: { id: string; added: PathRecord[] }[] = [];
  let status: string | undefined; // read a status; its path is the next token
  let finished = false;
  const flush = async function* (): AsyncGenerator<PushedCommit> {
    const objects = await reader.read(pending.map((entry) => entry.id));
    const entries = pending;
    pending = [];
    for (const [index, entry] of entries.entries()) {
      const object = objects[index]!;
      if (object.type !== 'commit') throw new GitError(args, `git log named ${entry.id}, which cat-file reads as ${object.type}`, null);
      yield { commit: parseRawCommit(entry.id, object.data), added: entry.added };
    }
  };
  try {
    for await (const token of readDelimited(git.stdout, 0)) {
      if (status === undefined && token.startsWith('\x01')) {
        if (pending.length >= OBJECT_BATCH) yield* flush();
        pending.push({ id: token.slice(1), added: [] });
      } else if (status === undefined) {
        status = token.replace(/^\n/, ''); // git starts each commit's name list on a new line
        if (status === '') status = undefined; // a merge's combined diff starts after an empty field
      } else {
        const current = pending.at(-1);
        // A merge's combined status has one letter per parent: added means absent from every parent.
        if (current && /^A+$/.test(status)) current.added.push({ path: token, origin: 'commit', commit: current.id });
        status = undefined;
      }
    }
    if (pending.length > 0) yield* flush();
    finished = true;
  } finally {
    if (!finished) git.stop();
    reader.close();
  }
  await git.done;
}

/** Paths the index adds to HEAD (what `git commit` is about to record), renames counted as additions. */
export async function readStagedAdditions(options: GitCallOptions): Promise<PathRecord[]> {
  const output = await runGit(['diff', '--cached', '--no-renames', '--diff-filter=A', '--name-only', '-z', '--no-color'], options);
  return output
    .split('\0')
    .filter((path) => path !== '')
    .map((path) => ({ path, origin: 'staged' as const }));
}

/** `git` with `input` on stdin, with the same safe config and environment as {@link runGit}; for short answers. */
function runGitWithInput(args: readonly string[], input: string, options: GitCallOptions): Promise<string> {
  const fullArgs = [...SAFE_GIT_CONFIG, ...args];
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      fullArgs,
      { cwd: options.cwd, env: { ...(options.env ?? process.env), GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => (error ? reject(new GitError(fullArgs, stderr || error.message, typeof error.code === 'number' ? error.code : null)) : resolve(stdout)),
    );
    child.stdin?.end(input);
  });
}
