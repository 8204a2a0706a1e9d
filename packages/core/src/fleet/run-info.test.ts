// Unit tests for run metadata: fields from injected sources, and a policy digest that ignores key order and file paths.
import { describe, expect, test } from 'vitest';
import type { Policy } from '../model/policy.js';
import { describeRun, digestPolicy, withLazyRun } from './run-info.js';

const policy = (document: object, file = '/etc/aiguard/policy.json'): Policy => ({ layers: [{ layer: 'managed', file, document }], ignoredLayers: [] }) as unknown as Policy;

describe('describeRun', () => {
  test('records the run id, UTC start, host, machine id, OS, user and policy digest', () => {
    const run = describeRun({
      policy: policy({ assistants: { 'claude-code': 'block' } }),
      platform: 'darwin',
      sources: {
        hostname: () => 'mac-07',
        release: () => '23.6.0',
        user: () => 'root',
        machineId: ({ platform }) => (platform === 'darwin' ? '5E5E1F0A-3B7C-5D2E-9A41-0F6C2D8B7A13' : undefined),
        now: () => new Date(Date.UTC(2026, 11, 7, 9, 50)),
        runId: () => 'run-1',
      },
    });
    expect(run).toEqual({
      runId: 'run-1',
      startedAt: '2026-12-07T09:50:00.000Z',
      host: 'mac-07',
      machineId: '5E5E1F0A-3B7C-5D2E-9A41-0F6C2D8B7A13',
      os: 'darwin',
      osVersion: '23.6.0',
      user: 'root',
      policyDigest: digestPolicy(policy({ assistants: { 'claude-code': 'block' } })),
    });
  });

  test('leaves machineId out when none can be read', () => {
    expect(describeRun({ policy: policy({}), sources: { machineId: () => undefined } })).not.toHaveProperty('machineId');
  });

  test('gives each run its own id', () => {
    expect(describeRun({ policy: policy({}) }).runId).not.toBe(describeRun({ policy: policy({}) }).runId);
  });
});

describe('digestPolicy', () => {
  test('is the same for the same rules in another key order or another file', () => {
    const a = digestPolicy(policy({ default: 'warn', assistants: { cursor: 'warn', 'claude-code': 'block' } }));
    const b = digestPolicy(policy({ assistants: { 'claude-code': 'block', cursor: 'warn' }, default: 'warn' }, '/other/place.json'));
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a).toBe(b);
  });

  test('changes when a verdict changes', () => {
    expect(digestPolicy(policy({ assistants: { 'claude-code': 'block' } }))).not.toBe(digestPolicy(policy({ assistants: { 'claude-code': 'warn' } })));
  });
});

describe('withLazyRun', () => {
  const info = (runId: string) => describeRun({ policy: policy({}), platform: 'linux', sources: { hostname: () => 'h', release: () => 'r', user: () => 'u', machineId: () => undefined, now: () => new Date(0), runId: () => runId } });

  test('describes the run only when it is read, and once however often it is read, spread or serialised', () => {
    let calls = 0;
    const result = withLazyRun({ findings: [] as string[] }, () => info(`run-${++calls}`));
    expect(calls).toBe(0);
    expect(result.run.runId).toBe('run-1');
    expect({ ...result }.run.runId).toBe('run-1');
    expect(JSON.parse(JSON.stringify(result)).run.runId).toBe('run-1');
    expect(Object.keys(result)).toEqual(['findings', 'run']);
    expect(calls).toBe(1);
  });
});
