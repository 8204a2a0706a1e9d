/** @fileoverview The aiguard view, rule links, commits, notifications and the walkthrough in the real editor, with screenshots. */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { scenario, sleep, snapshot, waitFor, workspaceRoot, workspaceUri } from './helpers';
import { test } from './runner';
import { requestScreenshot } from './screenshot';

const EXTENSION_ID = 'aiguard.aiguard-vscode';

/** Shows the aiguard view with the Chat panel and notifications out of the way, then takes a screenshot. */
async function captureView(name: string, notifications: 'hide' | 'show' = 'hide'): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  await vscode.commands.executeCommand('aiguard.findings.focus');
  await vscode.commands.executeCommand(notifications === 'show' ? 'notifications.showList' : 'notifications.hideList');
  await sleep(1500);
  assert.ok(existsSync(await requestScreenshot(name)));
}

if (scenario() === 'plain') {
  test('the first minute without a policy: the view lists the findings, the status item counts them, no notification', async () => {
    await waitFor('the first scan', async () => (await snapshot()).scanned);
    await sleep(3000); // the extension check and any notification would have come by now
    const { notifications, findings, status } = await snapshot();
    assert.deepEqual(notifications, []);
    assert.equal(findings.length, 3);
    assert.equal(status.state, 'found');
    await vscode.window.showTextDocument(workspaceUri('CLAUDE.md'), { preview: false });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // The notification centre open and empty: proof on screen that nothing popped up.
    await captureView('first-minute-no-policy', 'show');
  });
}

if (scenario() === 'block') {
  test('the view lists a file, the commit and the installed extension; the commit opens with git show', async () => {
    const { findings } = await waitFor('the extension row', async () => {
      const state = await snapshot();
      return state.findings.some((row) => row.source === 'extension') ? state : undefined;
    });
    const sources = new Set(findings.map((row) => row.source));
    for (const source of ['commit', 'extension', 'file']) assert.ok(sources.has(source), `no ${source} row in ${JSON.stringify(findings)}`);
    // One row per commit, labelled with its short id and subject (an earlier test adds a second commit).
    const labels = findings.filter((row) => row.source === 'commit').map((row) => row.label);
    assert.ok(labels.some((label) => /^[0-9a-f]{7} Add the greeting module$/.test(label)), JSON.stringify(labels));
    const { commits } = await snapshot();
    const greeting = commits.find((commit) => commit.evidence.some((e) => e.label.includes('Co-Authored-By: Claude <noreply@anthropic.com>')))!;
    await vscode.commands.executeCommand('aiguard.openCommit', workspaceRoot(), greeting.id);
    const editor = await waitFor('the commit document', () => (vscode.window.activeTextEditor?.document.uri.scheme === 'aiguard-commit' ? vscode.window.activeTextEditor : undefined));
    assert.match(editor.document.getText(), /Add the greeting module[\s\S]*Co-Authored-By: Claude <noreply@anthropic\.com>[\s\S]*CLAUDE\.md/);
    await captureView('findings-view-and-commit');
  });

  test('a diagnostic links its rule to the catalog entry', async () => {
    const diagnostic = vscode.languages.getDiagnostics(workspaceUri('CLAUDE.md')).find((d) => d.source === 'aiguard');
    const code = diagnostic?.code;
    assert.ok(typeof code === 'object', `expected { value, target }, got ${JSON.stringify(code)}`);
    assert.equal(String(code.value), 'claude-code/claude-md');
    const document = await vscode.workspace.openTextDocument(code.target);
    assert.match(document.getText(), /^# claude-code\/claude-md\n\nCLAUDE\.md memory file/);
    await vscode.window.showTextDocument(document, { preview: true });
    await captureView('catalog-entry');
  });

  test('only what the policy blocks raises a notification: the blocked extension does, a warned terminal command does not', async () => {
    const before = (await snapshot()).notifications;
    assert.ok(before.some((text) => text.toLowerCase() === 'extension anthropic.claude-code'), JSON.stringify(before));
    // Codex is not named by the fixture policy: the built-in default warns, so it is listed but does not pop up.
    await vscode.commands.executeCommand('aiguard._checkTerminalCommand', 'npx @openai/codex@latest');
    assert.deepEqual((await snapshot()).notifications, before);
  });

  test('a terminal finding leaves the view when its terminal is closed', async () => {
    const terminal = vscode.window.createTerminal({ name: 'e2e closing', shellPath: '/bin/bash' });
    terminal.show();
    const integration = await waitFor('shell integration', () => terminal.shellIntegration, 30_000);
    integration.executeCommand('CI=1 claude --version');
    await waitFor('the terminal row', async () => (await snapshot()).findings.some((row) => row.source === 'terminal' && row.description.includes('e2e closing')), 15_000);
    terminal.dispose();
    await waitFor('the terminal row to go', async () => !(await snapshot()).findings.some((row) => row.description.includes('e2e closing')));
    const { status, findings } = await snapshot();
    assert.equal(status.counts.block + status.counts.warn, findings.length);
  });

  test('policy files are validated with the shipped schema (jsonValidation), offline', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const validation = (extension.packageJSON as { contributes: { jsonValidation: { fileMatch: string[]; url: string }[] } }).contributes.jsonValidation;
    assert.deepEqual(validation[0]!.fileMatch, ['.aiguard.json', '**/aiguard/policy.json']);
    assert.ok(existsSync(path.join(extension.extensionPath, validation[0]!.url)), 'the schema is not shipped beside the bundle');
    const uri = workspaceUri('policies/aiguard/policy.json');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('{\n  "defualt": "warn"\n}\n'));
    try {
      await vscode.window.showTextDocument(uri);
      const problem = await waitFor('a schema diagnostic', () => vscode.languages.getDiagnostics(uri).find((d) => /defualt/.test(d.message) || /not allowed/i.test(d.message)), 20_000);
      assert.equal(problem.range.start.line, 1);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await captureView('policy-schema-validation');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(workspaceUri('policies'), { recursive: true });
    }
  });

  test('the walkthrough opens', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#aiguard.start`, false);
    await sleep(2000);
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    assert.ok(existsSync(await requestScreenshot('walkthrough')));
  });
}
