/** @fileoverview Matches installed editor extension and plugin ids against extension signatures. */
import type { ExtensionSignature } from '../model/signature.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';

/** Returns the extension signatures for `editor` that list `id` (ids compare case-insensitively). */
export function detectExtension(id: string, editor: ExtensionSignature['editor'], catalog: CompiledCatalog): CatalogEntry<ExtensionSignature>[] {
  const wanted = id.trim().toLowerCase();
  return catalog.extensions.filter(
    ({ signature }) => signature.editor === editor && signature.ids.some((candidate) => candidate.toLowerCase() === wanted),
  );
}
