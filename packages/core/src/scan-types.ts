/** @fileoverview The shapes of a repository scan: its options, the sources it reads, its progress, sink and result. */
import type { Assistant } from './model/assistant.js';
import type { Finding } from './model/finding.js';
import type { Policy } from './model/policy.js';
import type { AnnotationRecord, CommitRecord, PathRecord, RefRecord } from './model/records.js';
import type { ScanResult } from './model/scan-result.js';
import type { SuppressionReport } from './policy/suppressions.js';
import type { RunSources } from './fleet/run-info.js';
import type { ReportHead } from './report/report-stream.js';
import type { GitLogOptions } from './sources/git-log.js';
import type { RepositoryInfo } from './sources/git-repository.js';
import type { PolicyLocations } from './sources/policy-files.js';

/** The sources a repository scan reads; replace any of them to feed records without touching the machine. */
export interface RepositorySources {
  findRepository(path: string): Promise<RepositoryInfo>;
  /** Commits in batches (one array per read): a per-commit async step costs more than detecting it. */
  readCommits(options: GitLogOptions): AsyncIterable<readonly CommitRecord[]>;
  readRefs(repository: RepositoryInfo): AsyncIterable<RefRecord>;
  /** Annotated tag messages and notes reachable from `refs`. */
  readAnnotations?(repository: RepositoryInfo, refs: readonly RefRecord[]): AsyncIterable<AnnotationRecord>;
  readPaths(repository: RepositoryInfo, warnings: string[]): AsyncIterable<PathRecord>;
  loadPolicy(locations: PolicyLocations, assistantIds: readonly string[]): Promise<Policy>;
  /** The start of a config file that a config-content signature looks inside; undefined when it cannot be read. */
  readFile?(repository: RepositoryInfo, path: string, warnings: string[]): Promise<string | undefined>;
  /** Commit ids that are `commit` or its ancestors, for commit-based `enforceSince`. */
  readAncestors?(repository: RepositoryInfo, commit: string): Promise<ReadonlySet<string>>;
  /** The refs containing each commit, for `withRefs`. */
  readContainingRefs?(repository: RepositoryInfo, commits: Iterable<string>): Promise<ReadonlyMap<string, readonly string[]>>;
}

/** Progress reported while commits stream by. */
export interface ScanProgress {
  readonly phase: 'refs' | 'paths' | 'history' | 'done';
  readonly commitsScanned: number;
  readonly findings: number;
  readonly elapsedMs: number;
}

/** What to scan and how. */
export interface ScanOptions {
  /** A folder inside the repository. */
  readonly path: string;
  /** A revision range (`A..B`); by default every ref. With a range, ref names are not scanned. */
  readonly range?: string;
  /** False scans refs and paths only. @default true */
  readonly history?: boolean;
  /** A policy file from `--policy`, applied after the repository's `.aiguard.json`. */
  readonly policyFile?: string;
  /** Policy file locations beyond the repository and `policyFile` (tests inject home, managed files, env). */
  readonly policyLocations?: Omit<PolicyLocations, 'repositoryRoot' | 'policyFile'>;
  /** A baseline file of accepted findings (must exist); by default `.aiguard-baseline.json` at the root, if present. */
  readonly baselineFile?: string;
  /** False ignores the baseline even if the default file exists. @default true */
  readonly useBaseline?: boolean;
  /** The clock ignores expire by. @default new Date() */
  readonly now?: Date;
  /** A policy to use instead of loading files (the editor passes its own). */
  readonly policy?: Policy;
  /** @default CATALOG */
  readonly assistants?: readonly Assistant[];
  readonly sources?: Partial<RepositorySources>;
  /** Called at most every `progressIntervalMs` while scanning, and once at the end. */
  readonly onProgress?: (progress: ScanProgress) => void;
  /** @default 100 */
  readonly progressIntervalMs?: number;
  /**
   * Keep history evidence (before policy, so a policy change needs no rescan) in the user's cache folder and scan
   * only commits that arrived since. Applies to full-history scans with git's own commit source. @default false
   */
  readonly cache?: boolean;
  /** The cache folder. @default the user's cache folder (`$XDG_CACHE_HOME/aiguard` or `~/.cache/aiguard`) */
  readonly cacheFolder?: string;
  readonly signal?: AbortSignal;
  /** Look up the refs containing each commit that has findings (learnt in the history pass, which then reads children first; a range or cached commits cost one more walk, so hooks leave it off). @default false */
  readonly withRefs?: boolean;
  /** Replaces the machine reads of the run metadata (host, machine id, clock) in tests. */
  readonly runSources?: Partial<RunSources>;
}

/** A scan's result plus the warnings sources raised (unreadable folders) that did not stop it. */
export interface RepositoryScan extends ScanResult {
  readonly warnings: readonly string[];
  /** What ignores and the baseline suppressed, and which expired or matched nothing. */
  readonly suppressions: SuppressionReport;
}

/**
 * Receives a scan's findings as the policy judges them, so a report can be written while history streams by. They
 * come in scan order: refs, tags and notes, files, then history as git lists it (newest first).
 */
export interface FindingSink {
  /** Called once, before the first finding, with what a report's opening needs. */
  begin(head: ReportHead): void;
  add(finding: Finding): void;
  /** Awaited after each batch of commits, so a slow reader holds the scan back instead of filling memory. */
  drain?(): Promise<void> | void;
}

/** A scan whose findings went to a {@link FindingSink}: everything a {@link RepositoryScan} has but the findings. */
export type StreamedScan = Omit<RepositoryScan, 'findings'>;
