/** @fileoverview Mounts the ink progress line for a scan; the only scan module that imports ink and react. */
import { render } from 'ink';
import type { RepositoryScan, ScanOptions } from '@aiguard/core';
import { ScanApp } from './ScanApp.js';

/**
 * Runs the scan with a live progress line on stderr and returns its result once ink has unmounted, so the caller
 * prints the same report a pipe gets, once; errors are rethrown for bin.ts to report.
 */
export async function runInteractiveScan(options: ScanOptions): Promise<RepositoryScan> {
  let outcome: { result?: RepositoryScan; error?: unknown } = {};
  const app = render(<ScanApp options={options} onDone={(o) => (outcome = o)} />, { stdout: process.stderr, patchConsole: false });
  await app.waitUntilExit();
  if (outcome.error !== undefined) throw outcome.error;
  return outcome.result!;
}
