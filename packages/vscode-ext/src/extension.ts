/** @fileoverview Extension entry point; the real features land with the VS Code extension issue. */
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
