/** @fileoverview Smoke tests: the extension loads in a real VS Code and the runner's screenshot hook works. */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { test } from './runner';
import { requestScreenshot } from './screenshot';

test('extension aiguard.aiguard-vscode is present and activates', async () => {
  const ext = vscode.extensions.getExtension('aiguard.aiguard-vscode');
  assert.ok(ext, 'extension aiguard.aiguard-vscode not found');
  await ext.activate();
  assert.equal(ext.isActive, true);
  // Source folder by default, the installed copy under the extensions dir with --vsix.
  const root = process.env.AIGUARD_E2E_EXTENSION_ROOT;
  assert.ok(root, 'AIGUARD_E2E_EXTENSION_ROOT is not set');
  assert.ok(ext.extensionPath.startsWith(root), `extension loaded from ${ext.extensionPath}, expected below ${root}`);
});

test('the opened workspace folder is the one the runner asked for', () => {
  const expected = process.env.AIGUARD_E2E_WORKSPACE;
  assert.ok(expected, 'AIGUARD_E2E_WORKSPACE is not set');
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  assert.deepEqual(folders, [path.resolve(expected)]);
});

test('the runner takes a screenshot on request', async () => {
  const done = await requestScreenshot('smoke');
  assert.ok(existsSync(done));
});
