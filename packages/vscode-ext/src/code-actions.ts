/** @fileoverview Quick fixes on aiguard diagnostics, keyed by diagnostic code (= signature id): explain, show policy, delete file. */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** Signature kinds whose file can be removed as a fix (the file is the footprint). */
export type SignatureKindLookup = (signatureId: string) => string | undefined;

/** Offers, for each aiguard diagnostic: explain it, show the policy and, for signature files, delete the file. */
export class AiguardCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly kindOf: SignatureKindLookup) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || diagnostic.code === undefined) continue;
      const code = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
      const explain = new vscode.CodeAction(`aiguard: explain ${code}`, vscode.CodeActionKind.QuickFix);
      explain.command = { command: 'aiguard.explainFinding', title: 'Explain finding', arguments: [{ uri: document.uri.toString(), code }] };
      explain.diagnostics = [diagnostic];
      actions.push(explain);
      const policy = new vscode.CodeAction('aiguard: show policy', vscode.CodeActionKind.QuickFix);
      policy.command = { command: 'aiguard.showPolicy', title: 'Show policy' };
      policy.diagnostics = [diagnostic];
      actions.push(policy);
      if (this.kindOf(code) === 'repo-path') {
        const remove = new vscode.CodeAction(`aiguard: delete ${vscode.workspace.asRelativePath(document.uri)}`, vscode.CodeActionKind.QuickFix);
        const edit = new vscode.WorkspaceEdit();
        edit.deleteFile(document.uri, { ignoreIfNotExists: true });
        remove.edit = edit;
        remove.diagnostics = [diagnostic];
        actions.push(remove);
      }
    }
    return actions;
  }
}
