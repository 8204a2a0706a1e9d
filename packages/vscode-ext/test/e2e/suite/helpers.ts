/** @fileoverview Shared e2e helpers: the scenario name, the extension's plain-data status, polling, fixture paths. */
import * as path from 'node:path';
import * as vscode from 'vscode';

/** Which fixture this run opened (set by run.mjs): `block`, `allow`, `restricted`, or `smoke` for a custom workspace. */
export function scenario(): string {
  return process.env.AIGUARD_E2E_SCENARIO ?? 'smoke';
}

/** The fixture workspace folder. */
export function workspaceRoot(): string {
  const root = process.env.AIGUARD_E2E_WORKSPACE;
  if (!root) throw new Error('AIGUARD_E2E_WORKSPACE is not set: run the suite through test/e2e/run.mjs');
  return path.resolve(root);
}

/** A file in the fixture workspace. */
export function workspaceUri(relative: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), relative));
}

/** What `aiguard._status` returns (see src/controller.ts snapshot()). */
export interface Snapshot {
  status: { state: string; text: string; counts: { block: number; warn: number; info: number }; policySources: string[]; tooltip: string };
  enabled: boolean;
  /** Settings that asked to switch the guard off and were ignored. */
  ignoredSettings: string[];
  scanned: boolean;
  diagnostics: { path: string; message: string; severity: string; code: string }[];
  commits: { kind: string; id: string; verdict: string; evidence: { label: string; signature: string; verdict: string }[] }[];
  commitBox: { available: boolean; violations: { root: string; violations: { assistant: string; line: number; text: string }[] }[] };
  extensions: { extensionId: string; assistant: string; verdict: string }[];
  terminal: { assistant: string; commandLine: string; verdict: string }[];
  /** The rows of the aiguard view: what the status item counts. */
  findings: { key: string; source: string; verdict: string; label: string; description: string }[];
  /** Every notification the extension showed this session. */
  notifications: string[];
  timings: { activationMs: number; activatedAt: number; firstScanMs?: number; lastScanMs?: number };
  /** The work the extension did this session: scans started and finished (with why), commit-box reads. */
  work: { scans: { started: number; completed: number; reasons: string[] }; commitBoxReads: number };
}

export async function snapshot(): Promise<Snapshot> {
  return (await vscode.commands.executeCommand('aiguard._status')) as Snapshot;
}

/** Polls `probe` until it returns a truthy value; throws with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(200);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** aiguard's diagnostics for every file. */
export function aiguardDiagnostics(): [vscode.Uri, vscode.Diagnostic[]][] {
  return vscode.languages
    .getDiagnostics()
    .map(([uri, list]) => [uri, list.filter((d) => d.source === 'aiguard')] as [vscode.Uri, vscode.Diagnostic[]])
    .filter(([, list]) => list.length > 0);
}

/** Sets `aiguard.policyFile` for the workspace (undefined removes it) and waits for the rescan it triggers. */
export async function setWorkspacePolicyFile(file: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('aiguard').update('policyFile', file, vscode.ConfigurationTarget.Workspace);
  await vscode.commands.executeCommand('aiguard.scanWorkspace');
}
