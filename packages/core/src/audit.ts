/** @fileoverview Audits a workstation: sources -> detectors -> policy -> a ScanResult with a workstation target. */
import { availableParallelism, release } from 'node:os';
import { basename } from 'node:path';
import { readControls } from './audit-controls.js';
import { auditRepositorySources } from './audit-repository-sources.js';
import { EVIDENCE_SOURCES, MACHINE_SOURCES, type AuditRun, type EvidenceSourceName, type WorkstationSources } from './audit-sources.js';
import { CATALOG } from './catalog/index.js';
import { compileCatalog } from './detectors/compiled-catalog.js';
import type { Assistant } from './model/assistant.js';
import { AUDIT_SOURCES, type AuditNote, type AuditSource, type UserHome } from './model/audit.js';
import type { Evidence } from './model/evidence.js';
import type { Finding } from './model/finding.js';
import type { Policy } from './model/policy.js';
import type { ScanResult } from './model/scan-result.js';
import type { Platform } from './model/signature.js';
import { createEnforcer } from './policy/enforcer.js';
import type { RepositoryScan, ScanOptions } from './scan.js';
import type { PolicyLocations } from './sources/policy-files.js';
import { sortFindings, summarize } from './result-summary.js';
import { describeRun, type RunSources } from './fleet/run-info.js';

export { auditSourceOf } from './audit-source.js';
export { MACHINE_SOURCES } from './audit-sources.js';
export type { WorkstationSources } from './audit-sources.js';

// One repository in flight per core: git and Node take turns on each, and a sweep of thousands never fans out wider.
const REPOSITORIES_AT_ONCE = Math.max(1, availableParallelism());

/** What to audit. */
export interface AuditOptions {
  /** The home layout to read (`--platform`, for auditing another OS's disk or fixtures). @default process.platform */
  readonly platform?: Platform;
  /** Audit this one home folder instead of the real users (`--home`). */
  readonly home?: string;
  /** The user name shown for `home`. @default the folder's name */
  readonly homeUser?: string;
  /** Every user with a home instead of the current one. @default true when running as root without `home` */
  readonly allUsers?: boolean;
  /** @default '/etc/passwd' */
  readonly passwdFile?: string;
  /** The folder holding homes on macOS and Windows. */
  readonly usersFolder?: string;
  /** Where system files (managed settings, editor policies) are read from, for mounted disks and tests. @default '/' */
  readonly systemRoot?: string;
  /** @default '/proc' */
  readonly procRoot?: string;
  /** Folders whose git repositories are scanned (`--root`). */
  readonly roots?: readonly string[];
  /** Sources to read. @default every source ('repositories' only matters with roots) */
  readonly only?: readonly AuditSource[];
  /** False scans repositories' refs and files only. @default true */
  readonly history?: boolean;
  /** Scan only the commits new since the last audit of each repository (see {@link ScanOptions.cache}). @default false */
  readonly cache?: boolean;
  /** The history cache folder. @default the user's cache folder */
  readonly cacheFolder?: string;
  readonly policyFile?: string;
  /** Further policy locations (managed files, env, home) passed to loadPolicy. */
  readonly policyLocations?: Omit<PolicyLocations, 'repositoryRoot' | 'policyFile'>;
  /** A policy to use instead of loading files. */
  readonly policy?: Policy;
  /** @default CATALOG */
  readonly assistants?: readonly Assistant[];
  readonly sources?: Partial<WorkstationSources>;
  /** The environment the audit reads as its own. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Replaces the machine reads of the run metadata (machine id, clock, run id) in tests. */
  readonly runSources?: Partial<RunSources>;
}

