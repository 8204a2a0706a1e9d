/** @fileoverview Audits a workstation: sources -> detectors -> policy -> a ScanResult with a workstation target. */
import { hostname, release } from 'node:os';
import { basename } from 'node:path';
import { CATALOG } from './catalog/index.js';
import { compileCatalog, type CompiledCatalog } from './detectors/compiled-catalog.js';
import {
  detectEnvironmentEvidence,
  detectExtensionEvidence,
  detectHomePathEvidence,
  detectPackageEvidence,
  detectProcessEvidence,
  envNameFilter,
  extensionsNotExcluded,
  homeProbes,
} from './detectors/workstation-evidence.js';
import type { Assistant } from './model/assistant.js';
import { AUDIT_SOURCES, type AuditNote, type AuditSource, type UserHome, type VendorControl } from './model/audit.js';
import type { Evidence } from './model/evidence.js';
import type { Finding } from './model/finding.js';
import type { Policy } from './model/policy.js';
import type { ScanResult } from './model/scan-result.js';
import type { Platform } from './model/signature.js';
import { createEnforcer } from './policy/enforcer.js';
import { decideAction } from './policy/evaluate.js';
import { scanRepository, type ScanOptions } from './scan.js';
import { readEnvironment } from './sources/environment.js';
import { readEditorExtensions } from './sources/editor-extensions.js';
import { currentUser, listUsers, probeHomePaths, readUserNames } from './sources/home-folders.js';
import { readInstalledPackages } from './sources/installed-packages.js';
import { loadPolicy, type PolicyLocations } from './sources/policy-files.js';
import { readProcessTable } from './sources/process-table.js';
import { findRepositories } from './sources/repository-walk.js';
import { readJsonControl, readPresenceControl, vscodePolicyLocation } from './sources/vendor-controls.js';
import { sortFindings, summarize } from './result-summary.js';
export { auditSourceOf } from './audit-source.js';

/** The I/O an audit does; replace any part to feed records without touching the machine. */
export interface WorkstationSources {
  readonly listUsers: typeof listUsers;
  readonly currentUser: typeof currentUser;
  readonly probeHomePaths: typeof probeHomePaths;
  readonly readUserNames: typeof readUserNames;
  readonly readProcessTable: typeof readProcessTable;
  readonly readEditorExtensions: typeof readEditorExtensions;
  readonly readInstalledPackages: typeof readInstalledPackages;
  readonly readEnvironment: typeof readEnvironment;
  readonly readJsonControl: typeof readJsonControl;
  readonly readPresenceControl: typeof readPresenceControl;
  readonly findRepositories: typeof findRepositories;
  readonly scanRepository: typeof scanRepository;
  readonly loadPolicy: typeof loadPolicy;
  readonly hostname: () => string;
}

/** The sources that read the real machine. */
export const MACHINE_SOURCES: WorkstationSources = {
  listUsers,
  currentUser,
  probeHomePaths,
  readUserNames,
  readProcessTable,
  readEditorExtensions,
  readInstalledPackages,
  readEnvironment,
  readJsonControl,
  readPresenceControl,
  findRepositories,
  scanRepository,
  loadPolicy,
  hostname,
};

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
}

