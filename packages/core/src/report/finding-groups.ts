/** @fileoverview Findings grouped by assistant, in the order reports list them. */
import type { Finding } from '../model/finding.js';

/**
 * Findings by assistant id. Findings arrive sorted by verdict, so first appearance puts assistants with blocking
 * findings first; within a group the findings keep their order.
 */
export function groupByAssistant(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.assistant);
    if (group) group.push(finding);
    else groups.set(finding.assistant, [finding]);
  }
  return groups;
}
