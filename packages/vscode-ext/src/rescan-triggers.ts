/** @fileoverview Schedules a rescan only for changes that can alter a scan: evidence files, policy, baseline, HEAD and refs. */
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { CATALOG, compileCatalog } from '@aiguard/core';
import * as vscode from 'vscode';
import { readConfig } from './config';
import type { GitRepository } from './git-api';
import { decideRescan, type PathChange } from './rescan-trigger-data';
import type { WorkspaceScan, WorkspaceScanner } from './scanner';

const catalog = compileCatalog(CATALOG);

interface ScannedRoot {
  readonly root: string;
  /** Repo-relative paths the last scan found evidence on. */
  readonly findingPaths: ReadonlySet<string>;
}

/** Watches the workspace and the Git extension; calls `scanner.schedule()` with the reason when a change matters. */
export class RescanTriggers implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** The settings' policy files (absolute), read again when settings or folders change rather than per event. */
  private policyFiles = settingsPolicyFiles();
  private roots: { scan: WorkspaceScan | undefined; roots: ScannedRoot[] } | undefined;

  constructor(private readonly scanner: WorkspaceScanner) {
    // One watcher for every event: most are dismissed by a string test; git's own files come through it too, so
    // commits, checkouts and new branches are seen without the Git extension (Restricted Mode).
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.onPathChange(uri, 'created')),
      watcher.onDidChange((uri) => this.onPathChange(uri, 'changed')),
      watcher.onDidDelete((uri) => this.onPathChange(uri, 'deleted')),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('aiguard.policyFile')) this.policyFiles = settingsPolicyFiles();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => (this.policyFiles = settingsPolicyFiles())),
      // The settings' policy file may live outside the workspace, where no watcher sees it; a save in the editor does.
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.uri.scheme === 'file' && this.policyFiles.has(document.uri.fsPath)) this.schedule(`saved ${document.uri.fsPath}`);
      }),
    );
  }

  /**
   * Rescans when HEAD moves in a repository the Git extension opened whose git dir the workspace watcher cannot see
   * (a repository above the workspace folder, a worktree or submodule with a `.git` file). Where the watcher sees it,
   * the ref files already say so, sooner: a second trigger from the Git extension would only add a second scan.
   */
  watchHead(repository: GitRepository): vscode.Disposable {
    if (isWatchedGitDir(repository.rootUri.fsPath)) return new vscode.Disposable(() => undefined);
    let head = repository.state.HEAD?.commit;
    // The Git extension fires state changes after every status refresh (each save); only a new HEAD commit counts.
    return repository.state.onDidChange(() => {
      const now = repository.state.HEAD?.commit;
      if (now === head) return;
      head = now;
      this.schedule(`HEAD of ${repository.rootUri.fsPath} moved to ${now ?? 'nothing'}`);
    });
  }

  private onPathChange(uri: vscode.Uri, change: PathChange): void {
    if (uri.scheme !== 'file' || this.scanner.isScheduled) return;
    const file = uri.fsPath;
    if (this.policyFiles.has(file)) return this.schedule(`${change} ${file}`);
    const scanned = this.scannedRootOf(file);
    if (!scanned) return;
    const relative = path.relative(scanned.root, file).split(path.sep).join('/');
    const decision = decideRescan(relative, change, catalog, scanned.findingPaths);
    if (decision === 'rescan') this.schedule(`${change} ${relative}`);
    else if (decision === 'if-directory') {
      void stat(file).then(
        (info) => info.isDirectory() && this.schedule(`folder ${relative} created`),
        () => undefined,
      );
    }
  }

  /** The scanned root (repository root, or the folder itself outside git) that holds `file`, deepest first. */
  private scannedRootOf(file: string): ScannedRoot | undefined {
    const scan = this.scanner.lastScan;
    let cached = this.roots;
    if (!cached || cached.scan !== scan || !scan) {
      // Before the first scan the folders stand in for the roots; the findings' paths are built once per scan.
      const roots = scan
        ? scan.folders.map((f) => ({ root: f.root, findingPaths: new Set(f.findings.flatMap((finding) => (finding.location.path ? [finding.location.path] : []))) }))
        : (vscode.workspace.workspaceFolders ?? []).map((f) => ({ root: f.uri.fsPath, findingPaths: new Set<string>() }));
      cached = this.roots = { scan, roots: roots.sort((a, b) => b.root.length - a.root.length) };
    }
    return cached.roots.find(({ root }) => file.startsWith(`${root}${path.sep}`));
  }

  private schedule(reason: string): void {
    if (readConfig().enable) this.scanner.schedule(reason);
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0).reverse()) disposable.dispose();
  }
}

function isWatchedGitDir(root: string): boolean {
  const inWorkspace = (vscode.workspace.workspaceFolders ?? []).some((f) => root === f.uri.fsPath || root.startsWith(`${f.uri.fsPath}${path.sep}`));
  try {
    return inWorkspace && statSync(path.join(root, '.git')).isDirectory();
  } catch {
    return false;
  }
}

function settingsPolicyFiles(): Set<string> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return new Set((folders.length > 0 ? folders.map((f) => readConfig(f)) : [readConfig()]).flatMap((config) => (config.policyFile ? [config.policyFile] : [])));
}
