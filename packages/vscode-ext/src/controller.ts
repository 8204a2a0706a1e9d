/** @fileoverview Wires scans, guards and views together and implements the commands; created by extension.ts after startup. */
import * as path from 'node:path';
import { CATALOG, decideAction, describeDecidedBy, lookUpCatalog, type Finding, type Policy, type Verdict } from '@aiguard/core';
import * as vscode from 'vscode';
import { AiguardCodeActions } from './code-actions';
import { CommitGuard } from './commit-guard';
import { CatalogDocuments, CATALOG_SCHEME } from './catalog-document';
import { groupHistoryFindings, type CommitNode } from './commit-data';
import { CommitDocuments, COMMIT_SCHEME } from './commit-document';
import { affectsAiguard, readConfig, readEnablement } from './config';
import { findingMessage, toDiagnosticData, type DiagnosticData } from './diagnostic-data';
import { policyErrorDiagnostic, showDiagnostics } from './diagnostics';
import { collectFindingRows } from './findings-data';
import { FindingsView } from './findings-view';
import { shownNotifications } from './notify-policy';
import { getGitApi } from './git-api';
import { InstalledExtensionsGuard } from './installed-extensions';
import { combinePolicies, describeLayers } from './policy';
import { RescanTriggers } from './rescan-triggers';
import { WorkspaceScanner, type FolderScan, type WorkspaceScan } from './scanner';
import type { StatusBar } from './status-bar';
import { computeStatus, type StatusData } from './status-data';
import { TerminalGuard } from './terminal-guard';

const lookup = lookUpCatalog(CATALOG);
const signatureKinds = new Map<string, string>(CATALOG.flatMap((a) => a.signatures.map((s) => [s.id, s.kind] as const)));

/** Argument of aiguard.explainFinding: from a code action (uri + code) or a tree item (message + code). */
export interface ExplainArgument {
  readonly uri?: string;
  readonly code?: string;
  readonly message?: string;
}

