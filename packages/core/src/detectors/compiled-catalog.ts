/** @fileoverview Indexes the catalog by signature kind once, so detectors do no per-record setup work. */
import type { Assistant } from '../model/assistant.js';
import type { SignatureKind } from '../model/signature.js';
import type { CatalogEntry, CatalogIndex, CompiledCatalog } from './catalog-index.js';
import { KIND_MODULES } from './kinds/index.js';
import type { SignatureKindModule } from './kinds/kind-module.js';
import { compileMessagePrefilter } from './message-prefilter.js';
export type { CatalogEntry, CatalogIndex, CompiledCatalog, PathEntry } from './catalog-index.js';

// Compiled once per catalog array: an audit scans hundreds of repositories with the same catalog, and each compile
// built every glob and pattern again (a third of the audit's allocations).
const compiledCatalogs = new WeakMap<readonly Assistant[], CompiledCatalog>();

/** Indexes `assistants` by signature kind, each kind's module building its own index; the same array compiles once. */
export function compileCatalog(assistants: readonly Assistant[]): CompiledCatalog {
  let compiled = compiledCatalogs.get(assistants);
  if (compiled === undefined) {
    compiled = indexCatalog(assistants);
    compiledCatalogs.set(assistants, compiled);
  }
  return compiled;
}

function indexCatalog(assistants: readonly Assistant[]): CompiledCatalog {
  const index: CatalogIndex = {
    trailersByKey: new Map(),
    markers: [],
    identities: [],
    branches: [],
    notesRefs: [],
    repoPaths: [],
    configContents: [],
    homePaths: [],
    managedPolicies: [],
    processes: [],
    extensions: [],
    packages: [],
    environment: [],
  };
  const byKind = new Map<SignatureKind, CatalogEntry[]>();
  for (const assistant of assistants) {
    for (const signature of assistant.signatures) {
      const entry: CatalogEntry = { assistant: assistant.id, signature };
      const module = KIND_MODULES[signature.kind] as SignatureKindModule | undefined;
      if (!module) throw new Error(`catalog entry ${assistant.id} has a signature of unknown kind: ${JSON.stringify(signature.kind)}`);
      const list = byKind.get(signature.kind) ?? [];
      list.push(entry);
      byKind.set(signature.kind, list);
      module.compile?.(entry as never, index);
    }
  }
  const trailers = [...new Set([...index.trailersByKey.values()].flat())];
  return {
    assistants,
    ...index,
    byKind,
    markerPrefilter: unionOf(index.markers.map(({ signature }) => signature.pattern)),
    messagePrefilter: compileMessagePrefilter(trailers, index.markers, index.branches),
  };
}

/**
 * One RegExp that matches wherever any of `patterns` matches. Adding the `i` and `m` flags to a pattern only
 * widens what it matches, so the union is a safe prefilter: when it fails, every pattern fails.
 */
function unionOf(patterns: readonly RegExp[]): RegExp | undefined {
  if (patterns.length === 0) return undefined;
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'im');
}

