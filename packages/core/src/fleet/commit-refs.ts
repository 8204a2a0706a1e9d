/** @fileoverview Adds the refs containing each commit to the commit findings of a scan. */
import type { Finding } from '../model/finding.js';
import { MAX_REF_LOOKUPS } from '../sources/commit-refs.js';

/**
 * Returns `findings` with `commit.refs` set on every commit finding whose commit was looked up; when more distinct
 * commits carry findings than {@link MAX_REF_LOOKUPS}, the rest keep no `refs` and a warning says how many.
 */
export async function addContainingRefs(
  findings: readonly Finding[],
  lookUp: (commits: Iterable<string>) => Promise<ReadonlyMap<string, readonly string[]>>,
  warnings: string[],
): Promise<Finding[]> {
  const commits = new Set<string>();
  for (const finding of findings) if (finding.commit && finding.location.commit) commits.add(finding.location.commit);
  if (commits.size === 0) return [...findings];
  const refs = await lookUp(commits);
  if (commits.size > refs.size) warnings.push(`refs containing ${commits.size - refs.size} of ${commits.size} commits with findings were not looked up (limit ${MAX_REF_LOOKUPS})`);
  return findings.map((finding) => {
    const found = finding.commit && finding.location.commit ? refs.get(finding.location.commit) : undefined;
    return found && finding.commit ? { ...finding, commit: { ...finding.commit, refs: found } } : finding;
  });
}
