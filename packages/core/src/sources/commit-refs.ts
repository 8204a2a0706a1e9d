/** @fileoverview Which refs contain each commit that carries findings, from one streamed `git log --all --topo-order` pass. */
import { readDelimitedBatches } from './delimited-stream.js';
import { startGit } from './git-command.js';

// Topological order lists every child before its parents, so the refs that contain a commit are known by the time
// git prints it: those pointing at it (its full-name decorations) plus those its children were contained in.
// The namespaces are named on the command line because git's default set, and so the answer, would otherwise follow
// the user's and the repository's config (log.excludeDecoration, log.initialDecorationSet).
const DECORATED = ['refs/heads/', 'refs/remotes/', 'refs/tags/', 'refs/stash'] as const;
const ARGS = ['log', '--all', '--topo-order', '--no-color', '--decorate=full', ...DECORATED.map((pattern) => `--decorate-refs=${pattern}`), '--no-show-signature', '-z', '--format=%H%x00%P%x00%D', '--'] as const;
const FIELDS = 3;
const NONE: ReadonlySet<string> = new Set();

/**
 * For each of `commits`, the full names of the refs (see {@link isContainingRefName}) that contain it, sorted. One
 * git process walks history once and stops as soon as every commit asked for has been seen. Memory holds the
 * walk's frontier (commits whose children were seen but not yet themselves), each with a ref set shared between
 * commits until a merge needs a union. A commit no ref contains is left out of the map.
 */
export async function readContainingRefs(repositoryRoot: string, commits: Iterable<string>): Promise<Map<string, string[]>> {
  const wanted = new Set(commits);
  const found = new Map<string, string[]>();
  if (wanted.size === 0) return found;
  const git = startGit(ARGS, { cwd: repositoryRoot });
  const pending = new Map<string, ReadonlySet<string>>();
  let fields: string[] = [];
  try {
    outer: for await (const records of readDelimitedBatches(git.stdout, 0)) {
      for (const record of records) {
        fields.push(record);
        if (fields.length < FIELDS) continue;
        const [commit, parents, decorations] = fields as [string, string, string];
        fields = [];
        let refs = pending.get(commit) ?? NONE;
        pending.delete(commit);
        const own = parseDecorations(decorations);
        if (own.length > 0) refs = union(refs, own);
        if (wanted.has(commit)) {
          if (refs.size > 0) found.set(commit, [...refs].sort());
          wanted.delete(commit);
          if (wanted.size === 0) {
            git.stop();
            break outer;
          }
        }
        if (refs.size === 0) continue;
        for (const parent of parents ? parents.split(' ') : []) {
          const before = pending.get(parent);
          pending.set(parent, before ? union(before, refs) : refs);
        }
      }
    }
  } catch (error) {
    git.stop();
    throw error;
  }
  await git.done;
  return found;
}

/** True for a ref {@link readContainingRefs} can name: a branch, remote-tracking branch, tag or the stash (not notes, pull or other refs). */
export function isContainingRefName(name: string): boolean {
  return DECORATED.some((pattern) => (pattern.endsWith('/') ? name.startsWith(pattern) : name === pattern));
}

/** Full ref names in `%D` output with `--decorate=full`: `HEAD -> refs/heads/main, tag: refs/tags/v1, refs/remotes/origin/main`. */
export function parseDecorations(text: string): string[] {
  if (text === '') return [];
  return text
    .split(', ')
    .map((item) => item.replace(/^HEAD -> /, '').replace(/^tag: /, ''))
    .filter((name) => name.startsWith('refs/'));
}

function union(a: ReadonlySet<string>, b: Iterable<string>): ReadonlySet<string> {
  let merged: Set<string> | undefined;
  for (const item of b) {
    if (a.has(item) || merged?.has(item)) continue;
    merged ??= new Set(a);
    merged.add(item);
  }
  return merged ?? a;
}
