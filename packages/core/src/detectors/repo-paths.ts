/** @fileoverview Matches repository paths against repo-path signatures. */
import type { RepoPathSignature } from '../model/signature.js';
import type { CompiledCatalog, PathEntry } from './compiled-catalog.js';

/** Returns the repo-path signatures that a repo-relative POSIX path matches. */
export function detectRepoPath(path: string, catalog: CompiledCatalog): PathEntry<RepoPathSignature>[] {
  return catalog.repoPaths.filter((entry) => entry.test(path));
}
