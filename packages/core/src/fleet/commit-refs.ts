/** @fileoverview Adds the refs containing each commit to the commit findings of a scan. */
import type { Finding } from '../model/finding.js';

/**
 * Returns `findings` with `commit.refs` set on every commit finding: the refs that contain its commit, or an empty
 * list for a commit no ref contains (reachable only from a reflog or a range's bounds).
 */
export async function addContainingRefs(
  findings: readonly Finding[],
  lookUp: (commits: Iterable<string>) => Promise<ReadonlyMap<string, readonly string[]>>,
): Promise<Finding[]> {
  const commits = new Set<string>();
  for (const finding of findings) if (finding.commit && finding.location.commit) commits.add(finding.location.commit);
  if (commits.size === 0) return [...findings];
  const refs = await lookUp(commits);
  return findings.map((finding) => (finding.commit && finding.location.commit ? { ...finding, commit: { ...finding.commit, refs: refs.get(finding.location.commit) ?? [] } } : finding));
}

/** Answers from the refs the history pass learnt, asking `lookUp` only about commits it did not read (cached ones). */
export function withRefsFromPass(
  known: ReadonlyMap<string, readonly string[]>,
  lookUp: (commits: Iterable<string>) => Promise<ReadonlyMap<string, readonly string[]>>,
): (commits: Iterable<string>) => Promise<ReadonlyMap<string, readonly string[]>> {
  return async (commits) => {
    const found = new Map<string, readonly string[]>();
    const missing: string[] = [];
    for (const commit of commits) {
      const refs = known.get(commit);
      if (refs === undefined) missing.push(commit);
      else if (refs.length > 0) found.set(commit, refs);
    }
    if (missing.length > 0) for (const [commit, refs] of await lookUp(missing)) found.set(commit, refs);
    return found;
  };
}
