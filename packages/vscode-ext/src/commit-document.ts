/** @fileoverview Shows a commit read-only (`git show --stat`) in an editor tab, for the aiguard view's commit rows. */
import { runGit } from '@aiguard/core/git-hooks';
import * as vscode from 'vscode';

/** The URI scheme of commit documents: `aiguard-commit:/<id>?<repository>`. */
export const COMMIT_SCHEME = 'aiguard-commit';

/** Provides the text of commit documents; git runs with core's safe configuration (no hooks, no fsmonitor). */
export class CommitDocuments implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = uri.path.replace(/^\//, '').replace(/\.txt$/, '');
    if (!/^[0-9a-f]{7,64}$/.test(id)) return `not a commit id: ${id}`;
    try {
      return await runGit(['show', '--stat', '--format=fuller', '--no-color', '--no-ext-diff', id, '--'], { cwd: uri.query });
    } catch (error) {
      return `git show ${id} failed in ${uri.query}: ${(error as Error).message.split('\n')[0]}`;
    }
  }
}

/** Opens commit `id` of `repository` in a read-only tab. */
export async function openCommit(repository: string, id: string): Promise<void> {
  const uri = vscode.Uri.from({ scheme: COMMIT_SCHEME, path: `/${id}.txt`, query: repository });
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
}
