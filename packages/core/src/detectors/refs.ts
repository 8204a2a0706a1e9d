/** @fileoverview Matches branch and notes ref names against ref signatures. */
import type { RefSignature } from '../model/signature.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';

/**
 * Returns the ref signatures that a full ref name matches. Branch signatures see the branch name without
 * `refs/heads/` or `refs/remotes/<remote>/`; notes signatures see the full `refs/notes/...` name.
 */
export function detectRef(refName: string, catalog: CompiledCatalog): CatalogEntry<RefSignature>[] {
  if (refName.startsWith('refs/notes/')) return catalog.notesRefs.filter(({ signature }) => signature.pattern.test(refName));
  const branch = branchName(refName);
  if (branch === undefined) return [];
  return catalog.branches.filter(({ signature }) => signature.pattern.test(branch));
}

/** The branch part of a local or remote-tracking branch ref, or undefined for other refs and `HEAD`. */
export function branchName(refName: string): string | undefined {
  if (refName.startsWith('refs/heads/')) return refName.slice('refs/heads/'.length);
  if (refName.startsWith('refs/remotes/')) {
    const rest = refName.slice('refs/remotes/'.length);
    const slash = rest.indexOf('/');
    const branch = slash < 0 ? undefined : rest.slice(slash + 1);
    return branch === 'HEAD' ? undefined : branch;
  }
  return undefined;
}
