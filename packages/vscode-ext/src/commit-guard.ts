/** @fileoverview Watches the source control commit box (Git extension API) for banned trailers and footers; strips them on request. */
import { CATALOG, compileCatalog, lookUpCatalog, type Policy } from '@aiguard/core';
import * as vscode from 'vscode';
import { isEnabled } from './config';
import { policySource } from './diagnostic-data';
import { findMessageViolations, stripViolations, type MessageViolation } from './commit-message-data';
import { enforcerFor } from './policy';
import type { GitApi, GitRepository } from './git-api';
import { recordNotification, shouldNotify } from './notify-policy';

// The Git API has no change event on the input box, so the guard polls it; reading a string once a second is free.
const POLL_MS = 1000;
const catalog = compileCatalog(CATALOG);
const lookup = lookUpCatalog(CATALOG);

/** The commit box state of one repository, as plain data for the status and the tests. */
export interface CommitBoxState {
  readonly root: string;
  readonly violations: readonly MessageViolation[];
}

/** Polls every repository's commit box and warns once per distinct banned message. */
export class CommitGuard implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when any commit box's violations change. */
  readonly onDidChange = this.emitter.event;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly states = new Map<string, { value: string; violations: MessageViolation[] }>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly git: GitApi,
    private readonly policyFor: (root: string) => Policy,
  ) {
    this.timer = setInterval(() => this.check(), POLL_MS);
  }

  /** Every repository whose commit box holds a banned line. */
  get violations(): CommitBoxState[] {
    return [...this.states].filter(([, s]) => s.violations.length > 0).map(([root, s]) => ({ root, violations: s.violations }));
  }

  /** Re-checks every commit box now (also after a policy change). */
  check(force = false): void {
    if (!isEnabled()) {
      if (this.states.size > 0) {
        this.states.clear();
        this.emitter.fire();
      }
      return;
    }
    let changed = false;
    for (const repository of this.git.repositories) {
      const root = repository.rootUri.fsPath;
      const value = repository.inputBox.value;
      const previous = this.states.get(root);
      if (!force && previous?.value === value) continue;
      const violations = findMessageViolations(value, catalog, enforcerFor(this.policyFor(root)));
      if (JSON.stringify(previous?.violations ?? []) !== JSON.stringify(violations)) changed = true;
      this.states.set(root, { value, violations });
      const blocking = violations.filter((violation) => shouldNotify(violation.verdict));
      if (blocking.length > 0) this.warn(repository, blocking);
    }
    if (changed) this.emitter.fire();
  }

  /** Removes the banned lines from the commit box of `root` (or of every repository); returns how many boxes changed. */
  strip(root?: string): number {
    let changed = 0;
    for (const repository of this.git.repositories) {
      if (root && repository.rootUri.fsPath !== root) continue;
      const value = repository.inputBox.value;
      const stripped = stripViolations(value, catalog, enforcerFor(this.policyFor(repository.rootUri.fsPath)));
      if (stripped !== value) {
        repository.inputBox.value = stripped;
        changed++;
      }
    }
    this.check();
    return changed;
  }

  private warn(repository: GitRepository, violations: readonly MessageViolation[]): void {
    const key = `${repository.rootUri.fsPath}\n${violations.map((v) => `${v.signature}:${v.text}`).join('\n')}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    recordNotification(`commit message ${repository.rootUri.fsPath}`);
    const first = violations[0]!;
    const verb = first.verdict === 'block' ? 'blocked by' : 'flagged by';
    const text = `aiguard: the commit message carries ${lookup.assistantLabel(first.assistant)} evidence ("${first.text.trim()}"), ${verb} ${policySource(first.decidedBy, repository.rootUri.fsPath)}.`;
    const shown = first.verdict === 'block' ? vscode.window.showErrorMessage(text, 'Strip it', 'Show policy') : vscode.window.showWarningMessage(text, 'Strip it', 'Show policy');
    void shown.then((choice) => {
      if (choice === 'Strip it') this.strip(repository.rootUri.fsPath);
      else if (choice === 'Show policy') void vscode.commands.executeCommand('aiguard.showPolicy');
    });
  }

  dispose(): void {
    clearInterval(this.timer);
    this.emitter.dispose();
  }
}
