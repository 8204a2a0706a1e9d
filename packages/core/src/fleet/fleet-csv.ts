/** @fileoverview The fleet host table as CSV (RFC 4180, formula-safe): the same columns the HTML report exports. */
import { csvField } from '../report/csv.js';
import type { FleetHost } from './fleet-model.js';

/** The header of the host CSV, in order. */
export const FLEET_HOST_COLUMNS = [
  'host',
  'machine_id',
  'os',
  'os_version',
  'user',
  'last_seen',
  'runs',
  'block',
  'warn',
  'info',
  'blocked_assistants',
  'aiguard_version',
  'catalog_version',
  'policy_digest',
  'run_id',
] as const;

/** One host's cells in {@link FLEET_HOST_COLUMNS} order (raw values; {@link renderFleetCsv} escapes them). */
export function fleetHostCells(host: FleetHost): string[] {
  const { run } = host;
  const blocked = Object.keys(host.byAssistant)
    .filter((assistant) => host.byAssistant[assistant]!.block > 0)
    .sort();
  return [
    run.host,
    run.machineId ?? '',
    run.os,
    run.osVersion,
    run.user,
    run.startedAt,
    String(host.runs),
    String(host.findings.block),
    String(host.findings.warn),
    String(host.findings.info),
    blocked.join(' '),
    run.aiguardVersion,
    run.catalogVersion,
    run.policyDigest,
    run.runId,
  ];
}

/**
 * Renders the hosts as CSV, one row per host (its latest run), CRLF line ends.
 *
 * @example
 * ```text
 * host,machine_id,os,os_version,user,last_seen,runs,block,warn,info,blocked_assistants,aiguard_version,catalog_version,policy_digest,run_id
 * ws-042,6b1f0c2d…,linux,6.1.0,root,2026-12-07T06:00:00.000Z,3,2,1,0,claude-code,0.1.0,2026.11.22,sha256:9b0e…,3c9d8e7f-…
 * ```
 */
export function renderFleetCsv(hosts: readonly FleetHost[]): string {
  return [FLEET_HOST_COLUMNS.map(String), ...hosts.map(fleetHostCells)].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
