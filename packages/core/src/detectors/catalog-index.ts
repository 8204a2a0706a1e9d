/** @fileoverview The compiled catalog's shape: entries by kind, as detectors read them and kind modules build them. Types only. */
import type { Assistant } from '../model/assistant.js';
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
  SignatureKind,
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
  /** Rules out, by literals alone, messages no trailer, marker or merged-branch signature can match. */
  readonly messagePrefilter: MessagePrefilter;
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
  /** Every signature by kind; kinds without a fast index of their own are detected from here. */
  readonly byKind: ReadonlyMap<SignatureKind, readonly CatalogEntry[]>;
}

/**
 * The compiled catalog while it is built: each kind's module (detectors/kinds/) adds its signatures to its own fast
 * index here.
 */
export interface CatalogIndex {
  readonly trailersByKey: Map<string, CatalogEntry<TrailerSignature>[]>;
  readonly markers: CatalogEntry<MarkerSignature>[];
  readonly identities: CatalogEntry<IdentitySignature>[];
  readonly branches: CatalogEntry<RefSignature>[];
  readonly notesRefs: CatalogEntry<RefSignature>[];
  readonly repoPaths: PathEntry<RepoPathSignature>[];
  readonly configContents: PathEntry<ConfigContentSignature>[];
  readonly homePaths: PathEntry<HomePathSignature>[];
  readonly managedPolicies: CatalogEntry<ManagedPolicySignature>[];
  readonly processes: CatalogEntry<ProcessSignature>[];
  readonly extensions: CatalogEntry<ExtensionSignature>[];
  readonly packages: CatalogEntry<PackageSignature>[];
  readonly environment: CatalogEntry<EnvSignature>[];
}

/** Answers "can any signature match?" before the detectors run; a false answer is a proof, a true one a maybe. */
export interface MessagePrefilter {
  /**
   * False only when no trailer or marker signature can match the message whose restored, look-alike-folded form is
   * `folded` (the text detectMessage matches). Checks the literals chosen from each signature's pattern, and for a
   * trailer whose value needs none, its key without hyphens (`Co--Authored-By` reads as `co-authored-by`).
   */
  mayMatch(folded: string): boolean;
  /** False only when no branch signature can match a branch that the raw message `text` names in a merge subject. */
  mayNameBranch(text: string): boolean;
}