/** Owns every feature's state; the commands call into it. */
export class Controller implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly scanner = new WorkspaceScanner();
  private readonly triggers = new RescanTriggers(this.scanner);
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('aiguard');
  private readonly findings = new FindingsView();
  private readonly findingsView = vscode.window.createTreeView('aiguard.findings', { treeDataProvider: this.findings, showCollapseAll: true });
  private commits: readonly CommitNode[] = [];
  private readonly extensionsGuard: InstalledExtensionsGuard;
  private readonly terminalGuard: TerminalGuard;
  private commitGuard: CommitGuard | undefined;
  private diagnosticData: DiagnosticData[] = [];
  private status: StatusData = computeStatus([], []);
  private readonly createdAt = performance.now();
  /** Settings that asked to loosen the guard and were ignored, as told to the user. */
  private readonly ignoredSettings: string[] = [];
  private firstScanMs: number | undefined;

  constructor(
    private readonly statusBar: StatusBar,
    private readonly output: vscode.LogOutputChannel,
    /** How long activate() took and when it started (epoch ms), for the e2e timing report. */
    private readonly activation: { readonly activationMs: number; readonly activatedAt: number },
  ) {
    this.extensionsGuard = new InstalledExtensionsGuard(() => this.workspacePolicy());
    this.terminalGuard = new TerminalGuard(() => this.workspacePolicy());
    this.disposables.push(
      this.scanner,
      this.diagnostics,
      this.findings,
      this.findingsView,
      this.extensionsGuard,
      this.terminalGuard,
      vscode.workspace.registerTextDocumentContentProvider(COMMIT_SCHEME, new CommitDocuments()),
      vscode.workspace.registerTextDocumentContentProvider(CATALOG_SCHEME, new CatalogDocuments()),
      // A closed terminal takes its process with it: the finding's cause is gone, so is its row.
      vscode.window.onDidCloseTerminal((terminal) => this.terminalGuard.forget(terminal.name)),
      vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, new AiguardCodeActions((id) => signatureKinds.get(id)), {
        providedCodeActionKinds: AiguardCodeActions.kinds,
      }),
      this.scanner.onDidScan((scan) => this.onScan(scan)),
      this.extensionsGuard.onDidChange(() => this.refreshStatus()),
      this.terminalGuard.onDidChange(() => this.refreshStatus()),
      ...this.watchWorkspace(),
    );
  }

  /** Starts the first scan and hooks up the Git extension; called once, off the activation path. */
  async start(): Promise<void> {
    this.applyEnablement();
    // The first scan and the Git extension's start-up overlap: neither waits for the other.
    const firstScan = readConfig().enable ? this.scanner.scanNow('startup') : undefined;
    const git = await getGitApi();
    if (git) {
      this.commitGuard = new CommitGuard(git, (root) => this.policyFor(root));
      this.disposables.push(
        this.commitGuard,
        this.commitGuard.onDidChange(() => this.refreshStatus()),
        git.onDidOpenRepository((repository) => this.disposables.push(this.triggers.watchHead(repository))),
        ...git.repositories.map((repository) => this.triggers.watchHead(repository)),
      );
    }
    await firstScan;
  }

  private watchWorkspace(): vscode.Disposable[] {
    const schedule = (reason: string): void => {
      if (readConfig().enable) this.scanner.schedule(reason);
    };
    return [
      this.triggers,
      vscode.workspace.onDidChangeWorkspaceFolders(() => schedule('workspace folders changed')),
      vscode.workspace.onDidGrantWorkspaceTrust(() => schedule('workspace trusted')),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!affectsAiguard(event)) return;
        this.applyEnablement();
        schedule('aiguard settings changed');
      }),
    ];
  }

  private applyEnablement(): void {
    const { enabled, ignored } = readEnablement();
    // Say once, plainly, that a setting asked to switch the guard off and why it is still on.
    for (const message of ignored) {
      if (this.ignoredSettings.includes(message)) continue;
      this.ignoredSettings.push(message);
      this.output.appendLine(`[${new Date().toISOString()}] ${message}`);
      void vscode.window.showWarningMessage(`aiguard: ${message}`);
    }
    this.statusBar.setVisible(enabled);
    if (!enabled) {
      this.diagnostics.clear();
      this.commits = [];
      this.diagnosticData = [];
      this.extensionsGuard.check();
      this.commitGuard?.check(true);
    }
  }

  private onScan(scan: WorkspaceScan): void {
    this.firstScanMs ??= performance.now() - this.createdAt;
    if (!readConfig().enable) return;
    const data: DiagnosticData[] = [];
    for (const folder of scan.folders) {
      if (folder.policyErrorFile && folder.error) data.push(policyErrorDiagnostic(folder.policyErrorFile, folder.error));
      for (const finding of folder.findings) {
        const item = toDiagnosticData(finding, lookup, folder.root);
        if (item) data.push(item);
      }
    }
    this.diagnosticData = data;
    showDiagnostics(this.diagnostics, data);
    this.commits = scan.folders.flatMap((folder) => groupHistoryFindings(folder.findings, lookup));
    this.output.info(`scanned ${scan.folders.length} folder(s) in ${scan.durationMs} ms: ${data.length} diagnostic(s), ${this.commits.length} commit(s) and branch(es)`);
    for (const folder of scan.folders) {
      this.output.debug(`${folder.root}: policy ${describeLayers(folder.policy, folder.root).join(', ') || 'none found'}; ${folder.findings.length} finding(s)`);
      if (folder.error) this.output.error(`${folder.root}: ${folder.error}`);
    }
    this.extensionsGuard.check();
    this.commitGuard?.check(true);
    this.refreshStatus();
  }

  private refreshStatus(): void {
    const folders = this.scanner.lastScan?.folders ?? [];
    const enabled = readConfig().enable;
    const sources = [...new Set(folders.flatMap((f) => describeLayers(f.policy, f.root)))];
    const commitBox = (this.commitGuard?.violations ?? []).flatMap((box) =>
      box.violations.map((v) => ({ root: box.root, line: v.line, text: v.text, assistant: v.assistant, verdict: v.verdict })),
    );
    // One list feeds the view and the count: what the status says is what the view shows.
    const rows = enabled
      ? collectFindingRows({
          diagnostics: this.diagnosticData,
          commits: this.commits,
          extensions: this.extensionsGuard.banned.map((b) => ({ extensionId: b.extensionId, assistant: b.assistant, verdict: b.verdict })),
          terminal: this.terminalGuard.hits.map((hit) => ({ assistant: hit.assistant, commandLine: hit.commandLine, terminal: hit.terminal, verdict: hit.verdict })),
          commitBox,
          assistantName: (id) => lookup.assistant(id)?.name ?? id,
          hasPolicy: sources.length > 0,
        })
      : [];
    const error = folders.find((f) => f.error)?.error;
    this.status = computeStatus(rows, sources, error);
    this.statusBar.update(this.status);
    this.findings.update(rows, sources.length > 0);
    const total = rows.length;
    this.findingsView.badge = total > 0 ? { value: total, tooltip: this.status.text.replace(/^\$\([^)]*\) /, '') } : undefined;
    void vscode.commands.executeCommand('setContext', 'aiguard.canStrip', commitBox.length > 0);
  }

  private workspacePolicy(): { policy: Policy; root?: string } {
    const folders = this.scanner.lastScan?.folders ?? [];
    return { policy: combinePolicies(folders.map((f) => f.policy)), ...(folders[0] ? { root: folders[0].root } : {}) };
  }

  private policyFor(root: string): Policy {
    const folder = this.scanner.lastScan?.folders.find((f) => f.root === root || root.startsWith(`${f.root}${path.sep}`));
    return folder?.policy ?? this.workspacePolicy().policy;
  }

  /** aiguard.scanWorkspace: scans now and resolves with the status (the e2e tests await it). */
  async scanWorkspace(): Promise<StatusData> {
    await this.scanner.scanNow('aiguard.scanWorkspace');
    return this.status;
  }

  /** aiguard.stripCommitTrailers: removes banned trailers and footers from the commit box. */
  stripCommitTrailers(): number {
    const changed = this.commitGuard?.strip() ?? 0;
    if (changed === 0) this.output.info('strip: no banned trailer or footer in the commit message');
    return changed;
  }

  /** aiguard.showPolicy: writes the layers and each assistant's verdict to the output channel and returns them. */
  showPolicy(): { folder: string; layers: string[]; decisions: Record<string, string>; error?: string }[] {
    const folders = this.scanner.lastScan?.folders ?? [];
    const report = folders.map((f) => policyReport(f));
    this.output.appendLine('');
    this.output.appendLine(`aiguard status: ${this.status.text.replace(/^\$\([^)]*\) /, '')}`);
    this.output.appendLine('Layers only tighten: an assistant gets the strictest action any layer gives it, so a setting cannot allow what a repository or managed policy blocks.');
    for (const entry of report) {
      this.output.appendLine(`\n${entry.folder}`);
      if (entry.error) this.output.appendLine(`  error: ${entry.error}`);
      this.output.appendLine(`  layers: ${entry.layers.length > 0 ? entry.layers.join(', ') : 'none found (every finding is a warning)'}`);
      for (const [assistant, decision] of Object.entries(entry.decisions)) this.output.appendLine(`  ${assistant}: ${decision}`);
    }
    this.output.show(true);
    return report;
  }

  /** aiguard.explainFinding: explains one finding in the output channel; with no argument, asks which. */
  async explainFinding(arg?: ExplainArgument): Promise<string | undefined> {
    const findings = (this.scanner.lastScan?.folders ?? []).flatMap((f) => f.findings.map((finding) => ({ finding, root: f.root })));
    let chosen = findings.find(({ finding, root }) => arg?.code === finding.signature && matchesArgument(finding, root, arg));
    if (!chosen && !arg) {
      const pick = await vscode.window.showQuickPick(
        findings.map((entry) => ({ label: findingMessage(entry.finding, lookup, entry.root), description: entry.finding.signature, entry })),
        { placeHolder: 'aiguard: which finding?' },
      );
      chosen = pick?.entry;
    }
    if (!chosen) return undefined;
    const text = explain(chosen.finding, chosen.root);
    this.output.appendLine(`\n${text}`);
    this.output.show(true);
    return text;
  }

  /** aiguard._status: everything the e2e tests assert, as plain data. */
  snapshot(): unknown {
    return {
      status: this.status,
      enabled: readConfig().enable,
      ignoredSettings: this.ignoredSettings,
      scanned: this.scanner.lastScan !== undefined,
      diagnostics: this.diagnosticData,
      commits: this.commits,
      findings: this.findings.listed,
      notifications: shownNotifications(),
      commitBox: { available: this.commitGuard !== undefined, violations: this.commitGuard?.violations ?? [] },
      extensions: this.extensionsGuard.banned,
      terminal: this.terminalGuard.hits,
      timings: { ...this.activation, firstScanMs: this.firstScanMs, lastScanMs: this.scanner.lastScan?.durationMs },
      work: { scans: this.scanner.counts, commitBoxReads: this.commitGuard?.reads ?? 0 },
    };
  }

  /** aiguard._checkTerminalCommand: runs the terminal check on a command line, as a shell execution event would. */
  checkTerminalCommand(commandLine: string): unknown {
    return this.terminalGuard.check(commandLine, 'aiguard test');
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0).reverse()) disposable.dispose();
  }
}

