/** @fileoverview Indexes the catalog by signature kind once, so detectors do no per-record setup work. */
import type { Assistant } from '../model/assistant.js';
import { compileGlobs } from './glob-matcher.js';
import type {
  ConfigContentSignature,
  EnvSignature,
  ExtensionSignature,
  HomePathSignature,
  IdentitySignature,
  ManagedPolicySignature,
  MarkerSignature,
  PackageSignature,
  ProcessSignature,
  RefSignature,
  RepoPathSignature,
  Signature,
  TrailerSignature,
} from '../model/signature.js';

/** A signature with the id of the assistant it belongs to. */
export interface CatalogEntry<S extends Signature = Signature> {
  readonly assistant: string;
  readonly signature: S;
}

/** A path signature with its globs compiled. */
export interface PathEntry<S extends RepoPathSignature | ConfigContentSignature | HomePathSignature> extends CatalogEntry<S> {
  readonly test: (path: string) => boolean;
}

/** The catalog indexed by kind; build it once with {@link compileCatalog}. */
export interface CompiledCatalog {
  readonly assistants: readonly Assistant[];
  /** Trailer signatures by lower-cased trailer key. */
  readonly trailersByKey: ReadonlyMap<string, readonly CatalogEntry<TrailerSignature>[]>;
  readonly markers: readonly CatalogEntry<MarkerSignature>[];
  /** Matches whenever any marker pattern could (their union, case-insensitive and multi-line); undefined with no markers. */
  readonly markerPrefilter: RegExp | undefined;
  readonly identities: readonly CatalogEntry<IdentitySignature>[];
  readonly branches: readonly CatalogEntry<RefSignature>[];
  readonly notesRefs: readonly CatalogEntry<RefSignature>[];
  readonly repoPaths: readonly PathEntry<RepoPathSignature>[];
  /** Config files worth reading, by path glob, with the line pattern to look for. */
  readonly configContents: readonly PathEntry<ConfigContentSignature>[];
  readonly homePaths: readonly PathEntry<HomePathSignature>[];
  readonly managedPolicies: readonly CatalogEntry<ManagedPolicySignature>[];
  readonly processes: readonly CatalogEntry<ProcessSignature>[];
  readonly extensions: readonly CatalogEntry<ExtensionSignature>[];
  readonly packages: readonly CatalogEntry<PackageSignature>[];
  readonly environment: readonly CatalogEntry<EnvSignature>[];
}

/** Indexes `assistants` by signature kind and compiles path globs. */
export function compileCatalog(assistants: readonly Assistant[]): CompiledCatalog {
  const trailersByKey = new Map<string, CatalogEntry<TrailerSignature>[]>();
  const compiled = {
    assistants,
    trailersByKey,
    markers: [] as CatalogEntry<MarkerSignature>[],
    identities: [] as CatalogEntry<IdentitySignature>[],
    branches: [] as CatalogEntry<RefSignature>[],
    notesRefs: [] as CatalogEntry<RefSignature>[],
    repoPaths: [] as PathEntry<RepoPathSignature>[],
    configContents: [] as PathEntry<ConfigContentSignature>[],
    homePaths: [] as PathEntry<HomePathSignature>[],
    managedPolicies: [] as CatalogEntry<ManagedPolicySignature>[],
    processes: [] as CatalogEntry<ProcessSignature>[],
    extensions: [] as CatalogEntry<ExtensionSignature>[],
    packages: [] as CatalogEntry<PackageSignature>[],
    environment: [] as CatalogEntry<EnvSignature>[],
  };
  for (const assistant of assistants) {
    for (const signature of assistant.signatures) {
      const entry = { assistant: assistant.id, signature };
      switch (signature.kind) {
        case 'commit-trailer':
          for (const key of signature.keys) {
            const list = trailersByKey.get(key.toLowerCase()) ?? [];
            list.push({ assistant: assistant.id, signature });
            trailersByKey.set(key.toLowerCase(), list);
          }
          break;
        case 'commit-marker':
          compiled.markers.push({ assistant: assistant.id, signature });
          break;
        case 'commit-identity':
          compiled.identities.push({ assistant: assistant.id, signature });
          break;
        case 'branch':
          compiled.branches.push({ assistant: assistant.id, signature });
          break;
        case 'notes-ref':
          compiled.notesRefs.push({ assistant: assistant.id, signature });
          break;
        case 'repo-path':
          compiled.repoPaths.push({ assistant: assistant.id, signature, test: compileGlobs(signature.globs) });
          break;
        case 'config-content':
          compiled.configContents.push({ assistant: assistant.id, signature, test: compileGlobs(signature.globs) });
          break;
        case 'home-path':
          compiled.homePaths.push({ assistant: assistant.id, signature, test: compileGlobs(signature.globs) });
          break;
        case 'managed-policy-path':
          compiled.managedPolicies.push({ assistant: assistant.id, signature });
          break;
        case 'process':
          compiled.processes.push({ assistant: assistant.id, signature });
          break;
        case 'editor-extension':
          compiled.extensions.push({ assistant: assistant.id, signature });
          break;
        case 'package':
          compiled.packages.push({ assistant: assistant.id, signature });
          break;
        case 'env-var':
          compiled.environment.push({ assistant: assistant.id, signature });
          break;
        default:
          assertNever(signature, entry);
      }
    }
  }
  return { ...compiled, markerPrefilter: unionOf(compiled.markers.map(({ signature }) => signature.pattern)) };
}

/**
 * One RegExp that matches wherever any of `patterns` matches. Adding the `i` and `m` flags to a pattern only
 * widens what it matches, so the union is a safe prefilter: when it fails, every pattern fails.
 */
function unionOf(patterns: readonly RegExp[]): RegExp | undefined {
  if (patterns.length === 0) return undefined;
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'im');
}


function assertNever(signature: never, entry: { assistant: string }): never {
  throw new Error(`catalog entry ${entry.assistant} has a signature of unknown kind: ${JSON.stringify(signature)}`);
}
