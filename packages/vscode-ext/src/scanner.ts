/** @fileoverview Debounced, cancellable workspace scans over core's scanRepository, one per workspace folder. */
import * as path from 'node:path';
import {
  findRepository,
  GIT_SOURCES,
  NotARepositoryError,
  PolicyError,
  scanRepository,
  type Finding,
  type PathRecord,
  type Policy,
  type RepositoryInfo,
} from '@aiguard/core';
import * as vscode from 'vscode';
import { readConfig } from './config';
import { loadWorkspacePolicy } from './policy';

/** The scan of one workspace folder. */
export interface FolderScan {
  readonly folder: vscode.WorkspaceFolder;
  /** Repository root, or the folder itself when it is not in a git repository. */
  readonly root: string;
  readonly isRepository: boolean;
  readonly policy: Policy;
  readonly findings: readonly Finding[];
  /** A policy or git error; the folder's findings are then empty and the status shows the error. */
  readonly error?: string;
  /** The policy file that failed to parse, to put a diagnostic on it. */
  readonly policyErrorFile?: string;
}

/** How much work the scanner did this session, for the log and the e2e counts. */
export interface ScanCounts {
  /** Scans started (a debounced burst of triggers starts one). */
  readonly started: number;
  /** Scans that finished and were not superseded. */
  readonly completed: number;
  /** Why each scan was asked for, latest last (at most the last 50). */
  readonly reasons: readonly string[];
}

/** One finished workspace scan. */
export interface WorkspaceScan {
  readonly folders: readonly FolderScan[];
  readonly durationMs: number;
}

const DEBOUNCE_MS = 400;
// Folders outside git are walked through VS Code's file search; cap it so a huge folder cannot stall the scan.
const MAX_FILES_WITHOUT_GIT = 20_000;

/** Runs workspace scans: `schedule()` debounces, a new run aborts the one in flight. */
export class WorkspaceScanner implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<WorkspaceScan>();
  /** Fires after every scan that was not superseded. */
  readonly onDidScan = this.emitter.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: AbortController | undefined;
  private waiting: ((scan: WorkspaceScan) => void)[] = [];
  private last: WorkspaceScan | undefined;
  private started = 0;
  private completed = 0;
  private readonly reasons: string[] = [];
  private pendingReason: string | undefined;

  get lastScan(): WorkspaceScan | undefined {
    return this.last;
  }

  /** True while a debounced scan waits to start: further triggers add nothing. */
  get isScheduled(): boolean {
    return this.timer !== undefined;
  }

  get counts(): ScanCounts {
    return { started: this.started, completed: this.completed, reasons: [...this.reasons] };
  }

  /** Asks for a scan after a quiet period; repeated calls within it collapse into one run (the first reason is kept). */
  schedule(reason: string): void {
    clearTimeout(this.timer);
    this.pendingReason ??= reason;
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Scans now (cancelling any run in flight) and resolves with the scan that completes next. */
  scanNow(reason: string): Promise<WorkspaceScan> {
    clearTimeout(this.timer);
    this.pendingReason = reason;
    const next = new Promise<WorkspaceScan>((resolve) => this.waiting.push(resolve));
    void this.run();
    return next;
  }

  private async run(): Promise<void> {
    this.timer = undefined;
    this.started++;
    if (this.pendingReason !== undefined) this.reasons.push(this.pendingReason);
    if (this.reasons.length > 50) this.reasons.shift();
    this.pendingReason = undefined;
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    const started = Date.now();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const scanned = await Promise.all(folders.map((folder) => scanFolder(folder, controller.signal)));
    if (controller.signal.aborted) return; // a newer run owns the result
    // Several folders of one repository would report the same findings twice: keep the first folder's scan.
    const results = scanned.filter((scan, index) => scanned.findIndex((other) => other.root === scan.root) === index);
    this.running = undefined;
    this.last = { folders: results, durationMs: Date.now() - started };
    this.completed++;
    this.emitter.fire(this.last);
    for (const resolve of this.waiting.splice(0)) resolve(this.last);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.running?.abort();
    this.emitter.dispose();
  }
}

async function scanFolder(folder: vscode.WorkspaceFolder, signal: AbortSignal): Promise<FolderScan> {
  const config = readConfig(folder);
  const folderPath = folder.uri.fsPath;
  let repository: RepositoryInfo;
  let isRepository = true;
  try {
    repository = await findRepository(folderPath, { signal });
  } catch (error) {
    if (!(error instanceof NotARepositoryError)) return failed(folder, folderPath, false, error);
    repository = { root: folderPath, gitDir: '', isBare: false, hasHead: false };
    isRepository = false;
  }
  let policy: Policy;
  try {
    policy = await loadWorkspacePolicy(repository.root, config.policyFile);
  } catch (error) {
    return failed(folder, repository.root, isRepository, error);
  }
  try {
    const scan = await scanRepository({
      path: repository.root,
      policy,
      signal,
      history: isRepository && config.historyDepth > 0,
      sources: {
        findRepository: async () => repository,
        // Recent commits of HEAD only: the editor shows what the engineer is working on, not every ref's history.
        // Wraps core's own git source, so the record shape stays core's business.
        readCommits: (options) => GIT_SOURCES.readCommits({ ...options, revisions: ['HEAD'], extraArgs: [`--max-count=${config.historyDepth}`] }),
        ...(isRepository ? {} : { readRefs: async function* () {}, readPaths: () => findFolderFiles(folder, signal) }),
      },
    });
    return { folder, root: repository.root, isRepository, policy, findings: scan.findings };
  } catch (error) {
    return failed(folder, repository.root, isRepository, error, policy);
  }
}

async function* findFolderFiles(folder: vscode.WorkspaceFolder, signal: AbortSignal): AsyncGenerator<PathRecord> {
  const source = new vscode.CancellationTokenSource();
  signal.addEventListener('abort', () => source.cancel(), { once: true });
  try {
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), '**/node_modules/**', MAX_FILES_WITHOUT_GIT, source.token);
    for (const uri of uris) {
      const relative = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
      if (relative && !relative.startsWith('..')) yield { path: relative, origin: 'worktree' };
    }
  } finally {
    source.dispose();
  }
}

function failed(folder: vscode.WorkspaceFolder, root: string, isRepository: boolean, error: unknown, policy: Policy = { layers: [] }): FolderScan {
  const message = error instanceof Error ? error.message : String(error);
  return {
    folder,
    root,
    isRepository,
    policy,
    findings: [],
    error: message,
    ...(error instanceof PolicyError ? { policyErrorFile: error.file } : {}),
  };
}
