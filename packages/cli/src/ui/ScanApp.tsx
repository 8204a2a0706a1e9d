/** @fileoverview The interactive scan view: one live progress line while the scan runs; the report is printed after it. */
import { Text, useApp } from 'ink';
import { useEffect, useState } from 'react';
import type { LiveScan } from './live-scan.js';
import { ScanProgress } from './ScanProgress.js';

/**
 * Follows a scan already under way. Only the progress line lives in ink: a frame taller than the screen is redrawn
 * into the scrollback on every update, so the report itself is written once, plainly, after ink lets go.
 */
export function ScanApp({ live }: { readonly live: LiveScan }) {
  const { exit } = useApp();
  const [progress, setProgress] = useState(live.latest);
  const [failed, setFailed] = useState(false);
  const [finished, setFinished] = useState(false);
  // Exit only after the final line has rendered, or ink unmounts before it reaches the terminal.
  useEffect(() => {
    if (finished) exit();
  }, [finished]);
  useEffect(() => {
    const stop = live.follow(setProgress);
    live.result.then(
      () => {
        setProgress(live.latest);
        setFinished(true);
      },
      () => {
        setFailed(true);
        setFinished(true);
      },
    );
    return stop;
  }, []);
  if (failed) return <Text color="red">✘ Scan failed</Text>;
  return <ScanProgress progress={progress} />;
}
