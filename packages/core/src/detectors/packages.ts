/** @fileoverview Matches installed packages and binaries on PATH against package signatures. */
import type { PackageSignature } from '../model/signature.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';

/** Returns the package signatures of `ecosystem` that list `name` (names compare case-insensitively). */
export function detectPackage(ecosystem: PackageSignature['ecosystem'], name: string, catalog: CompiledCatalog): CatalogEntry<PackageSignature>[] {
  const wanted = name.trim().toLowerCase();
  return catalog.packages.filter(
    ({ signature }) => signature.ecosystem === ecosystem && signature.names.some((candidate) => candidate.toLowerCase() === wanted),
  );
}
