/** @fileoverview Live progress of a scan: phase, commits scanned, rate and findings so far. */
import { Text } from 'ink';
import type { ScanProgress as Progress } from '@aiguard/core';

const PHASES: Record<Progress['phase'], string> = {
  refs: 'Reading branch and notes refs',
  paths: 'Checking files',
  history: 'Scanning history',
  done: 'Done',
};

/** One line: `⠋ Scanning history: 12,400 commits (31,000/s), 3 findings`. */
export function ScanProgress({ progress }: { readonly progress: Progress }) {
  const rate = progress.elapsedMs > 0 ? Math.round((progress.commitsScanned * 1000) / progress.elapsedMs) : 0;
  return (
    <Text>
      <Text color="cyan">{progress.phase === 'done' ? '✔' : '…'} </Text>
      {PHASES[progress.phase]}: {progress.commitsScanned.toLocaleString('en-US')} commits
      {progress.commitsScanned > 0 ? <Text dimColor> ({rate.toLocaleString('en-US')}/s)</Text> : null}, {progress.findings} finding{progress.findings === 1 ? '' : 's'}
    </Text>
  );
}
