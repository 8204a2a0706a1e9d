/** @fileoverview A scan that runs while the terminal view loads: progress is kept and handed to whoever listens, the result awaited. */
import { scanRepository, type RepositoryScan, type ScanOptions, type ScanProgress } from '@aiguard/core';

/** A running scan: its latest progress, a way to follow it, and its result. */
export interface LiveScan {
  readonly latest: ScanProgress;
  /** Calls `listener` on every progress report; returns the unsubscribe function. */
  follow(listener: (progress: ScanProgress) => void): () => void;
  readonly result: Promise<RepositoryScan>;
}

/** The words for each phase, shared by the first plain frame and the ink view. */
export const PHASES: Record<ScanProgress['phase'], string> = {
  refs: 'Reading branch and notes refs',
  paths: 'Checking files',
  history: 'Scanning history',
  done: 'Scanned',
};

/** Starts `scan` now, so the terminal view (ink takes the better part of a second to load) never holds it up. */
export function startLiveScan(options: ScanOptions, scan: typeof scanRepository = scanRepository): LiveScan {
  const listeners = new Set<(progress: ScanProgress) => void>();
  let latest: ScanProgress = { phase: 'refs', commitsScanned: 0, findings: 0, elapsedMs: 0 };
  const onProgress = (progress: ScanProgress): void => {
    latest = progress;
    for (const listener of listeners) listener(progress);
  };
  const live: LiveScan = {
    get latest() {
      return latest;
    },
    follow(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    result: scan({ ...options, onProgress }),
  };
  // The caller awaits `result`; this keeps an early failure from counting as unhandled before it does.
  live.result.catch(() => undefined);
  return live;
}
