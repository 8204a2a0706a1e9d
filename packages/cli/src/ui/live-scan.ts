/** @fileoverview A scan whose progress is kept for a view to read when it likes: the latest report, an expected total, and the result. */
import { findRepository, readCommitGraphCount, type RepositoryScan, type ScanOptions, type ScanProgress } from '@aiguard/core';
import type { ProgressSource } from './progress-painter.js';

/** A running scan: its latest progress, about how many commits it will read when git can tell, and its result. */
export interface LiveScan<T = RepositoryScan> extends ProgressSource {
  readonly result: Promise<T>;
}

/** How often the scan hands over progress: half a frame, so a frame never shows a figure older than that. */
const PROGRESS_INTERVAL_MS = 50;

/**
 * Starts `scan` (core's scanRepository, or a wrapper that renders as it goes) as soon as the caller's synchronous code
 * is done. Progress only overwrites `latest` (the scan never waits on a view); the expected total comes from the
 * commit-graph file of the repository the scan resolves, read beside the scan, and only for a full-history scan.
 */
export function startLiveScan<T = RepositoryScan>(options: ScanOptions, scan: (options: ScanOptions) => Promise<T>): LiveScan<T> {
  let latest: ScanProgress = { phase: 'refs', commitsScanned: 0, findings: 0, elapsedMs: 0 };
  let expectedCommits: number | undefined;
  const find = options.sources?.findRepository ?? findRepository;
  const withTotal = options.history !== false && options.range === undefined;
  const sources: ScanOptions['sources'] = withTotal
    ? {
        ...options.sources,
        findRepository: async (path) => {
          const repository = await find(path);
          readCommitGraphCount(repository).then(
            (count) => (expectedCommits = count),
            () => undefined,
          );
          return repository;
        },
      }
    : options.sources;
  const live: LiveScan<T> = {
    get latest() {
      return latest;
    },
    get expectedCommits() {
      return expectedCommits;
    },
    // Started a microtask later: the caller's first frame goes out before the scan compiles its catalog and spawns git.
    result: Promise.resolve().then(() =>
      scan({
        ...options,
        ...(sources ? { sources } : {}),
        progressIntervalMs: PROGRESS_INTERVAL_MS,
        onProgress: (progress) => (latest = progress),
      }),
    ),
  };
  // The caller awaits `result`; this keeps an early failure from counting as unhandled before it does.
  live.result.catch(() => undefined);
  return live;
}
