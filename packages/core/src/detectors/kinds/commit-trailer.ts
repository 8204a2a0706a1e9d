/** @fileoverview The commit-trailer kind: `Key: value` lines in a commit message, indexed by lower-cased key. */
import { detectMessage } from '../commit-message.js';
import type { SignatureKindModule } from './kind-module.js';

/** Commit trailers. Example form: one or more message lines. */
export const commitTrailerKind: SignatureKindModule<'commit-trailer'> = {
  kind: 'commit-trailer',
  compile(entry, index) {
    for (const key of entry.signature.keys) {
      const list = index.trailersByKey.get(key.toLowerCase()) ?? [];
      list.push(entry);
      index.trailersByKey.set(key.toLowerCase(), list);
    }
  },
  matchesExample: (_signature, example, catalog) => detectMessage(example, catalog).length > 0,
};
