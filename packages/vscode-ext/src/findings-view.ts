/** @fileoverview The aiguard view: every finding the status item counts, grouped by where it was seen; a click opens it. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SOURCE_HEADINGS, type FindingRow, type FindingSource } from './findings-data';

type Node = { readonly group: FindingSource; readonly heading: string; readonly rows: readonly FindingRow[] } | { readonly row: FindingRow } | { readonly detail: string };

const ICON: Record<FindingRow['verdict'], vscode.ThemeIcon> = {
  block: new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground')),
  warn: new vscode.ThemeIcon('warning', new vscode.ThemeColor('editorWarning.foreground')),
};
// Without a policy nothing is blocked or warned about: the rows are for review, so they wear a neutral icon.
const REVIEW_ICON = new vscode.ThemeIcon('eye');

/** Tree data for the `aiguard.findings` view; `update()` replaces the rows. */
export class FindingsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private rows: readonly FindingRow[] = [];
  private hasPolicy = false;

  /** The rows listed now, as plain data (for `aiguard._status`). */
  get listed(): readonly FindingRow[] {
    return this.rows;
  }

  update(rows: readonly FindingRow[], hasPolicy: boolean): void {
    this.rows = rows;
    this.hasPolicy = hasPolicy;
    this.emitter.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return SOURCE_HEADINGS.map(([group, heading]) => ({ group, heading, rows: this.rows.filter((row) => row.source === group) })).filter((entry) => entry.rows.length > 0);
    }
    if ('group' in node) return node.rows.map((row) => ({ row }));
    if ('row' in node) return (node.row.details ?? []).map((detail) => ({ detail }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('group' in node) {
      const item = new vscode.TreeItem(node.heading, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.rows.length);
      item.id = `group:${node.group}`;
      return item;
    }
    if ('detail' in node) return new vscode.TreeItem(node.detail, vscode.TreeItemCollapsibleState.None);
    const { row } = node;
    // Commits start collapsed: their evidence lines are there on demand, the list stays one line per commit.
    const item = new vscode.TreeItem(row.label, row.details && row.details.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `row:${row.key}`;
    item.description = row.description;
    item.tooltip = row.tooltip;
    item.iconPath = this.hasPolicy ? ICON[row.verdict] : REVIEW_ICON;
    item.contextValue = `aiguard.${row.source}`;
    if (row.open?.kind === 'file') {
      const uri = vscode.Uri.file(path.join(row.open.root, ...row.open.path.split('/')));
      item.resourceUri = uri;
      item.command = { command: 'vscode.open', title: 'Open file', arguments: [uri, { selection: new vscode.Range(row.open.line, 0, row.open.line, 0) }] };
    } else if (row.open?.kind === 'commit') {
      item.command = { command: 'aiguard.openCommit', title: 'Open commit', arguments: [row.open.repository, row.open.id] };
    }
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
