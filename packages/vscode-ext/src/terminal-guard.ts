/** @fileoverview Warns when a banned assistant's CLI starts in an integrated terminal (shell integration events). */
import { CATALOG, compileCatalog, lookUpCatalog, type Policy } from '@aiguard/core';
import * as vscode from 'vscode';
import { isEnabled } from './config';
import { policySource } from './diagnostic-data';
import { enforcerFor } from './policy';
import { findTerminalHits, type TerminalHit } from './terminal-data';
import { recordNotification, shouldNotify } from './notify-policy';

export type { TerminalHit } from './terminal-data';

const catalog = compileCatalog(CATALOG);
const lookup = lookUpCatalog(CATALOG);
const MAX_KEPT = 50;

/** Listens to shell executions; needs shell integration (on by default for bash, zsh, fish and pwsh). */
export class TerminalGuard implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly kept: TerminalHit[] = [];
  private readonly subscription: vscode.Disposable;

  constructor(private readonly policy: () => { policy: Policy; root?: string }) {
    this.subscription = vscode.window.onDidStartTerminalShellExecution((event) =>
      this.check(event.execution.commandLine.value, event.terminal.name),
    );
  }

  /** The banned CLI starts seen this session, newest last. */
  get hits(): readonly TerminalHit[] {
    return this.kept;
  }

  /** Checks one command line (exposed for the command palette and tests). */
  check(commandLine: string, terminal: string): TerminalHit[] {
    if (!isEnabled()) return [];
    const { policy, root } = this.policy();
    const hits = findTerminalHits(commandLine, terminal, catalog, enforcerFor(policy));
    for (const hit of hits) {
      const text = `aiguard: ${lookup.assistantLabel(hit.assistant)} was started in terminal "${terminal}"; ${hit.verdict === 'block' ? 'blocked by' : 'flagged by'} ${policySource(hit.decidedBy, root)}.`;
      if (shouldNotify(hit.verdict)) {
        recordNotification(`terminal ${terminal}: ${commandLine}`);
        void vscode.window.showErrorMessage(text, 'Show policy').then((choice) => choice && vscode.commands.executeCommand('aiguard.showPolicy'));
      }
    }
    if (hits.length > 0) {
      this.kept.push(...hits);
      this.kept.splice(0, Math.max(0, this.kept.length - MAX_KEPT));
      this.emitter.fire();
    }
    return hits;
  }

  /** Drops the hits of a closed terminal: its process, the cause, is gone. Returns true when any was dropped. */
  forget(terminal: string): boolean {
    const before = this.kept.length;
    this.kept.splice(0, this.kept.length, ...this.kept.filter((hit) => hit.terminal !== terminal));
    if (this.kept.length === before) return false;
    this.emitter.fire();
    return true;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
