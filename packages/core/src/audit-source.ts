/** @fileoverview Which workstation source a finding came from, as its signature kind's module says. */
import { kindModule } from './detectors/kinds/index.js';
import type { AuditSource } from './model/audit.js';
import type { Finding } from './model/finding.js';

/** Which audit source a finding came from, by its signature kind (the column fleet reports carry). */
export function auditSourceOf(finding: Pick<Finding, 'kind' | 'location'>): AuditSource {
  return kindModule(finding.kind).auditSource?.(finding.location) ?? 'repositories';
}
