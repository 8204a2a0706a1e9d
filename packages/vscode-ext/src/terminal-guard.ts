/** @fileoverview Warns when a banned assistant's CLI starts in an integrated terminal (shell integration events). */
import { CATALOG, decideAction, type DecidedBy, type Policy, type PolicyAction } from '@aiguard/core';
import * as vscode from 'vscode';
import { isEnabled } from './config';
import { assistantLabel, createCatalogLookup, policySource } from './diagnostic-data';
import { buildCliIndex, matchCommandLine } from './terminal-data';

const index = buildCliIndex(CATALOG);
const lookup = createCatalogLookup(CATALOG);
const MAX_KEPT = 50;

/** One banned CLI start, as plain data for the status and the tests. */
export interface TerminalHit {
  readonly assistant: string;
  readonly commandLine: string;
  readonly terminal: string;
  readonly action: Exclude<PolicyAction, 'allow'>;
  readonly decidedBy: DecidedBy;
}

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
    const hits: TerminalHit[] = [];
    for (const match of matchCommandLine(commandLine, index)) {
      const { action, decidedBy } = decideAction(match.assistant, policy);
      if (action === 'allow') continue;
      hits.push({ assistant: match.assistant, commandLine, terminal, action, decidedBy });
      const text = `aiguard: ${assistantLabel(match.assistant, lookup)} was started in terminal "${terminal}" (${match.program}); ${action === 'block' ? 'blocked by' : 'flagged by'} ${policySource(decidedBy, root)}.`;
      const shown = action === 'block' ? vscode.window.showErrorMessage(text, 'Show policy') : vscode.window.showWarningMessage(text, 'Show policy');
      void shown.then((choice) => choice && vscode.commands.executeCommand('aiguard.showPolicy'));
    }
    if (hits.length > 0) {
      this.kept.push(...hits);
      this.kept.splice(0, Math.max(0, this.kept.length - MAX_KEPT));
      this.emitter.fire();
    }
    return hits;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
