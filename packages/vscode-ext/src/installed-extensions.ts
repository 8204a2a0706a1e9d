/** @fileoverview Notifies about installed extensions of banned assistants: uninstall, show policy, or dismiss for this session. */
import { homedir, userInfo } from 'node:os';
import { CATALOG, compileCatalog, lookUpCatalog, type Policy } from '@aiguard/core';
import * as vscode from 'vscode';
import { isEnabled } from './config';
import { policySource } from './diagnostic-data';
import { findBannedExtensions, type BannedExtension, type ExtensionHost } from './extension-data';
import { enforcerFor } from './policy';
import { recordNotification, shouldNotify } from './notify-policy';

const catalog = compileCatalog(CATALOG);
const lookup = lookUpCatalog(CATALOG);

/** Checks `vscode.extensions.all` against the catalog under the workspace policy. */
export class InstalledExtensionsGuard implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly dismissed = new Set<string>();
  private readonly notified = new Set<string>();
  private found: BannedExtension[] = [];
  private readonly subscription = vscode.extensions.onDidChange(() => this.check());

  constructor(private readonly policy: () => { policy: Policy; root?: string }) {}

  /** Banned extensions installed now. */
  get banned(): readonly BannedExtension[] {
    return this.found;
  }

  /** Re-checks; notifies once per extension and session unless dismissed. */
  check(): void {
    const { policy, root } = this.policy();
    const installed = isEnabled()
      ? vscode.extensions.all.map((e) => ({ id: e.id, path: e.extensionPath, ...(typeof e.packageJSON?.version === 'string' ? { version: e.packageJSON.version as string } : {}) }))
      : [];
    const found = findBannedExtensions(installed, editorHost(), catalog, enforcerFor(policy));
    const changed = JSON.stringify(found) !== JSON.stringify(this.found);
    this.found = found;
    for (const banned of found) {
      if (!shouldNotify(banned.verdict) || this.dismissed.has(banned.extensionId) || this.notified.has(banned.extensionId)) continue;
      this.notified.add(banned.extensionId);
      recordNotification(`extension ${banned.extensionId}`);
      void this.notify(banned, root);
    }
    if (changed) this.emitter.fire();
  }

  private async notify(banned: BannedExtension, root?: string): Promise<void> {
    const text = `aiguard: the extension ${banned.extensionId} belongs to ${lookup.assistantLabel(banned.assistant)}, ${banned.verdict === 'block' ? 'blocked by' : 'flagged by'} ${policySource(banned.decidedBy, root)}.`;
    const actions = ['Uninstall', 'Show policy', 'Dismiss for this session'] as const;
    const choice =
      banned.verdict === 'block' ? await vscode.window.showErrorMessage(text, ...actions) : await vscode.window.showWarningMessage(text, ...actions);
    if (choice === 'Uninstall') await vscode.commands.executeCommand('workbench.extensions.uninstallExtension', banned.extensionId);
    else if (choice === 'Show policy') await vscode.commands.executeCommand('aiguard.showPolicy');
    else if (choice === 'Dismiss for this session') this.dismissed.add(banned.extensionId);
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

/** The user, home and product the running editor stands for, as an audit names them. */
function editorHost(): ExtensionHost {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // a uid with no passwd entry (containers): the home still identifies the install
  }
  return { user, home: homedir(), product: vscode.env.appName };
}
