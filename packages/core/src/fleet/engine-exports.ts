/**
 * @fileoverview Configuration for the fleet engines IT already runs, generated from the catalog and the policy:
 * osquery ATC (the audit's SQLite file as tables), an osquery query pack, and Fleet GitOps YAML.
 */
import type { Platform } from '../model/signature.js';
import { sql, type OsqueryDetection, type OsqueryPlatform, OSQUERY_PLATFORM } from './osquery-queries.js';
import { FINDING_COLUMNS, RUN_COLUMNS } from './sqlite-tables.js';

/** Where `aiguard audit --format sqlite` writes on each platform when the scheduled units and scripts run it. */
export const DEFAULT_DATABASE: Readonly<Record<Platform, string>> = {
  linux: '/var/lib/aiguard/audit.sqlite',
  darwin: '/Library/Application Support/aiguard/audit.sqlite',
  win32: 'C:\\ProgramData\\aiguard\\audit.sqlite',
};

/**
 * The osquery configuration that exposes the audit database as the tables `aiguard_findings` and `aiguard_runs`,
 * in the `auto_table_construction` form osquery documents: per table a `query` run against the SQLite file at
 * `path`, the `columns` it returns, and the `platform`
 * (https://osquery.readthedocs.io/en/stable/deployment/configuration/#automatic-table-construction).
 */
export function renderOsqueryAtc(platform: Platform, database = DEFAULT_DATABASE[platform]): string {
  const table = (name: string, columns: readonly (readonly [string, string])[]) => ({
    query: `SELECT ${columns.map(([column]) => `"${column}"`).join(', ')} FROM ${name}`,
    path: database,
    columns: columns.map(([column]) => column),
    platform: OSQUERY_PLATFORM[platform],
  });
  return `${JSON.stringify({ auto_table_construction: { aiguard_findings: table('aiguard_findings', FINDING_COLUMNS), aiguard_runs: table('aiguard_runs', RUN_COLUMNS) } }, null, 2)}\n`;
}

/** An osquery query pack (`{"queries": {name: {query, interval, platform, description}}}`) of the plain detections. */
export function renderOsqueryPack(detections: readonly OsqueryDetection[], interval = 3600): string {
  const queries = Object.fromEntries(
    detections.map((detection) => [
      detection.name,
      {
        query: detection.query,
        interval,
        platform: detection.platform,
        description: `${detection.assistantName} (${detection.action} by policy): ${detection.signatures.join(', ')}`,
        removed: false,
      },
    ]),
  );
  return `${JSON.stringify({ queries }, null, 2)}\n`;
}

/** Banned assistants, for Fleet policies. */
export interface BannedAssistant {
  readonly id: string;
  readonly name: string;
}

/**
 * Fleet GitOps YAML (the `policies:` and `queries:` keys of a `default.yml` or team file,
 * https://fleetdm.com/docs/configuration/yaml-files). Policies pass when their query returns a row:
 * "aiguard audited this host in the last `maxAgeDays` days" and, per banned assistant, "the latest audit found it
 * nowhere" (both over the ATC tables), plus per banned assistant and platform a plain-osquery policy for hosts
 * without aiguard. Queries: the findings table, and each plain detection. Strings are YAML double-quoted scalars
 * (JSON string syntax), so no query text can break the document.
 */
export function renderFleetGitops(options: { banned: readonly BannedAssistant[]; detections: readonly OsqueryDetection[]; platforms: readonly OsqueryPlatform[]; maxAgeDays?: number; interval?: number }): string {
  const maxAge = options.maxAgeDays ?? 2;
  const interval = options.interval ?? 3600;
  const platforms = options.platforms.join(',');
  const fresh = `julianday(r.run_time) >= julianday('now') - ${maxAge}`;
  const policies: Record<string, string | boolean>[] = [
    {
      name: 'aiguard: audit ran recently',
      query: `SELECT 1 FROM aiguard_runs r WHERE ${fresh};`,
      description: `Passes when aiguard audited this host in the last ${maxAge} days (table aiguard_runs, from aiguard fleet export osquery).`,
      resolution: 'Install aiguard and its scheduled audit (aiguard fleet export systemd|launchd, or the Intune/Jamf scripts).',
      platform: platforms,
      critical: false,
    },
    ...options.banned.map((assistant) => ({
      name: `aiguard: no ${assistant.name}`,
      query: `SELECT 1 FROM aiguard_runs r WHERE ${fresh} AND NOT EXISTS (SELECT 1 FROM aiguard_findings f WHERE f.run_id = r.run_id AND f.assistant = ${sql(assistant.id)} AND f.verdict = 'block');`,
      description: `Passes when this host's latest aiguard audit found no blocked ${assistant.name} evidence. Fails closed when no recent audit exists.`,
      resolution: `Remove ${assistant.name} (config folders, extensions, packages); see the host's aiguard report for each finding.`,
      platform: platforms,
      critical: true,
    })),
    ...options.detections
      .filter((detection) => detection.action === 'block')
      .map((detection) => ({
        name: `aiguard (osquery only): no ${detection.assistantName} on ${detection.platform}`,
        query: `SELECT 1 WHERE NOT EXISTS (${detection.query.replace(/\n/g, ' ')});`,
        description: `Plain osquery check for hosts without aiguard: ${detection.signatures.join(', ')}.`,
        resolution: `Remove ${detection.assistantName}.`,
        platform: detection.platform,
        critical: false,
      })),
  ];
  const queries: Record<string, string | number | boolean>[] = [
    {
      name: 'aiguard findings',
      query: 'SELECT * FROM aiguard_findings;',
      description: "Every finding of this host's latest aiguard audit (ATC table over the audit's SQLite file).",
      interval,
      platform: platforms,
      observer_can_run: true,
      automations_enabled: false,
      logging: 'snapshot',
    },
    ...options.detections.map((detection) => ({
      name: detection.name,
      query: `${detection.query.replace(/\n/g, ' ')};`,
      description: `${detection.assistantName} evidence osquery can see without aiguard.`,
      interval,
      platform: detection.platform,
      observer_can_run: true,
      automations_enabled: false,
      logging: 'snapshot',
    })),
  ];
  const block = (items: readonly Record<string, unknown>[]): string =>
    items.map((item) => Object.entries(item).map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${JSON.stringify(value)}`).join('\n')).join('\n');
  return `# Generated by aiguard fleet export fleet: Fleet GitOps policies and queries from the aiguard catalog and policy.\npolicies:\n${block(policies)}\nqueries:\n${block(queries)}\n`;
}
