import { describe, expect, it } from 'vitest';
import { computeStatus } from '../../src/status-data';

describe('computeStatus', () => {
  it('is clean with no findings and says when there is no policy', () => {
    const status = computeStatus([], []);
    expect(status.state).toBe('clean');
    expect(status.text).toBe('$(shield) aiguard: clean');
    expect(status.tooltip).toContain('no policy found');
  });

  it('counts warnings when nothing blocks', () => {
    const status = computeStatus(['warn', 'warn', 'info'], ['repository policy .aiguard.json']);
    expect(status.state).toBe('warnings');
    expect(status.text).toBe('$(warning) aiguard: 2 warnings');
    expect(status.counts).toEqual({ block: 0, warn: 2, info: 1 });
  });

  it('reports violations when anything blocks, naming the policy in the tooltip', () => {
    const status = computeStatus(['block', 'warn'], ['repository policy .aiguard.json']);
    expect(status.state).toBe('violations');
    expect(status.text).toBe('$(error) aiguard: 1 violation');
    expect(status.tooltip).toContain('Policy: repository policy .aiguard.json');
  });

  it('shows an error state for a broken policy (fail closed)', () => {
    const status = computeStatus([], [], '/r/.aiguard.json: $: not valid JSON');
    expect(status.state).toBe('error');
    expect(status.tooltip).toContain('not valid JSON');
  });
});
