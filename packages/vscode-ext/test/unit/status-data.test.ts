/** @fileoverview Tests for the status item: it counts the aiguard view's rows, stays quiet without a policy, and fails closed. */
import { describe, expect, it } from 'vitest';
import type { FindingRow } from '../../src/findings-data';
import { computeStatus } from '../../src/status-data';

function row(key: string, verdict: FindingRow['verdict']): FindingRow {
  return { key, source: 'file', verdict, label: key, description: '', tooltip: '' };
}

describe('computeStatus', () => {
  it('is clean with no rows and says when there is no policy', () => {
    const status = computeStatus([], []);
    expect(status.state).toBe('clean');
    expect(status.text).toBe('$(shield) aiguard: clean');
    expect(status.tooltip).toContain('no policy found');
  });

  it('without a policy is a quiet "found" with the number of rows, never warnings', () => {
    const status = computeStatus([row('a', 'warn'), row('b', 'warn'), row('c', 'warn')], []);
    expect(status.state).toBe('found');
    expect(status.text).toBe('$(eye) aiguard: 3 found');
  });

  it('counts warnings when a policy warns and nothing blocks', () => {
    const status = computeStatus([row('a', 'warn'), row('b', 'warn')], ['repository policy .aiguard.json']);
    expect(status.state).toBe('warnings');
    expect(status.text).toBe('$(warning) aiguard: 2 warnings');
    expect(status.counts).toEqual({ block: 0, warn: 2, info: 0 });
  });

  it('reports blocks first, naming the policy in the tooltip', () => {
    const status = computeStatus([row('a', 'block'), row('b', 'warn')], ['repository policy .aiguard.json']);
    expect(status.state).toBe('violations');
    expect(status.text).toBe('$(error) aiguard: 1 blocked, 1 warning');
    expect(status.tooltip).toContain('Policy: repository policy .aiguard.json');
  });

  it('shows an error state for a broken policy (fail closed)', () => {
    const status = computeStatus([], [], '/r/.aiguard.json: $: not valid JSON');
    expect(status.state).toBe('error');
    expect(status.tooltip).toContain('not valid JSON');
  });
});
