/** @fileoverview Runs a scan with its live progress line on a terminal; returns the same result a pipe gets, for the same report. */
import type { ScanOptions } from '@aiguard/core';
import { startLiveScan } from './live-scan.js';
import { formatFailedLine, formatProgressLine } from './progress-line.js';
import { startProgressPainter, type PaintTarget } from './progress-painter.js';

/**
 * Starts `scan` (core's scanRepository, or a wrapper around it that returns what the caller prints), draws its first
 * frame at once (before git has written a byte) and redraws on a timer until the scan ends, then leaves the final line:
 * `✔ Scanned …` or `✘ Scan failed`. Errors are rethrown for bin.ts to report.
 */
export async function runTerminalScan<T>(options: ScanOptions, scan: (options: ScanOptions) => Promise<T>, terminal: PaintTarget, color: boolean): Promise<T> {
  const live = startLiveScan(options, scan);
  const painter = startProgressPainter(live, terminal, { color });
  try {
    const result = await live.result;
    painter.stop(formatProgressLine(live.latest, { columns: terminal.columns, color }));
    return result;
  } catch (error) {
    painter.stop(formatFailedLine({ columns: terminal.columns, color }));
    throw error;
  }
}
