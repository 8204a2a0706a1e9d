/** @fileoverview The shape of one signature kind's module: how it compiles, how its examples are run, and its audit source. */
import type { AuditSource } from '../../model/audit.js';
import type { Location } from '../../model/evidence.js';
import type { SignatureKind, SignatureOf } from '../../model/signature.js';
import type { CatalogEntry, CatalogIndex, CompiledCatalog } from '../catalog-index.js';

/**
 * Everything the house knows about one signature kind, in one place (ESLint's rule modules are the model): a new
 * kind is a new module plus catalog entries, never a case added to parallel switches.
 */
export interface SignatureKindModule<K extends SignatureKind = SignatureKind> {
  readonly kind: K;
  /**
   * Adds one signature to the kind's fast index in the compiled catalog (trailers by key, compiled globs, ...).
   * Every entry is also listed in `CompiledCatalog.byKind` without this; kinds that need nothing more leave it out.
   */
  compile?(entry: CatalogEntry<SignatureOf<K>>, index: CatalogIndex): void;
  /**
   * True when `example`, in the kind's example form (see its signature type), is detected as `signature` by the
   * detector a scan or audit uses; `catalog` holds this one signature.
   */
  matchesExample(signature: SignatureOf<K>, example: string, catalog: CompiledCatalog): boolean;
  /** Which `aiguard audit` source finds this kind's evidence at `location`; undefined for repository kinds. */
  auditSource?(location: Location): AuditSource;
}
