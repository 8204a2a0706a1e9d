/** @fileoverview UI check: the Problems panel shows the aiguard diagnostic; the screenshot is kept as a CI artifact. */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { scenario, sleep, waitFor, workspaceUri } from './helpers';
import { test } from './runner';
import { requestScreenshot } from './screenshot';

if (scenario() !== 'smoke') {
  test('the Problems panel with the aiguard diagnostic is captured as problems-panel.png', async () => {
    if (scenario() !== 'allow') {
      await waitFor('the CLAUDE.md diagnostic', () => vscode.languages.getDiagnostics(workspaceUri('CLAUDE.md')).some((d) => d.source === 'aiguard'));
    }
    await vscode.window.showTextDocument(workspaceUri('CLAUDE.md'), { preview: false });
    // The Chat side panel is open by default and squeezes the Problems panel; close it for a readable capture.
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('notifications.hideList'); // the commit-box test leaves it open
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await sleep(1500); // let the panel render
    const done = await requestScreenshot('problems-panel');
    assert.ok(existsSync(done));
  });
}
