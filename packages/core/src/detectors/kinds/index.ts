/**
 * @fileoverview The one registry of signature kinds, in the order reports list them. The `satisfies` clause makes a
 * kind without a module (or a module for an unknown kind) a compile error.
 */
import type { SignatureKind } from '../../model/signature.js';
import { branchKind } from './branch.js';
import { commandKind } from './command.js';
import { commitIdentityKind } from './commit-identity.js';
import { commitMarkerKind } from './commit-marker.js';
import { commitTrailerKind } from './commit-trailer.js';
import { configContentKind } from './config-content.js';
import { editorExtensionKind } from './editor-extension.js';
import { envVarKind } from './env-var.js';
import { homePathKind } from './home-path.js';
import type { SignatureKindModule } from './kind-module.js';
import { managedPolicyPathKind } from './managed-policy-path.js';
import { notesRefKind } from './notes-ref.js';
import { packageKind } from './package.js';
import { processKind } from './process.js';
import { repoPathKind } from './repo-path.js';

/** Every kind's module, keyed by kind. */
export const KIND_MODULES = {
  'commit-trailer': commitTrailerKind,
  'commit-marker': commitMarkerKind,
  'commit-identity': commitIdentityKind,
  branch: branchKind,
  'notes-ref': notesRefKind,
  'repo-path': repoPathKind,
  'config-content': configContentKind,
  'home-path': homePathKind,
  'managed-policy-path': managedPolicyPathKind,
  process: processKind,
  'editor-extension': editorExtensionKind,
  package: packageKind,
  'env-var': envVarKind,
  command: commandKind,
} as const satisfies { readonly [K in SignatureKind]: SignatureKindModule<K> };

/** All kinds, in the order reports list them. */
export const SIGNATURE_KINDS = Object.keys(KIND_MODULES) as readonly SignatureKind[];

/** The module of `kind`. */
export function kindModule<K extends SignatureKind>(kind: K): SignatureKindModule<K> {
  return KIND_MODULES[kind] as unknown as SignatureKindModule<K>;
}
