/**
 * @fileoverview The sources a workstation audit reads, as one table: each turns one part of the machine (homes,
 * processes, extensions, packages, environment) into records and evidence. Vendor controls and repositories under
 * roots are not evidence sources: audit-controls.ts and scanRepository handle them.
 */
import { hostname } from 'node:os';
import type { CompiledCatalog } from './detectors/catalog-index.js';
import {
  detectEnvironmentEvidence,
  detectExtensionEvidence,
  detectHomePathEvidence,
  detectPackageEvidence,
  detectProcessEvidence,
  envNameFilter,
  homeProbes,
} from './detectors/workstation-evidence.js';
import type { AuditNote, AuditSource, UserHome } from './model/audit.js';
import type { Evidence } from './model/evidence.js';
import type { Platform } from './model/signature.js';
import { scanRepository } from './scan.js';
import { readEditorExtensions } from './sources/editor-extensions.js';
import { readEnvironment } from './sources/environment.js';
import { currentUser, listUsers, probeHomePaths, readUserNames } from './sources/home-folders.js';
import { readInstalledPackages } from './sources/installed-packages.js';
import { loadPolicy } from './sources/policy-files.js';
import { readProcessTable } from './sources/process-table.js';
import { findRepositories } from './sources/repository-walk.js';
import { readJsonControl, readPresenceControl } from './sources/vendor-controls.js';

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

/** What every evidence source of one audit run shares. */
export interface AuditRun {
  readonly io: WorkstationSources;
  readonly platform: Platform;
  readonly catalog: CompiledCatalog;
  readonly homes: readonly UserHome[];
  /** Unreadable folders and vanished processes, reported instead of failing the audit. */
  readonly notes: AuditNote[];
  /** The one home folder audited with `--home`, if any: no system-wide packages, its user owns the environment. */
  readonly home?: string;
  readonly passwdFile?: string;
  readonly procRoot?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** The audit sources that read evidence. */
export type EvidenceSourceName = Exclude<AuditSource, 'controls' | 'repositories'>;

/** One source's result: how many records it read, and the evidence in them. */
export interface SourceEvidence {
  readonly records: number;
  readonly evidence: readonly Evidence[];
}

/** Every evidence source, by name; auditWorkstation runs the selected ones in AUDIT_SOURCES order. */
export const EVIDENCE_SOURCES: { readonly [S in EvidenceSourceName]: (run: AuditRun) => SourceEvidence | Promise<SourceEvidence> } = {
  home({ io, catalog, platform, homes, notes }) {
    const probes = homeProbes(catalog, platform);
    const records = homes.flatMap((home) => io.probeHomePaths(home, probes, notes));
    return { records: records.length, evidence: detectHomePathEvidence(records, catalog, platform) };
  },
  extensions({ io, catalog, platform, homes, notes }) {
    const records = homes.flatMap((home) => io.readEditorExtensions(home, platform, notes));
    return { records: records.length, evidence: records.flatMap((record) => detectExtensionEvidence(record, catalog)) };
  },
  async processes({ io, catalog, platform, notes, passwdFile, procRoot }) {
    const userNames = platform === 'win32' ? new Map<number, string>() : io.readUserNames(passwdFile);
    const records = await io.readProcessTable({ platform, keepEnv: envNameFilter(catalog), userNames, ...(procRoot ? { procRoot } : {}) }, notes);
    // The audit's own environment is the environment source's; reading it twice would double its evidence.
    return { records: records.length, evidence: records.flatMap((record) => (record.pid === process.pid ? [] : detectProcessEvidence(record, catalog))) };
  },
  packages({ io, catalog, platform, homes, notes, home }) {
    const records = io.readInstalledPackages({ platform, homes, system: home === undefined }, notes);
    return { records: records.length, evidence: records.flatMap((record) => detectPackageEvidence(record, catalog)) };
  },
  environment({ io, catalog, homes, home, env }) {
    const records = io.readEnvironment(env);
    // The environment is the audit process's own: its user's, or with --home the audited folder's (a mounted disk has none).
    return { records: records.length, evidence: detectEnvironmentEvidence(records, catalog, home ? homes[0]!.user : io.currentUser().user) };
  },
};
