/** @fileoverview Resolves commit-based `enforceSince` bans: which commits are that commit or its ancestors. */
import { runGit } from './git-command.js';

/**
 * Every commit id reachable from `commit` (itself included), read once with `git rev-list`. An unknown commit is
 * an error, so a ban that names a commit the repository lacks fails closed instead of treating history as new.
 */
export async function readAncestors(repositoryRoot: string, commit: string, signal?: AbortSignal): Promise<Set<string>> {
  const output = await runGit(['rev-list', `${commit}^{commit}`, '--'], { cwd: repositoryRoot, ...(signal ? { signal } : {}) });
  return new Set(output.split('\n').filter(Boolean));
}