/** Audits the workstation. Unreadable folders and vanished processes become notes; only policy errors throw. */
export async function auditWorkstation(options: AuditOptions = {}): Promise<ScanResult> {
  const io: WorkstationSources = { ...MACHINE_SOURCES, ...options.sources };
  const platform = options.platform ?? (process.platform as Platform);
  const assistants = options.assistants ?? CATALOG;
  const catalog = compileCatalog(assistants);
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

  if (selected.has('home')) {
    const probes = homeProbes(catalog, platform);
    const records = homes.flatMap((home) => io.probeHomePaths(home, probes, notes));
    counts.home = records.length;
    evidence.push(...detectHomePathEvidence(records, catalog, platform));
  }
  if (selected.has('extensions')) {
    const records = homes.flatMap((home) => io.readEditorExtensions(home, platform, notes));
    counts.extensions = records.length;
    for (const record of records) evidence.push(...detectExtensionEvidence(record, catalog));
  }
  if (selected.has('processes')) {
    const userNames = platform === 'win32' ? new Map<number, string>() : io.readUserNames(options.passwdFile);
    const records = await io.readProcessTable({ platform, keepEnv: envNameFilter(catalog), userNames, ...(options.procRoot ? { procRoot: options.procRoot } : {}) }, notes);
    counts.processes = records.length;
    // The audit's own environment is the environment source's; reading it twice would double its evidence.
    for (const record of records) if (record.pid !== process.pid) evidence.push(...detectProcessEvidence(record, catalog));
  }
  if (selected.has('packages')) {
    const records = io.readInstalledPackages({ platform, homes, system: options.home === undefined }, notes);
    counts.packages = records.length;
    for (const record of records) evidence.push(...detectPackageEvidence(record, catalog));
  }
  if (selected.has('environment')) {
    const records = io.readEnvironment(options.env);
    counts.environment = records.length;
    // The environment is the audit process's own: its user's, or with --home the audited folder's (a mounted disk has none).
    evidence.push(...detectEnvironmentEvidence(records, catalog, options.home ? homes[0]!.user : io.currentUser().user));
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
    for (const root of options.roots) {
      for await (const repository of io.findRepositories(root, notes)) {
        repositories.push(repository);
        const scanOptions: ScanOptions = {
          path: repository,
          assistants,
          history: options.history !== false,
          ...(options.policy ? { policy: options.policy } : {}),
          ...(options.policyFile ? { policyFile: options.policyFile } : {}),
          policyLocations: { ...(allUsers ? { home: null } : {}), ...options.policyLocations },
        };
        try {
          const scan = await io.scanRepository(scanOptions);
          findings.push(...scan.findings);
          suppressed += scan.summary.suppressed;
          commitsScanned += scan.summary.commitsScanned;
          refsScanned += scan.summary.refsScanned;
          pathsScanned += scan.summary.pathsScanned;
          for (const warning of scan.warnings) notes.push({ source: 'repositories', path: repository, message: warning });
        } catch (error) {
          if ((error as Error).name === 'PolicyError') throw error;
          notes.push({ source: 'repositories', path: repository, message: `scan failed (${(error as Error).message.split('\n')[0]})` });
        }
      }
    }
    counts.repositories = repositories.length;
  }

  return {
    target: { kind: 'workstation', host: io.hostname(), os: `${platform} ${release()}`, users: homes.map((home) => home.user), roots: [...(options.roots ?? [])] },
    policy: { found: policy.layers.length > 0, layers: policy.layers.map(({ layer, file }) => ({ layer, file })) },
    summary: summarize(findings, { commitsScanned, refsScanned, pathsScanned, suppressed }),
    findings: sortFindings(findings),
    audit: { platform, sources: counts, controls, notes, repositories, homes },
  };
}

/** Claude Code's managed settings, every banned assistant's managed files, and VS Code's AllowedExtensions policy. */
function readControls(io: WorkstationSources, catalog: CompiledCatalog, policy: Policy, platform: Platform, systemRoot: string | undefined): VendorControl[] {
  const controls: VendorControl[] = [];
  const isBanned = (assistant: string): boolean => decideAction(assistant, policy).action === 'block';
  for (const { assistant, signature } of catalog.managedPolicies) {
    if (signature.platform !== platform || (assistant !== 'claude-code' && !isBanned(assistant))) continue;
    const name = catalog.assistants.find((a) => a.id === assistant);
    const isJson = signature.path.endsWith('.json');
    const read = isJson ? io.readJsonControl(signature.path, systemRoot) : io.readPresenceControl(signature.path, systemRoot);
    controls.push({
      vendor: name?.vendor ?? assistant,
      control: `${name?.name ?? assistant} managed settings`,
      file: read.file,
      state: read.state,
      ...(read.state === 'present' && isJson && (typeof read.data !== 'object' || read.data === null || Array.isArray(read.data))
        ? { state: 'invalid' as const, detail: 'expected a JSON object' }
        : read.detail
          ? { detail: read.detail }
          : {}),
    });
  }
  const bannedIds = catalog.extensions.filter(({ assistant, signature }) => signature.editor === 'vscode' && isBanned(assistant)).flatMap(({ signature }) => signature.ids);
  const location = vscodePolicyLocation(platform);
  if (location.format === 'registry') {
    controls.push({ vendor: 'Microsoft', control: 'VS Code AllowedExtensions policy', file: location.file, state: 'unsupported', detail: 'the registry is not read yet' });
    return controls;
  }
  const read = location.format === 'json' ? io.readJsonControl(location.file, systemRoot) : io.readPresenceControl(location.file, systemRoot);
  const control: VendorControl = { vendor: 'Microsoft', control: 'VS Code AllowedExtensions policy', file: read.file, state: read.state, ...(read.detail ? { detail: read.detail } : {}) };
  if (read.state !== 'present' || location.format !== 'json') {
    controls.push(control);
    return controls;
  }
  const value = typeof read.data === 'object' && read.data !== null ? (read.data as Record<string, unknown>).AllowedExtensions : undefined;
  if (value === undefined) {
    controls.push({ ...control, excludesBanned: bannedIds.length === 0, notExcluded: bannedIds, detail: 'no AllowedExtensions key' });
    return controls;
  }
  const notExcluded = extensionsNotExcluded(value, bannedIds);
  if (notExcluded === undefined) controls.push({ ...control, state: 'invalid', detail: 'AllowedExtensions is not an object' });
  else controls.push({ ...control, excludesBanned: notExcluded.length === 0, notExcluded });
  return controls;
}
