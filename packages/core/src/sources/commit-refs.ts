/** @fileoverview Which refs contain a commit, for the commits that carry findings (one `git for-each-ref --contains` each). */
import { runGit } from './git-command.js';

/** At most this many distinct commits are looked up per repository: each lookup walks history once. */
export const MAX_REF_LOOKUPS = 200;

/**
 * For each commit id, the full names of the refs (branches, tags, remotes, notes) that contain it, sorted. Commits
 * beyond `limit` are left out of the map; the caller says so. A commit no ref contains (reachable only from
 * a reflog) maps to an empty list.
 */
export async function readContainingRefs(repositoryRoot: string, commits: Iterable<string>, limit = MAX_REF_LOOKUPS): Promise<Map<string, string[]>> {
  const refs = new Map<string, string[]>();
  for (const commit of commits) {
    if (refs.size >= limit) break;
    if (refs.has(commit)) continue;
    const output = await runGit(['for-each-ref', '--format=%(refname)', `--contains=${commit}`], { cwd: repositoryRoot });
    refs.set(commit, output.split('\n').filter(Boolean).sort());
  }
  return refs;
}
