/** @fileoverview Which workstation source a finding came from, derived from its signature kind. */
import type { AuditSource } from './model/audit.js';
import type { Finding } from './model/finding.js';

/** Which audit source a finding came from, by its signature kind (the column fleet reports carry). */
export function auditSourceOf(finding: Pick<Finding, 'kind' | 'location'>): AuditSource {
  switch (finding.kind) {
    case 'home-path':
      return 'home';
    case 'process':
      return 'processes';
    case 'editor-extension':
      return 'extensions';
    case 'package':
      return 'packages';
    case 'env-var':
      return finding.location.pid !== undefined ? 'processes' : 'environment';
    case 'managed-policy-path':
      return 'controls';
    default:
      return 'repositories';
  }
}
