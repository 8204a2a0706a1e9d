/**
 * @fileoverview Files whose presence in a workspace shows an assistant, taken from the catalog, for editors that
 * activate on them (the extension's `workspaceContains:` activation events are generated from this list).
 */
import type { Assistant } from './model/assistant.js';

const GLOB_CHARACTERS = /[*?[\]{}!()]/;

/**
 * One marker glob per assistant that has one: the first strong repo-path glob that names a literal path (after an
 * optional leading `**\/`), so an editor checks a few dozen exact names, not every pattern the catalog holds.
 * Sorted, without duplicates.
 */
export function workspaceMarkerGlobs(assistants: readonly Assistant[]): string[] {
  const globs = new Set<string>();
  for (const assistant of assistants) {
    const literal = assistant.signatures
      .flatMap((signature) => (signature.kind === 'repo-path' && signature.strength === 'strong' ? signature.globs : []))
      .find((glob) => !GLOB_CHARACTERS.test(glob.replace(/^\*\*\//, '')));
    if (literal !== undefined) globs.add(literal);
  }
  return [...globs].sort();
}
