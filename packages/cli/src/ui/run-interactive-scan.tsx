/** @fileoverview Mounts the ink progress line for a scan already running; the only scan module that imports ink and react. */
import { render } from 'ink';
import type { RepositoryScan } from '@aiguard/core';
import type { LiveScan } from './live-scan.js';
import { ScanApp } from './ScanApp.js';

/**
 * Shows `live`'s progress on stderr until it ends and returns its result once ink has unmounted, so the caller prints
 * the same report a pipe gets, once; errors are rethrown for bin.ts to report.
 */
export async function runInteractiveScan(live: LiveScan): Promise<RepositoryScan> {
  const app = render(<ScanApp live={live} />, { stdout: process.stderr, patchConsole: false });
  await app.waitUntilExit();
  return live.result;
}
