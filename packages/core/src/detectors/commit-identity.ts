/** @fileoverview Matches author and committer identities against identity signatures (emails first, names where a tool marks them). */
import type { IdentitySignature } from '../model/signature.js';
import { foldLookalikes } from '../text/lookalikes.js';
import type { CatalogEntry, CompiledCatalog } from './compiled-catalog.js';

/** A name and email as git records them. */
export interface Identity {
  readonly name: string;
  readonly email: string;
}

/** Returns the identity signatures that `identity` matches. */
export function detectIdentity(identity: Identity, catalog: CompiledCatalog): CatalogEntry<IdentitySignature>[] {
  const email = foldLookalikes(identity.email).trim().toLowerCase();
  const name = foldLookalikes(identity.name).trim();
  return catalog.identities.filter(({ signature }) => matchesIdentity(signature, name, email));
}

function matchesIdentity(signature: IdentitySignature, name: string, email: string): boolean {
  return (signature.email !== undefined && signature.email.test(email)) || (signature.name !== undefined && signature.name.test(name));
}

/** Parses `Name <email>` (the example form and git's identity form); a bare string is taken as a name. */
export function parseIdentity(text: string): Identity {
  const match = /^(.*?)\s*<([^>]*)>\s*$/.exec(text);
  return match ? { name: match[1]!, email: match[2]! } : { name: text.trim(), email: '' };
}
