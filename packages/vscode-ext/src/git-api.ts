/** @fileoverview The small typed subset of the built-in Git extension's API (git.d.ts, version 1) that aiguard uses. */
import * as vscode from 'vscode';

/** The commit message box of one repository. */
export interface GitInputBox {
  value: string;
}

/** One repository the Git extension has open. */
export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly inputBox: GitInputBox;
  readonly state: {
    /** The checked-out branch or commit; `commit` changes when HEAD moves (commit, checkout, reset). */
    readonly HEAD?: { readonly name?: string; readonly commit?: string };
    readonly onDidChange: vscode.Event<void>;
  };
}

/** `vscode.git` exports `getAPI(1)`. */
export interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  readonly repositories: GitRepository[];
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  readonly onDidCloseRepository: vscode.Event<GitRepository>;
}

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** The Git API, or undefined when the Git extension is missing, disabled (Restricted Mode) or fails to start. */
export async function getGitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  try {
    const exports = extension.isActive ? extension.exports : await extension.activate();
    return exports?.enabled ? exports.getAPI(1) : undefined;
  } catch {
    return undefined;
  }
}
