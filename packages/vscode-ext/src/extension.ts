/** @fileoverview Extension entry point: registers commands and the status item at once, defers the real work past activation. */
import * as vscode from 'vscode';
import type { Controller, ExplainArgument } from './controller';
import { StatusBar } from './status-bar';

let controller: Controller | undefined;
let ready: Promise<Controller> | undefined;

/** Registers everything cheaply; the controller (scans, guards, views) starts on the next tick, off the activation path. */
export function activate(context: vscode.ExtensionContext): void {
  const activationStarted = performance.now();
  const activatedAt = Date.now();
  let activationMs = 0;
  const statusBar = new StatusBar();
  // A log channel: levels, timestamps, and the user's own log level filter (Developer: Set Log Level).
  const output = vscode.window.createOutputChannel('aiguard', { log: true });
  context.subscriptions.push(statusBar, output, { dispose: () => controller?.dispose() });

  const started = (): Promise<Controller> =>
    (ready ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(async () => {
      const { Controller } = await import('./controller');
      controller = new Controller(statusBar, output, { activationMs, activatedAt });
      void controller.start().catch((error: unknown) => output.error(`aiguard failed to start: ${String(error)}`));
      return controller;
    }));

  const register = (id: string, run: (c: Controller, ...args: never[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, async (...args: never[]) => run(await started(), ...args)));
  };
  register('aiguard.scanWorkspace', (c) => c.scanWorkspace());
  register('aiguard.showPolicy', (c) => c.showPolicy());
  register('aiguard.explainFinding', (c, arg?: ExplainArgument) => c.explainFinding(arg));
  register('aiguard.stripCommitTrailers', (c) => c.stripCommitTrailers());
  context.subscriptions.push(
    vscode.commands.registerCommand('aiguard.openCommit', async (repository: string, id: string) => (await import('./commit-document')).openCommit(repository, id)),
    vscode.commands.registerCommand('aiguard.showLog', () => output.show(true)),
  );
  // Internal, not contributed: plain-data hooks the end-to-end tests use.
  register('aiguard._status', (c) => c.snapshot());
  register('aiguard._checkTerminalCommand', (c, commandLine: string) => c.checkTerminalCommand(commandLine));

  void started();
  activationMs = performance.now() - activationStarted;
}

export function deactivate(): void {
  controller?.dispose();
  controller = undefined;
  ready = undefined;
}
