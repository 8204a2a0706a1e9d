/** @fileoverview Synthetic fleet audit reports for tests: ScanResults rendered by core's real JSON and NDJSON reporters. */
import { CATALOG_VERSION, type Finding, type ScanResult, type Verdict } from '@aiguard/core';
import { renderJson } from '../../packages/core/src/report/json.js';
import { renderNdjson } from '../../packages/core/src/report/ndjson.js';

/** One synthetic run of one host. */
export interface SyntheticRun {
  readonly host: string;
  readonly machineId: string;
  readonly startedAt: string;
  readonly runId: string;
  /** Findings as [assistant, verdict, user] triples. */
  readonly findings: readonly (readonly [string, Verdict, string])[];
}

const TOOL = { name: 'aiguard', version: '0.1.0', catalogVersion: CATALOG_VERSION, informationUri: 'https://github.com/aiguard/aiguard' };

/** The run as an audit ScanResult with home-path findings (one per triple), counts derived from them. */
export function syntheticResult(run: SyntheticRun): ScanResult {
  const findings: Finding[] = run.findings.map(([assistant, verdict, user], index) => ({
    assistant,
    signature: `${assistant}/home-config`,
    kind: 'home-path',
    strength: 'strong',
    location: { path: `/home/${user}/.${assistant}-${index}`, user },
    excerpt: `/home/${user}/.${assistant}-${index}`,
    fingerprint: `${run.machineId}${index}`.padEnd(32, '0').slice(0, 32),
    verdict,
    decidedBy: { layer: 'managed', file: '/etc/aiguard/policy.json', rule: `assistants.${assistant}: ${verdict}` },
  }));
  const count = (list: readonly Finding[]): Record<Verdict, number> => ({
    block: list.filter((f) => f.verdict === 'block').length,
    warn: list.filter((f) => f.verdict === 'warn').length,
    info: list.filter((f) => f.verdict === 'info').length,
  });
  const assistants = [...new Set(findings.map((f) => f.assistant))];
  return {
    target: { kind: 'workstation', host: run.host, os: 'linux 6.1.0', users: ['ana'], roots: [] },
    policy: { found: true, layers: [{ layer: 'managed', file: '/etc/aiguard/policy.json' }] },
    summary: {
      commitsScanned: 0,
      refsScanned: 0,
      pathsScanned: findings.length,
      findings: count(findings),
      byAssistant: Object.fromEntries(assistants.map((assistant) => [assistant, count(findings.filter((f) => f.assistant === assistant))])),
      suppressed: 0,
    },
    findings,
    run: { runId: run.runId, startedAt: run.startedAt, host: run.host, machineId: run.machineId, os: 'linux', osVersion: '6.1.0', user: 'root', policyDigest: 'sha256:' + '0'.repeat(64) },
  };
}

/** The run as a JSON report. */
export function syntheticJson(run: SyntheticRun): string {
  return renderJson(syntheticResult(run), { tool: TOOL });
}

/** The run as NDJSON lines. */
export function syntheticNdjson(run: SyntheticRun): string {
  return renderNdjson(syntheticResult(run), { tool: TOOL });
}
