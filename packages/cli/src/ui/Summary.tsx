/** @fileoverview The end-of-scan summary: per-assistant counts, the policy that applied, and the outcome. */
import { Box, Text } from 'ink';
import type { Assistant, ScanResult } from '@aiguard/core';

/** Findings grouped by assistant, then the policy line and the verdict counts. */
export function Summary({ result, assistants }: { readonly result: ScanResult; readonly assistants: readonly Assistant[] }) {
  const { summary, policy } = result;
  const names = new Map(assistants.map((a) => [a.id, a]));
  const rows = Object.entries(summary.byAssistant).sort(([, a], [, b]) => b.block - a.block || b.warn - a.warn);
  return (
    <Box flexDirection="column" marginTop={1}>
      {rows.map(([id, counts]) => (
        <Text key={id}>
          <Text bold>{names.get(id)?.name ?? id}</Text>
          <Text dimColor> ({names.get(id)?.vendor ?? 'unknown vendor'})</Text>: {counts.block > 0 ? <Text color="red">{counts.block} blocked </Text> : null}
          {counts.warn > 0 ? <Text color="yellow">{counts.warn} warning{counts.warn === 1 ? '' : 's'} </Text> : null}
          {counts.info > 0 ? <Text dimColor>{counts.info} info</Text> : null}
        </Text>
      ))}
      <Text dimColor>
        {policy.found
          ? `Policy: ${policy.layers.map((layer) => `${layer.layer} ${layer.file}`).join(', ')}`
          : 'No policy found: every finding is reported as a warning. Add .aiguard.json or pass --policy FILE.'}
      </Text>
      <Text>
        {summary.commitsScanned} commits, {summary.refsScanned} refs, {summary.pathsScanned} files scanned.{' '}
        {summary.findings.block > 0 ? (
          <Text color="red" bold>
            {summary.findings.block} blocking finding{summary.findings.block === 1 ? '' : 's'}.
          </Text>
        ) : (
          <Text color="green">No blocking finding.</Text>
        )}
      </Text>
    </Box>
  );
}
