/** @fileoverview The interactive scan view: one live progress line while the scan runs; the report is printed after it. */
import { Text, useApp } from 'ink';
import { useEffect, useState } from 'react';
import { scanRepository, type RepositoryScan, type ScanOptions, type ScanProgress as Progress } from '@aiguard/core';
import { ScanProgress } from './ScanProgress.js';

/** Props: what to scan and where to hand the result or error back. */
export interface ScanAppProps {
  readonly options: ScanOptions;
  readonly onDone: (outcome: { result?: RepositoryScan; error?: unknown }) => void;
  /** Replaces scanRepository in tests. */
  readonly scan?: typeof scanRepository;
}

/**
 * Only the progress line lives in ink: a frame taller than the screen is redrawn into the scrollback on every
 * update, so the report itself is written once, plainly, after ink has let go of the terminal.
 */
export function ScanApp({ options, onDone, scan = scanRepository }: ScanAppProps) {
  const { exit } = useApp();
  const [progress, setProgress] = useState<Progress>({ phase: 'refs', commitsScanned: 0, findings: 0, elapsedMs: 0 });
  const [finished, setFinished] = useState<{ result?: RepositoryScan; error?: unknown }>();
  // Exit only after the final line has rendered, or ink unmounts before it reaches the terminal.
  useEffect(() => {
    if (!finished) return;
    onDone(finished);
    exit();
  }, [finished]);
  useEffect(() => {
    let cancelled = false;
    scan({ ...options, onProgress: (p) => !cancelled && setProgress(p) }).then(
      (result) => {
        if (!cancelled) setFinished({ result });
      },
      (error: unknown) => !cancelled && setFinished({ error }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  if (finished?.error !== undefined) return <Text color="red">✘ Scan failed</Text>;
  return <ScanProgress progress={progress} />;
}
