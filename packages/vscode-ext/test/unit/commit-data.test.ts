import { CATALOG, lookUpCatalog } from '@aiguard/core';
import { describe, expect, it } from 'vitest';
import { groupHistoryFindings } from '../../src/commit-data';
import { commitFindings, pathFindings, policyOf } from './fixtures';

const lookup = lookUpCatalog(CATALOG);
const block = policyOf({ assistants: { 'claude-code': 'block' } });

describe('groupHistoryFindings', () => {
  it('groups a commit\'s trailer and footer under one node with the strictest verdict', () => {
    const findings = commitFindings(
      'Add\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>',
      block,
      'b'.repeat(40),
    );
    const [node, ...rest] = groupHistoryFindings(findings, lookup);
    expect(rest).toEqual([]);
    expect(node).toMatchObject({ kind: 'commit', id: 'b'.repeat(40), label: 'bbbbbbb', verdict: 'block', date: '2026-11-01T10:00:00Z' });
    expect(node?.evidence.map((e) => e.label)).toEqual([
      'line 3: 🤖 Generated with [Claude Code](https://claude.com/claude-code)',
      'line 5: Co-Authored-By: Claude <noreply@anthropic.com>',
    ]);
  });

  it('leaves working-tree files to the diagnostics', () => {
    expect(groupHistoryFindings(pathFindings('CLAUDE.md', block), lookup)).toEqual([]);
  });
});
