/** @fileoverview Puts plain diagnostic data into the aiguard diagnostic collection (the Problems panel). */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { catalogEntryUri } from './catalog-document';
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
    const diagnostic = new vscode.Diagnostic(matchedRange(uri, item), item.message, SEVERITY[item.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    // The rule links to its catalog entry; code actions read `value`.
    diagnostic.code = item.code.startsWith('aiguard/') ? item.code : { value: item.code, target: catalogEntryUri(item.code) };
    if (item.relatedFile) {
      diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.file(item.relatedFile.file), new vscode.Position(0, 0)), item.relatedFile.message)];
    }
    entry.diagnostics.push(diagnostic);
    byFile.set(uri.toString(), entry);
  }
  collection.clear();
  collection.set([...byFile.values()].map(({ uri, diagnostics }) => [uri, diagnostics] as [vscode.Uri, vscode.Diagnostic[]]));
}

/** The matched text on the diagnostic's line, or the whole line when it is not found (or for a path signature). */
function matchedRange(uri: vscode.Uri, item: DiagnosticData): vscode.Range {
  let text = '';
  try {
    text = readFileSync(uri.fsPath, 'utf8').split('\n')[item.line]?.replace(/\r$/, '') ?? '';
  } catch {
    // Gone or unreadable since the scan: a zero-width range still lists the finding.
  }
  const at = item.matched ? text.indexOf(item.matched) : -1;
  return at >= 0 ? new vscode.Range(item.line, at, item.line, at + item.matched!.length) : new vscode.Range(item.line, 0, item.line, text.length);
}

/** A diagnostic on a policy file that could not be used (the scan fails closed), on the line a JSON error names. */
export function policyErrorDiagnostic(file: string, message: string): DiagnosticData {
  // A JSON syntax error names its line (`not valid JSON: line 2, column 3: ...`): the diagnostic sits there.
  const at = /not valid JSON: line (\d+), column \d+/.exec(message);
  return {
    root: path.dirname(file),
    path: path.basename(file),
    line: at ? Number(at[1]) - 1 : 0,
    message: `aiguard policy error: ${message}`,
    severity: 'error',
    code: 'aiguard/policy-error',
    assistant: '',
    verdict: 'block',
  };
}
