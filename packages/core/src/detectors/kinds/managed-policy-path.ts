/** @fileoverview The managed-policy-path kind: a system-wide policy file a vendor reads (a vendor control). */
import { detectManagedPolicyPath } from '../managed-policies.js';
import type { SignatureKindModule } from './kind-module.js';

/** Managed-policy files. Example form: an absolute path in the platform's form. */
export const managedPolicyPathKind: SignatureKindModule<'managed-policy-path'> = {
  kind: 'managed-policy-path',
  compile: (entry, index) => void index.managedPolicies.push(entry),
  matchesExample: (signature, example, catalog) => detectManagedPolicyPath(example, signature.platform, catalog).length > 0,
  auditSource: () => 'controls',
};
