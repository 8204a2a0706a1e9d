/** @fileoverview The notes-ref kind: `refs/notes/...` refs an assistant writes. */
import { detectRef } from '../refs.js';
import type { SignatureKindModule } from './kind-module.js';

/** Notes refs. Example form: a full ref name. */
export const notesRefKind: SignatureKindModule<'notes-ref'> = {
  kind: 'notes-ref',
  compile: (entry, index) => void index.notesRefs.push(entry),
  matchesExample: (_signature, example, catalog) => detectRef(example.startsWith('refs/') ? example : `refs/heads/${example}`, catalog).length > 0,
};
