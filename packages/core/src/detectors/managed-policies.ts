/** @fileoverview Matches absolute file paths against vendors' managed-policy locations. */
import type { ManagedPolicySignature, Platform } from '../model/signature.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';

/** Returns the managed-policy signatures for `platform` whose path is `absolutePath`. */
export function detectManagedPolicyPath(absolutePath: string, platform: Platform, catalog: CompiledCatalog): CatalogEntry<ManagedPolicySignature>[] {
  const wanted = normalizePlatformPath(absolutePath, platform);
  return catalog.managedPolicies.filter(
    ({ signature }) => signature.platform === platform && normalizePlatformPath(signature.path, platform) === wanted,
  );
}

/** Windows paths compare with either slash and in any case; macOS volumes are case-insensitive by default. */
export function normalizePlatformPath(path: string, platform: Platform): string {
  if (platform === 'win32') return path.replace(/\//g, '\\').toLowerCase();
  if (platform === 'darwin') return path.toLowerCase();
  return path;
}
