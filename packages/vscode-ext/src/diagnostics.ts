/** @fileoverview Puts plain diagnostic data into the aiguard diagnostic collection (the Problems panel). */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DiagnosticData, DiagnosticSeverityName } from './diagnostic-data';

/** Diagnostic source shown in the Problems panel and used by code actions to find ours. */
export const DIAGNOSTIC_SOURCE = 'aiguard';

const SEVERITY: Record<DiagnosticSeverityName, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

/** The file a diagnostic is about. */
export function diagnosticUri(data: Pick<DiagnosticData, 'root' | 'path'>): vscode.Uri {
  return vscode.Uri.file(path.join(data.root, ...data.path.split('/')));
}

/** Replaces the collection's contents with `items` (grouped by file). */
export function showDiagnostics(collection: vscode.DiagnosticCollection, items: readonly DiagnosticData[]): void {
  const byFile = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
  for (const item of items) {
    const uri = diagnosticUri(item);
    const entry = byFile.get(uri.toString()) ?? { uri, diagnostics: [] };
    const diagnostic = new vscode.Diagnostic(new vscode.Range(item.line, 0, item.line, 0), item.message, SEVERITY[item.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = item.code;
    entry.diagnostics.push(diagnostic);
    byFile.set(uri.toString(), entry);
  }
  collection.clear();
  collection.set([...byFile.values()].map(({ uri, diagnostics }) => [uri, diagnostics] as [vscode.Uri, vscode.Diagnostic[]]));
}

/** A diagnostic on a policy file that could not be used (the scan fails closed). */
export function policyErrorDiagnostic(file: string, message: string): DiagnosticData {
  return {
    root: path.dirname(file),
    path: path.basename(file),
    line: 0,
    message: `aiguard policy error: ${message}`,
    severity: 'error',
    code: 'aiguard/policy-error',
    assistant: '',
    verdict: 'block',
  };
}
