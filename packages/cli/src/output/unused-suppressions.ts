/** @fileoverview The `--report-unused` lines: ignores and baseline entries that matched nothing in a scan. */
import { describeIgnore, type SuppressionReport } from '@aiguard/core';

/** One line per unused ignore and unused baseline entry; expired ignores are reported as warnings elsewhere. */
export function unusedSuppressionLines(report: SuppressionReport): string[] {
  const lines = report.ignores.filter((use) => use.state === 'unused').map((use) => `unused ignore: ${describeIgnore(use)}`);
  for (const entry of report.unusedBaseline) lines.push(`unused baseline entry in ${report.baselineFile}: ${entry.fingerprint} ${entry.signature} at ${entry.location}`);
  return lines;
}
