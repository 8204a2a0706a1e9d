// Unit tests for the fleet index: latest run per machine wins, duplicates count once, the trend is per UTC day.
import { describe, expect, test } from 'vitest';
import { FleetIndex, hostKey } from './fleet-index.js';
import type { FleetEvent, FleetRun } from './fleet-model.js';

const run = (host: string, machineId: string | undefined, startedAt: string, runId: string): FleetRun => ({
  runId,
  startedAt,
  host,
  ...(machineId ? { machineId } : {}),
  os: 'linux',
  osVersion: '6.1.0',
  user: 'root',
  aiguardVersion: '0.1.0',
  catalogVersion: '2026.11.22',
  policyDigest: 'sha256:0',
});
const summary = (r: FleetRun, block: number, assistant = 'claude-code'): FleetEvent => ({
  type: 'summary',
  run: r,
  findings: { block, warn: 0, info: 0 },
  byAssistant: block > 0 ? { [assistant]: { block, warn: 0, info: 0 } } : {},
});

describe('FleetIndex', () => {
  test('keeps the latest run per machine id whatever order runs arrive in, and counts runs', () => {
    const index = new FleetIndex();
    index.add(summary(run('ws-1', 'm1', '2026-12-03T00:00:00.000Z', 'b'), 0));
    index.add(summary(run('ws-1-renamed', 'm1', '2026-12-01T00:00:00.000Z', 'a'), 2));
    const [host] = index.hosts();
    expect(host).toMatchObject({ key: 'm1', runs: 2, findings: { block: 0 } });
    expect(host!.run.host).toBe('ws-1');
    expect(index.totals()).toMatchObject({ hosts: 1, blockedHosts: 0, lastSeen: '2026-12-03T00:00:00.000Z' });
  });

  test('counts a run read twice once, and ignores finding events', () => {
    const index = new FleetIndex();
    const r = run('ws-1', 'm1', '2026-12-01T00:00:00.000Z', 'a');
    index.add(summary(r, 1));
    index.add(summary(r, 1));
    index.add({ type: 'finding', run: r, finding: { verdict: 'block', assistant: 'x', signature: 'x/y', source: 'home', place: 'p', evidence: 'e', user: 'ana' } });
    expect(index.hosts()[0]!.runs).toBe(1);
    expect(index.assistantsByVerdict()).toEqual([{ assistant: 'claude-code', hosts: { block: 1, warn: 0, info: 0 } }]);
  });

  test('merges hosts without a machine id by host name', () => {
    expect(hostKey(run('ws-9', undefined, '', 'x'))).toBe('host:ws-9');
  });

  test("builds the trend from each machine's last run of each day", () => {
    const index = new FleetIndex();
    index.add(summary(run('a', 'm1', '2026-12-01T08:00:00.000Z', '1'), 1));
    index.add(summary(run('a', 'm1', '2026-12-01T18:00:00.000Z', '2'), 0));
    index.add(summary(run('b', 'm2', '2026-12-01T09:00:00.000Z', '3'), 3));
    index.add(summary(run('b', 'm2', '2026-12-02T09:00:00.000Z', '4'), 0));
    expect(index.trend()).toEqual([
      { day: '2026-12-01', hosts: 2, blocked: 1 },
      { day: '2026-12-02', hosts: 1, blocked: 0 },
    ]);
    expect(index.isLatest(run('a', 'm1', '', '2'))).toBe(true);
    expect(index.isLatest(run('a', 'm1', '', '1'))).toBe(false);
  });
});
