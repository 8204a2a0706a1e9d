/** @fileoverview Matches author and committer identities against identity signatures (emails first, names where a tool marks them). */
import type { IdentitySignature } from '../model/signature.js';
import { foldLookalikes } from '../text/lookalikes.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';

/** A name and email as git records them. */
export interface Identity {
  readonly name: string;
  readonly email: string;
}

// Histories repeat a few identities thousands of times: remember each answer per catalog (bounded), by email then
// name, so a lookup builds no key string per commit.
const memo = new WeakMap<CompiledCatalog, { size: number; readonly byEmail: Map<string, Map<string, CatalogEntry<IdentitySignature>[]>> }>();
const MEMO_LIMIT = 10_000;

/** Returns the identity signatures that `identity` matches. */
export function detectIdentity(identity: Identity, catalog: CompiledCatalog): CatalogEntry<IdentitySignature>[] {
  let answers = memo.get(catalog);
  if (!answers) memo.set(catalog, (answers = { size: 0, byEmail: new Map() }));
  const known = answers.byEmail.get(identity.email)?.get(identity.name);
  if (known) return known;
  const email = foldLookalikes(identity.email).trim().toLowerCase();
  const name = foldLookalikes(identity.name).trim();
  const found = catalog.identities.filter(({ signature }) => matchesIdentity(signature, name, email));
  if (answers.size >= MEMO_LIMIT) {
    answers.byEmail.clear();
    answers.size = 0;
  }
  const names = answers.byEmail.get(identity.email) ?? new Map<string, CatalogEntry<IdentitySignature>[]>();
  answers.byEmail.set(identity.email, names);
  names.set(identity.name, found);
  answers.size++;
  return found;
}

function matchesIdentity(signature: IdentitySignature, name: string, email: string): boolean {
  return (signature.email !== undefined && signature.email.test(email)) || (signature.name !== undefined && signature.name.test(name));
}

/** Parses `Name <email>` (the example form and git's identity form); a bare string is taken as a name. */
export function parseIdentity(text: string): Identity {
  const match = /^(.*?)\s*<([^>]*)>\s*$/.exec(text);
  return match ? { name: match[1]!, email: match[2]! } : { name: text.trim(), email: '' };
}
