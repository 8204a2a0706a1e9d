/** @fileoverview Matches repository paths against repo-path signatures. */
import type { RepoPathSignature } from '../model/signature.js';
import type { CompiledCatalog, PathEntry } from './catalog-index.js';

// picomatch builds `**` from `.`, which stops at line breaks: a folder named `a<LF>b` would hide the CLAUDE.md in it.
// `*` already matches them (`[^/]`), so a space stands in for each one without changing what else matches.
const LINE_BREAKS = /[\n\r\u2028\u2029]/g;

/** Returns the repo-path signatures that a repo-relative POSIX path matches (line breaks in names included). */
export function detectRepoPath(path: string, catalog: CompiledCatalog): PathEntry<RepoPathSignature>[] {
  const matchable = path.replace(LINE_BREAKS, ' ');
  return catalog.repoPaths.filter((entry) => entry.test(matchable));
}
