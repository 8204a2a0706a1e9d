/** @fileoverview The interactive scan view: runs the scan, shows live progress, then the findings and summary. */
import { Box, Text, useApp } from 'ink';
import { useEffect, useState } from 'react';
import { scanRepository, type Assistant, type RepositoryScan, type ScanOptions, type ScanProgress as Progress } from '@aiguard/core';
import { FindingList } from './FindingList.js';
import { ScanProgress } from './ScanProgress.js';
import { Summary } from './Summary.js';

/** Props: what to scan, the catalog for names, and where to hand the result or error back. */
export interface ScanAppProps {
  readonly options: ScanOptions;
  readonly assistants: readonly Assistant[];
  readonly onDone: (outcome: { result?: RepositoryScan; error?: unknown }) => void;
  /** Replaces scanRepository in tests. */
  readonly scan?: typeof scanRepository;
}

export function ScanApp({ options, assistants, onDone, scan = scanRepository }: ScanAppProps) {
  const { exit } = useApp();
  const [progress, setProgress] = useState<Progress>({ phase: 'refs', commitsScanned: 0, findings: 0, elapsedMs: 0 });
  const [result, setResult] = useState<RepositoryScan>();
  // Exit only after the result has rendered, or ink unmounts before the findings reach the terminal.
  useEffect(() => {
    if (result) exit();
  }, [result]);
  useEffect(() => {
    let cancelled = false;
    scan({ ...options, onProgress: (p) => !cancelled && setProgress(p) }).then(
      (scanned) => {
        onDone({ result: scanned });
        setResult(scanned);
      },
      (error: unknown) => {
        onDone({ error });
        exit();
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <Box flexDirection="column">
      <ScanProgress progress={progress} />
      {result ? (
        <>
          {result.findings.length > 0 ? <FindingList findings={result.findings} /> : <Text color="green">No AI assistant footprints found.</Text>}
          {result.warnings.map((warning) => (
            <Text key={warning} color="yellow">
              warning: {warning}
            </Text>
          ))}
          <Summary result={result} assistants={assistants} />
        </>
      ) : null}
    </Box>
  );
}
