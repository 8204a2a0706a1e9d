/** @fileoverview Watches the source control commit box (Git extension API) for banned trailers and footers; strips them on request. */
import { CATALOG, compileCatalog, lookUpCatalog, type Policy } from '@aiguard/core';
import * as vscode from 'vscode';
import { isEnabled } from './config';
import { policySource } from './diagnostic-data';
import { findMessageViolations, stripViolations, type MessageViolation } from './commit-message-data';
import { enforcerFor } from './policy';
import type { GitApi, GitRepository } from './git-api';
import { recordNotification, shouldNotify } from './notify-policy';

// The Git API has no change event on the input box, but VS Code backs every source control's box with a text document
// (`vscode-scm:git/scm<n>/input?rootUri=<repository>`, checked in VS Code 1.139): typing arrives as changes of it. A
// value set through the API while the Source Control view is closed reaches the document when the view shows the box.
const SCM_INPUT_SCHEME = 'vscode-scm';
// Each keystroke is one change event: check once typing pauses; a warning needs no faster.
const TYPING_PAUSE_MS = 150;
const catalog = compileCatalog(CATALOG);
const lookup = lookUpCatalog(CATALOG);

/** The commit box state of one repository, as plain data for the status and the tests. */
export interface CommitBoxState {
  readonly root: string;
  readonly violations: readonly MessageViolation[];
}

/** Checks a repository's commit box whenever its text changes, and warns once per distinct banned message. */
export class CommitGuard implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when any commit box's violations change. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private boxReads = 0;
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly states = new Map<string, { value: string; violations: MessageViolation[] }>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly git: GitApi,
    private readonly policyFor: (root: string) => Policy,
  ) {
    const onInputDocument = (document: vscode.TextDocument): void => {
      if (document.uri.scheme === SCM_INPUT_SCHEME) this.checkSoon(repositoryRootOf(document.uri));
    };
    this.disposables.push(
      this.emitter,
      vscode.workspace.onDidChangeTextDocument((event) => onInputDocument(event.document)),
      vscode.workspace.onDidOpenTextDocument(onInputDocument),
      git.onDidOpenRepository((repository) => this.check(false, repository.rootUri.fsPath)),
    );
    this.check();
  }

  /** How many times a commit box's value was read this session (the e2e counts; a poll would read once a second). */
  get reads(): number {
    return this.boxReads;
  }

  /** Every repository whose commit box holds a banned line. */
  get violations(): CommitBoxState[] {
    return [...this.states].filter(([, s]) => s.violations.length > 0).map(([root, s]) => ({ root, violations: s.violations }));
  }

  /** Re-checks the commit box of `root` (or every box) now; `force` also after a policy change with the same text. */
  check(force = false, root?: string): void {
    if (!isEnabled()) {
      if (this.states.size > 0) {
        this.states.clear();
        this.emitter.fire();
      }
      return;
    }
    let changed = false;
    const named = root === undefined ? [] : this.git.repositories.filter((repository) => repository.rootUri.fsPath === root);
    for (const repository of named.length > 0 ? named : this.git.repositories) {
      const repositoryRoot = repository.rootUri.fsPath;
      const value = this.read(repository);
      const previous = this.states.get(repositoryRoot);
      if (!force && previous?.value === value) continue;
      const violations = findMessageViolations(value, catalog, enforcerFor(this.policyFor(repositoryRoot)));
      if (JSON.stringify(previous?.violations ?? []) !== JSON.stringify(violations)) changed = true;
      this.states.set(repositoryRoot, { value, violations });
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
      const value = this.read(repository);
      const stripped = stripViolations(value, catalog, enforcerFor(this.policyFor(repository.rootUri.fsPath)));
      if (stripped !== value) {
        repository.inputBox.value = stripped;
        changed++;
      }
    }
    this.check();
    return changed;
  }

  private checkSoon(root: string | undefined): void {
    const key = root ?? '';
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.check(false, root);
      }, TYPING_PAUSE_MS),
    );
  }

  private read(repository: GitRepository): string {
    this.boxReads++;
    return repository.inputBox.value;
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
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    for (const disposable of this.disposables.splice(0).reverse()) disposable.dispose();
  }
}

/** The repository root a commit box document belongs to, from its `rootUri` query; undefined means check every box. */
function repositoryRootOf(uri: vscode.Uri): string | undefined {
  const rootUri = new URLSearchParams(uri.query).get('rootUri');
  if (!rootUri) return undefined;
  try {
    return vscode.Uri.parse(rootUri).fsPath;
  } catch {
    return undefined;
  }
}
