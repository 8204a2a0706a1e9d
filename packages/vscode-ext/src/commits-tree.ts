/** @fileoverview The "AI commits" tree view: recent commits and refs with banned trailers, footers or identities. */
import * as vscode from 'vscode';
import type { CommitNode, EvidenceNode } from './commit-data';

type Node = CommitNode | EvidenceNode;

const ICON: Record<CommitNode['verdict'], vscode.ThemeIcon> = {
  block: new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground')),
  warn: new vscode.ThemeIcon('warning', new vscode.ThemeColor('editorWarning.foreground')),
  info: new vscode.ThemeIcon('info'),
};

/** Tree data for the commits view; `update()` replaces the nodes. */
export class CommitsTree implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private nodes: readonly CommitNode[] = [];

  /** The current nodes, as plain data (for `aiguard._status`). */
  get commits(): readonly CommitNode[] {
    return this.nodes;
  }

  update(nodes: readonly CommitNode[]): void {
    this.nodes = nodes;
    this.emitter.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return [...this.nodes];
    return 'evidence' in node ? [...node.evidence] : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('evidence' in node) {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = [node.kind === 'ref' ? 'branch' : node.date?.slice(0, 10), node.verdict === 'block' ? 'blocked' : node.verdict].filter(Boolean).join(' · ');
      item.tooltip = `${node.kind === 'commit' ? 'Commit' : 'Ref'} ${node.id}\n${node.repository}`;
      item.iconPath = ICON[node.verdict];
      item.contextValue = `aiguard.${node.kind}`;
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.tooltip = node.message;
    item.description = node.signature;
    item.iconPath = ICON[node.verdict];
    item.command = { command: 'aiguard.explainFinding', title: 'Explain finding', arguments: [{ message: node.message, code: node.signature }] };
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
