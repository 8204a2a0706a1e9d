/** @fileoverview The findings of a scan, one line each, capped so a huge history does not flood the terminal. */
import { Box, Text } from 'ink';
import type { Finding } from '@aiguard/core';

const COLORS = { block: 'red', warn: 'yellow', info: 'gray' } as const;

/** Each finding as `BLOCK 3f2a9c1d0e4b  claude-code/co-author-trailer  Co-Authored-By: Claude …`. */
export function FindingList({ findings, limit = 50 }: { readonly findings: readonly Finding[]; readonly limit?: number }) {
  const shown = findings.slice(0, limit);
  return (
    <Box flexDirection="column" marginTop={1}>
      {shown.map((finding, index) => (
        <Text key={`${finding.fingerprint}-${index}`} wrap="truncate-end">
          <Text color={COLORS[finding.verdict]}>{finding.verdict.toUpperCase().padEnd(5)}</Text> <Text bold>{where(finding)}</Text>{' '}
          <Text dimColor>{finding.signature}</Text> {finding.excerpt}
        </Text>
      ))}
      {findings.length > limit ? <Text dimColor>… and {findings.length - limit} more (use --format json for all)</Text> : null}
    </Box>
  );
}

function where(finding: Finding): string {
  const { commit, path, ref, line } = finding.location;
  if (commit && !path) return `${commit.slice(0, 12)}${line ? `:${line}` : ''}`;
  if (path) return path;
  return ref ?? '';
}
