/** @fileoverview The catalog entry of a signature as a read-only Markdown document: where a diagnostic's rule link goes. */
import { CATALOG, type Assistant, type Signature } from '@aiguard/core';
import * as vscode from 'vscode';

/** The URI scheme of catalog documents: `aiguard-catalog:/claude-code/claude-md.md`. */
export const CATALOG_SCHEME = 'aiguard-catalog';

const signatures = new Map<string, { assistant: Assistant; signature: Signature }>(CATALOG.flatMap((assistant) => assistant.signatures.map((signature) => [signature.id, { assistant, signature }] as const)));

/** The link target of a diagnostic about `signatureId`. */
export function catalogEntryUri(signatureId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: CATALOG_SCHEME, path: `/${signatureId}.md` });
}

/** Renders catalog entries from the bundled catalog; no network. */
export class CatalogDocuments implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const entry = signatures.get(id);
    if (!entry) return `# ${id}\n\nThis signature is not in the catalog bundled with this version of aiguard.\n`;
    const { assistant, signature } = entry;
    const source = signature.source.ref;
    return [
      `# ${signature.id}`,
      '',
      signature.description,
      '',
      `- Assistant: ${assistant.name} by ${assistant.vendor} (\`${assistant.id}\`), ${assistant.homepage}`,
      `- Kind: \`${signature.kind}\``,
      `- Strength: \`${signature.strength}\` (${STRENGTH[signature.strength]})`,
      `- Source: ${/^https?:\/\//.test(source) ? `<${source}>` : source}`,
      '',
      'The policy decides what a finding of this signature means: `aiguard policy explain --assistant',
      `${assistant.id}\` in a terminal, or **aiguard: Show Policy** in the command palette.`,
      '',
    ].join('\n');
  }
}

const STRENGTH: Record<string, string> = {
  strong: 'only this assistant leaves it',
  shared: 'several tools leave it',
  weak: 'people leave it too; on its own it only warns',
};
