/** @fileoverview Runs a scan with its live progress line on a terminal; returns the same result a pipe gets, for the same report. */
import type { RepositoryScan, ScanOptions } from '@aiguard/core';
import { startLiveScan } from './live-scan.js';
import { formatFailedLine, formatProgressLine } from './progress-line.js';
import { startProgressPainter, type PaintTarget } from './progress-painter.js';

/**
 * Starts the scan, draws its first frame at once (before git has written a byte) and redraws on a timer until the scan
 * ends, then leaves the final line: `✔ Scanned …` or `✘ Scan failed`. Errors are rethrown for bin.ts to report.
 */
export async function runTerminalScan(options: ScanOptions, terminal: PaintTarget, color: boolean): Promise<RepositoryScan> {
  const live = startLiveScan(options);
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
