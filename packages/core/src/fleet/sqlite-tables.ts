/** @fileoverview The SQLite form of an audit or scan: table definitions and rows, shared by the writer and the osquery/Fleet exports. */
import { auditSourceOf } from '../audit-source.js';
import type { Finding } from '../model/finding.js';
import { describeDecidedBy } from '../policy/describe-decision.js';
import type { ScanResult, ToolInfo } from '../model/scan-result.js';

/** A column: name and SQLite type. Every column is TEXT or INTEGER, the two types osquery ATC maps. */
export type SqliteColumn = readonly [name: string, type: 'TEXT' | 'INTEGER'];

/** `aiguard_runs`: one row per run, so a host with no findings still says it was audited, and when. */
export const RUN_COLUMNS: readonly SqliteColumn[] = [
  ['run_id', 'TEXT'],
  ['run_time', 'TEXT'],
  ['host', 'TEXT'],
  ['machine_id', 'TEXT'],
  ['os', 'TEXT'],
  ['os_version', 'TEXT'],
  ['user', 'TEXT'],
  ['target', 'TEXT'],
  ['aiguard_version', 'TEXT'],
  ['catalog_version', 'TEXT'],
  ['policy_digest', 'TEXT'],
  ['policy_found', 'INTEGER'],
  ['block_count', 'INTEGER'],
  ['warn_count', 'INTEGER'],
  ['info_count', 'INTEGER'],
  ['suppressed', 'INTEGER'],
];

/** `aiguard_findings`: one row per finding, with the run's id and host on every row (the table osquery exposes). */
export const FINDING_COLUMNS: readonly SqliteColumn[] = [
  ['run_id', 'TEXT'],
  ['run_time', 'TEXT'],
  ['host', 'TEXT'],
  ['machine_id', 'TEXT'],
  ['source', 'TEXT'],
  ['assistant', 'TEXT'],
  ['signature', 'TEXT'],
  ['kind', 'TEXT'],
  ['strength', 'TEXT'],
  ['verdict', 'TEXT'],
  ['decided_by', 'TEXT'],
  ['user', 'TEXT'],
  ['repository', 'TEXT'],
  ['commit_id', 'TEXT'],
  ['ref', 'TEXT'],
  ['path', 'TEXT'],
  ['line', 'INTEGER'],
  ['pid', 'INTEGER'],
  ['extension_id', 'TEXT'],
  ['evidence', 'TEXT'],
  ['fingerprint', 'TEXT'],
  ['date', 'TEXT'],
  ['author_name', 'TEXT'],
  ['author_email', 'TEXT'],
  ['author_date', 'TEXT'],
  ['committer_name', 'TEXT'],
  ['committer_email', 'TEXT'],
  ['committer_date', 'TEXT'],
  ['subject', 'TEXT'],
  ['refs', 'TEXT'],
];

/** Bumped when a column is removed or changes meaning; stored in `aiguard_meta`. */
export const SQLITE_SCHEMA_VERSION = 1;

/** The statements that create the three tables (meta, runs, findings) in an empty database. */
export function sqliteSchema(): string[] {
  const table = (name: string, columns: readonly SqliteColumn[]): string => `CREATE TABLE ${name} (${columns.map(([column, type]) => `"${column}" ${type}`).join(', ')})`;
  return [
    'CREATE TABLE aiguard_meta ("key" TEXT PRIMARY KEY, "value" TEXT)',
    table('aiguard_runs', RUN_COLUMNS),
    table('aiguard_findings', FINDING_COLUMNS),
    'CREATE INDEX aiguard_findings_verdict ON aiguard_findings (verdict, assistant)',
  ];
}

type Cell = string | number | null;

/** The run's row in {@link RUN_COLUMNS} order. */
export function runRow(result: ScanResult, tool: ToolInfo): Cell[] {
  const { run } = result;
  return [
    run?.runId ?? null,
    run?.startedAt ?? null,
    run?.host ?? (result.target.kind === 'workstation' ? result.target.host : null),
    run?.machineId ?? null,
    run?.os ?? null,
    run?.osVersion ?? null,
    run?.user ?? null,
    result.target.kind === 'workstation' ? 'workstation' : result.target.path,
    tool.version,
    tool.catalogVersion,
    run?.policyDigest ?? null,
    result.policy.found ? 1 : 0,
    result.summary.findings.block,
    result.summary.findings.warn,
    result.summary.findings.info,
    result.summary.suppressed,
  ];
}

/** One finding's row in {@link FINDING_COLUMNS} order. */
export function findingRow(result: ScanResult, finding: Finding): Cell[] {
  const { run } = result;
  const { location, commit } = finding;
  return [
    run?.runId ?? null,
    run?.startedAt ?? null,
    run?.host ?? (result.target.kind === 'workstation' ? result.target.host : null),
    run?.machineId ?? null,
    result.target.kind === 'workstation' ? auditSourceOf(finding) : 'repository',
    finding.assistant,
    finding.signature,
    finding.kind,
    finding.strength,
    finding.verdict,
    describeDecidedBy(finding.decidedBy),
    location.user ?? null,
    location.repository ?? null,
    location.commit ?? null,
    location.ref ?? null,
    location.path ?? null,
    location.line ?? null,
    location.pid ?? null,
    location.extensionId ?? null,
    finding.excerpt,
    finding.fingerprint,
    finding.date ?? null,
    commit?.authorName ?? null,
    commit?.authorEmail ?? null,
    commit?.authorDate ?? null,
    commit?.committerName ?? null,
    commit?.committerEmail ?? null,
    commit?.committerDate ?? null,
    commit?.subject ?? null,
    commit?.refs?.join(' ') ?? null,
  ];
}