function matchesArgument(finding: Finding, root: string, arg: ExplainArgument): boolean {
  if (arg.uri && finding.location.path) return vscode.Uri.file(path.join(root, finding.location.path)).toString() === arg.uri;
  if (arg.message) return findingMessage(finding, lookup, root) === arg.message;
  return !arg.uri;
}

function policyReport(folder: FolderScan): { folder: string; layers: string[]; decisions: Record<string, string>; error?: string } {
  const named = new Set([...folder.findings.map((f) => f.assistant), ...folder.policy.layers.flatMap((l) => Object.keys(l.document.assistants ?? {}))]);
  const decisions: Record<string, string> = {};
  for (const assistant of [...named].sort()) {
    const { action, decidedBy } = decideAction(assistant, folder.policy);
    decisions[assistant] = `${action} (${describeDecidedBy(decidedBy)})`;
  }
  return { folder: folder.root, layers: describeLayers(folder.policy, folder.root), decisions, ...(folder.error ? { error: folder.error } : {}) };
}

function explain(finding: Finding, root: string): string {
  const assistant = lookup.assistant(finding.assistant);
  const where = finding.location.commit
    ? `commit ${finding.location.commit}${finding.location.line ? ` line ${finding.location.line}` : ''} in ${root}`
    : finding.location.ref ?? path.join(root, finding.location.path ?? '');
  return [
    findingMessage(finding, lookup, root),
    `  assistant: ${assistant ? `${assistant.name} by ${assistant.vendor} (${assistant.id}), ${assistant.homepage}` : finding.assistant}`,
    `  signature: ${finding.signature} (${finding.kind}, ${finding.strength}): ${lookup.signatureDescription(finding.signature)}`,
    `  where: ${where}`,
    `  evidence: ${finding.excerpt}`,
    `  verdict: ${finding.verdict}, decided by ${describeDecidedBy(finding.decidedBy)}`,
  ].join('\n');
}
