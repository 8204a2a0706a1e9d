/** @fileoverview The commit-identity kind: author or committer name and e-mail. */
import { detectIdentity, parseIdentity } from '../commit-identity.js';
import type { SignatureKindModule } from './kind-module.js';

/** Commit identities. Example form: `Name <email>`. */
export const commitIdentityKind: SignatureKindModule<'commit-identity'> = {
  kind: 'commit-identity',
  compile: (entry, index) => void index.identities.push(entry),
  matchesExample: (_signature, example, catalog) => detectIdentity(parseIdentity(example), catalog).length > 0,
};
