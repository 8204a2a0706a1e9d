/** @fileoverview How a structured `decidedBy` reads for people: one sentence-part every surface shares. */
import type { DecidedBy } from '../model/finding.js';

/**
 * `decidedBy` as reports and hooks print it, e.g. `managed policy /etc/aiguard/policy.json (vendors.Anthropic: block)`,
 * `no policy found (default: warn)` or `built-in default (warn)`.
 */
export function describeDecidedBy(decidedBy: DecidedBy): string {
  if (decidedBy.layer === 'default') return decidedBy.rule === 'no policy found' ? 'no policy found (default: warn)' : 'built-in default (warn)';
  return `${decidedBy.layer} policy ${decidedBy.file} (${decidedBy.rule})`;
}
