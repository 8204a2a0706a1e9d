/** @fileoverview Mounts the ink scan view; the only module that imports ink and react on the scan path. */
import { render } from 'ink';
import { CATALOG, type RepositoryScan, type ScanOptions } from '@aiguard/core';
import { EXIT_SCAN_FAILED, exitCodeFor } from '../output/exit-codes.js';
import { ScanApp } from './ScanApp.js';

/** Runs the scan with the live view and returns the exit code; errors are rethrown for bin.ts to report. */
export async function runInteractiveScan(options: ScanOptions): Promise<number> {
  let outcome: { result?: RepositoryScan; error?: unknown } = {};
  const app = render(<ScanApp options={options} assistants={CATALOG} onDone={(o) => (outcome = o)} />, { stdout: process.stdout, patchConsole: false });
  await app.waitUntilExit();
  if (outcome.error !== undefined) throw outcome.error;
  return outcome.result ? exitCodeFor(outcome.result) : EXIT_SCAN_FAILED;
}
