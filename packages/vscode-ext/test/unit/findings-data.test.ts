/** @fileoverview Tests for the aiguard view's rows: every source listed, each cause once, blocked first, info left out. */
import { CATALOG, lookUpCatalog } from '@aiguard/core';
import { describe, expect, it } from 'vitest';
import { groupHistoryFindings } from '../../src/commit-data';
import { toDiagnosticData } from '../../src/diagnostic-data';
import { collectFindingRows, countRows, type FindingInputs } from '../../src/findings-data';
import { commitFindings, pathFindings, policyOf, ROOT } from './fixtures';

const lookup = lookUpCatalog(CATALOG);
const assistantName = (id: string): string => lookup.assistant(id)?.name ?? id;
const TRAILER_AND_FOOTER = 'Add greeting\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';

function inputs(overrides: Partial<FindingInputs>): FindingInputs {
  return { diagnostics: [], commits: [], extensions: [], terminal: [], commitBox: [], assistantName, ...overrides };
}

describe('collectFindingRows', () => {
  it('lists a file, a commit, an extension, a terminal start and a commit-box line, one row each, blocked first', () => {
    const policy = policyOf({ assistants: { 'claude-code': 'block', cursor: 'warn' } });
    const diagnostics = [...pathFindings('CLAUDE.md', policy), ...pathFindings('.cursorrules', policy)].map((f) => toDiagnosticData(f, lookup, ROOT)!);
    const commits = groupHistoryFindings(commitFindings(TRAILER_AND_FOOTER, policy), lookup);
    const rows = collectFindingRows(
      inputs({
        diagnostics,
        commits,
        extensions: [{ extensionId: 'anthropic.claude-code', assistant: 'claude-code', verdict: 'block' }],
        terminal: [
          { assistant: 'claude-code', commandLine: 'claude --version', terminal: 'bash', verdict: 'block' },
          { assistant: 'claude-code', commandLine: 'claude --version', terminal: 'bash', verdict: 'block' },
        ],
        commitBox: [
          { root: ROOT, line: 3, text: 'Co-Authored-By: Claude <noreply@anthropic.com>', assistant: 'claude-code', verdict: 'block' },
          { root: ROOT, line: 3, text: 'Co-Authored-By: Claude <noreply@anthropic.com>', assistant: 'claude-code', verdict: 'block' },
        ],
      }),
    );
    expect(rows.map((row) => [row.source, row.verdict, row.label])).toEqual([
      ['file', 'block', 'CLAUDE.md'],
      ['commit', 'block', 'aaaaaaa Add greeting'],
      ['extension', 'block', 'anthropic.claude-code'],
      ['terminal', 'block', 'claude --version'],
      ['commit-box', 'block', 'Co-Authored-By: Claude <noreply@anthropic.com>'],
      ['file', 'warn', '.cursorrules'],
    ]);
    expect(countRows(rows)).toEqual({ block: 5, warn: 1 });
  });

  it('counts a commit with a trailer and a footer once, and leaves info findings out', () => {
    const blocked = groupHistoryFindings(commitFindings(TRAILER_AND_FOOTER, policyOf({ assistants: { 'claude-code': 'block' } })), lookup);
    expect(collectFindingRows(inputs({ commits: blocked }))).toHaveLength(1);
    const before = groupHistoryFindings(commitFindings(TRAILER_AND_FOOTER, policyOf({ assistants: { 'claude-code': 'block' }, enforceSince: '2027-01-01' })), lookup);
    expect(before[0]?.verdict).toBe('info');
    expect(collectFindingRows(inputs({ commits: before }))).toEqual([]);
  });

  it('opens a file at its line and a commit by its id', () => {
    const policy = policyOf({ assistants: { 'claude-code': 'block' } });
    const rows = collectFindingRows(
      inputs({ diagnostics: pathFindings('CLAUDE.md', policy).map((f) => toDiagnosticData(f, lookup, ROOT)!), commits: groupHistoryFindings(commitFindings(TRAILER_AND_FOOTER, policy), lookup) }),
    );
    expect(rows.map((row) => row.open)).toEqual([
      { kind: 'file', root: ROOT, path: 'CLAUDE.md', line: 0 },
      { kind: 'commit', repository: ROOT, id: 'a'.repeat(40) },
    ]);
  });
});

describe('collectFindingRows without a policy', () => {
  it('describes rows as for review, not as warnings', () => {
    const diagnostics = pathFindings('CLAUDE.md', policyOf()).map((f) => toDiagnosticData(f, lookup, ROOT)!);
    const [row] = collectFindingRows(inputs({ diagnostics, hasPolicy: false }));
    expect(row?.description).toBe('Claude Code · for review');
  });
});
