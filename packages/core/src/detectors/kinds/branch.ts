/** @fileoverview The branch kind: local and remote-tracking branch names. */
import { detectRef } from '../refs.js';
import type { SignatureKindModule } from './kind-module.js';

/** Branch names. Example form: a full ref name, or a short branch name. */
export const branchKind: SignatureKindModule<'branch'> = {
  kind: 'branch',
  compile: (entry, index) => void index.branches.push(entry),
  matchesExample: (_signature, example, catalog) => detectRef(example.startsWith('refs/') ? example : `refs/heads/${example}`, catalog).length > 0,
};
