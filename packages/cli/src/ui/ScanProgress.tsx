/** @fileoverview Live progress of a scan: phase, commits scanned, rate and findings so far; at the end, what was scanned and how fast. */
import { Text } from 'ink';
import type { ScanProgress as Progress } from '@aiguard/core';
import { PHASES } from './live-scan.js';

/**
 * One line: `… Scanning history: 12,400 commits (31,000/s), 3 findings`, and when done `✔ Scanned 12,400 commits in
 * 0.4 s`; the report below gives the totals, so the last line does not count findings a second, different way.
 */
export function ScanProgress({ progress }: { readonly progress: Progress }) {
  const rate = progress.elapsedMs > 0 ? Math.round((progress.commitsScanned * 1000) / progress.elapsedMs) : 0;
  const commits = `${progress.commitsScanned.toLocaleString('en-US')} commit${progress.commitsScanned === 1 ? '' : 's'}`;
  if (progress.phase === 'done') {
    return (
      <Text>
        <Text color="green">✔ </Text>
        Scanned {commits} in {(progress.elapsedMs / 1000).toFixed(1)} s
      </Text>
    );
  }
  return (
    <Text>
      <Text color="cyan">… </Text>
      {PHASES[progress.phase]}: {commits}
      {rate > 0 ? <Text dimColor> ({rate.toLocaleString('en-US')}/s)</Text> : null}, {progress.findings} finding{progress.findings === 1 ? '' : 's'}
    </Text>
  );
}
