/** @fileoverview The exit codes every aiguard command uses (DESIGN.md). */
import type { ScanResult } from '@aiguard/core';

/** No blocking finding. */
export const EXIT_OK = 0;
/** At least one finding the policy blocks. */
export const EXIT_BLOCKED = 1;
/** Bad arguments, or a policy or configuration that cannot be used. */
export const EXIT_USAGE = 2;
/** The scan itself failed: git error, unreadable repository, nothing scanned when something was expected. */
export const EXIT_SCAN_FAILED = 3;

/** The table `--help` prints. */
export const EXIT_CODES_HELP = `Exit codes:
  0  no blocking finding
  1  at least one blocking finding
  2  usage or configuration error (bad option, invalid policy)
  3  scan failed (git error, unreadable repository)`;

/** 1 when any finding is blocked, else 0. */
export function exitCodeFor(result: Pick<ScanResult, 'summary'>): number {
  return result.summary.findings.block > 0 ? EXIT_BLOCKED : EXIT_OK;
}