/** Audits the workstation. Unreadable folders and vanished processes become notes; only policy errors throw. */
export async function auditWorkstation(options: AuditOptions = {}): Promise<ScanResult> {
  const io: WorkstationSources = { ...MACHINE_SOURCES, ...options.sources };
  const platform = options.platform ?? (process.platform as Platform);
  const assistants = options.assistants ?? CATALOG;
  const catalog = compileCatalog(assistants);
  const startedAt = options.runSources?.now?.() ?? new Date();
  const selected = new Set(options.only ?? AUDIT_SOURCES);
  const allUsers = options.home === undefined && (options.allUsers ?? process.getuid?.() === 0);
  const policy =
    options.policy ??
    (await io.loadPolicy(
      { ...(allUsers ? { home: null } : {}), ...options.policyLocations, ...(options.policyFile ? { policyFile: options.policyFile } : {}) },
      assistants.map((assistant) => assistant.id),
    ));
  const notes: AuditNote[] = [];
  const counts: Partial<Record<AuditSource, number>> = {};
  const evidence: Evidence[] = [];
  const homes: UserHome[] = options.home
    ? [{ user: options.homeUser ?? basename(options.home), home: options.home }]
    : io.listUsers({ platform, allUsers, ...(options.passwdFile ? { passwdFile: options.passwdFile } : {}), ...(options.usersFolder ? { usersFolder: options.usersFolder } : {}) }, notes);

  const run: AuditRun = {
    io,
    platform,
    catalog,
    homes,
    notes,
    ...(options.home !== undefined ? { home: options.home } : {}),
    ...(options.passwdFile !== undefined ? { passwdFile: options.passwdFile } : {}),
    ...(options.procRoot !== undefined ? { procRoot: options.procRoot } : {}),
    ...(options.env !== undefined ? { env: options.env } : {}),
  };
  for (const source of AUDIT_SOURCES) {
    if (!selected.has(source) || !(source in EVIDENCE_SOURCES)) continue;
    const found = await EVIDENCE_SOURCES[source as EvidenceSourceName](run);
    counts[source] = found.records;
    evidence.push(...found.evidence);
  }
  const controls = selected.has('controls') ? readControls(io, catalog, policy, platform, options.systemRoot) : [];
  if (selected.has('controls')) counts.controls = controls.length;

  const enforcer = createEnforcer({ policy, assistants });
  const findings: Finding[] = [];
  for (const item of evidence) {
    const finding = enforcer.judge(item);
    if (finding) findings.push(finding);
  }
  let suppressed = enforcer.suppressed;

  const repositories: string[] = [];
  let commitsScanned = 0;
  let refsScanned = 0;
  let pathsScanned = counts.home ?? 0;
  if (selected.has('repositories') && options.roots && options.roots.length > 0) {
    const scanOne = async (repository: string): Promise<{ scan?: RepositoryScan; error?: unknown }> => {
      const scanOptions: ScanOptions = {
        path: repository,
        assistants,
        history: options.history !== false,
        withRefs: true,
        cache: options.cache === true,
        ...(options.cacheFolder ? { cacheFolder: options.cacheFolder } : {}),
        ...(options.policy ? { policy: options.policy } : {}),
        ...(options.policyFile ? { policyFile: options.policyFile } : {}),
        policyLocations: { ...(allUsers ? { home: null } : {}), ...options.policyLocations },
        sources: auditRepositorySources(),
      };
      return io.scanRepository(scanOptions).then((scan) => ({ scan }), (error: unknown) => ({ error }));
    };
    const record = (repository: string, outcome: { scan?: RepositoryScan; error?: unknown }): void => {
      const { scan, error } = outcome;
      if (scan) {
        findings.push(...scan.findings);
        suppressed += scan.summary.suppressed;
        commitsScanned += scan.summary.commitsScanned;
        refsScanned += scan.summary.refsScanned;
        pathsScanned += scan.summary.pathsScanned;
        for (const warning of scan.warnings) notes.push({ source: 'repositories', path: repository, message: warning });
        return;
      }
      if ((error as Error).name === 'PolicyError') throw error;
      notes.push({ source: 'repositories', path: repository, message: `scan failed (${(error as Error).message.split('\n')[0]})` });
    };
    for (const root of options.roots) {
      // Repositories one per core, recorded in the order the walk found them whichever finishes first.
      const running: { repository: string; outcome: Promise<{ scan?: RepositoryScan; error?: unknown }> }[] = [];
      for await (const repository of io.findRepositories(root, notes)) {
        repositories.push(repository);
        running.push({ repository, outcome: scanOne(repository) });
        if (running.length >= REPOSITORIES_AT_ONCE) {
          const first = running.shift()!;
          record(first.repository, await first.outcome);
        }
      }
      for (const { repository, outcome } of running) record(repository, await outcome);
    }
    counts.repositories = repositories.length;
  }

  return {
    target: { kind: 'workstation', host: io.hostname(), os: `${platform} ${release()}`, users: homes.map((home) => home.user), roots: [...(options.roots ?? [])] },
    policy: { found: policy.layers.length > 0, layers: policy.layers.map(({ layer, file }) => ({ layer, file })) },
    summary: summarize(findings, { commitsScanned, refsScanned, pathsScanned, suppressed }),
    findings: sortFindings(findings),
    audit: { platform, sources: counts, controls, notes, repositories, homes },
    run: describeRun({
      policy,
      platform,
      ...(options.systemRoot ? { systemRoot: options.systemRoot } : {}),
      sources: { hostname: io.hostname, now: () => startedAt, ...options.runSources },
    }),
  };
}
