/** @fileoverview Matches environment variables against env-var signatures. Values are tested, never kept. */
import type { EnvSignature } from '../model/signature.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';

/** Returns the env-var signatures that the variable `name` with `value` matches. */
export function detectEnvVar(name: string, value: string, catalog: CompiledCatalog): CatalogEntry<EnvSignature>[] {
  return catalog.environment.filter(({ signature }) => matchesName(signature.name, name) && (signature.value === undefined || signature.value.test(value)));
}

function matchesName(pattern: string, name: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}
