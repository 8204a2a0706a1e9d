/** @fileoverview The status bar item: the number of findings the aiguard view lists and the policy in force; a click opens the view. */
import * as vscode from 'vscode';
import type { StatusData } from './status-data';

/** Owns the status bar item. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('aiguard.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'aiguard';
    this.item.text = '$(loading~spin) aiguard';
    this.item.tooltip = 'aiguard: scanning the workspace';
    this.item.command = 'aiguard.findings.focus';
    this.item.show();
  }

  update(status: StatusData): void {
    this.item.text = status.text;
    this.item.tooltip = status.tooltip;
    this.item.backgroundColor =
      status.state === 'violations' || status.state === 'error'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : status.state === 'warnings'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
  }

  setVisible(visible: boolean): void {
    if (visible) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
