/** @fileoverview The repo-path kind: a path inside a repository, matched by compiled globs. */
import { compileGlobs } from '../glob-matcher.js';
import { detectRepoPath } from '../repo-paths.js';
import type { SignatureKindModule } from './kind-module.js';

/** Repository paths. Example form: a repo-relative POSIX path. */
export const repoPathKind: SignatureKindModule<'repo-path'> = {
  kind: 'repo-path',
  compile: (entry, index) => void index.repoPaths.push({ ...entry, test: compileGlobs(entry.signature.globs) }),
  matchesExample: (_signature, example, catalog) => detectRepoPath(example, catalog).length > 0,
};
