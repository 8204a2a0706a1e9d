/** @fileoverview What a repository scan returns to the CLI and the extension, and what reports render. */
import type { AuditDetails } from './audit.js';
import type { Finding, Verdict } from './finding.js';
import type { RunInfo } from './run.js';

/** What a report is about: one repository, or one workstation (audit). */
export type ScanTarget = RepositoryTarget | WorkstationTarget;

/** The repository that was scanned and how. */
export interface RepositoryTarget {
  readonly kind: 'repository';
  /** Absolute path of the repository root (the git dir for bare repositories). */
  readonly path: string;
  readonly isBare: boolean;
  /** The revision range given with `--range`, or undefined for all refs. */
  readonly range?: string;
  /** False with `--no-history`: only refs and paths were scanned. */
  readonly history: boolean;
  /** Set when the clone is shallow: commits before its graft points were not there to scan. */
  readonly shallow?: true;
  /** Set when the clone is partial (`--filter`): objects it lacks were not scanned. */
  readonly partialClone?: true;
}

/** The workstation an audit looked at. */
export interface WorkstationTarget {
  readonly kind: 'workstation';
  /** Host name (hashed with `--redact`). */
  readonly host: string;
  /** OS name and release, e.g. `linux 6.1.0`. */
  readonly os: string;
  /** Users whose homes were audited (hashed with `--redact`). */
  readonly users: readonly string[];
  /** Folders given with `--root` whose repositories were scanned. */
  readonly roots: readonly string[];
}

/** Where the verdicts came from, for the report header. */
export interface PolicyInfo {
  /** False when no policy file was found: every finding is then reported as a warning. */
  readonly found: boolean;
  /** Each layer that applied, e.g. `{ layer: 'repository', file: '/r/.aiguard.json' }`. */
  readonly layers: readonly { readonly layer: string; readonly file: string }[];
}

/** Counts for the report summary. */
export interface ScanSummary {
  readonly commitsScanned: number;
  readonly refsScanned: number;
  readonly pathsScanned: number;
  /** Findings per verdict. */
  readonly findings: Readonly<Record<Verdict, number>>;
  /** Findings per assistant id, then per verdict. */
  readonly byAssistant: Readonly<Record<string, Readonly<Record<Verdict, number>>>>;
  /** Evidence the policy dropped (allowed assistants, below minStrength). */
  readonly suppressed: number;
}

/** A finished scan or audit: what every report renders. */
export interface ScanResult {
  readonly target: ScanTarget;
  readonly policy: PolicyInfo;
  readonly summary: ScanSummary;
  /** Sorted by verdict (block first), then assistant, then location. */
  readonly findings: readonly Finding[];
  /** Only for workstation audits: sources read, vendor controls, and what could not be read. */
  readonly audit?: AuditDetails;
  /** Run id, time, host, machine id, OS, user and policy digest; set by `scanRepository` and `auditWorkstation`. */
  readonly run?: RunInfo;
}

/** Names the program that made a report. */
export interface ToolInfo {
  readonly name: string;
  readonly version: string;
  readonly catalogVersion: string;
  readonly informationUri: string;
}
