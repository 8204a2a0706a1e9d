/** @fileoverview Installed banned extensions and banned CLIs started in the integrated terminal (shell integration). */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { scenario, snapshot, waitFor } from './helpers';
import { test } from './runner';

// run.mjs installs a do-nothing stub with Claude Code's extension id.
const STUB_ID = 'anthropic.claude-code';

if (scenario() === 'block' || scenario() === 'restricted' || scenario() === 'managed') {
  test('the installed anthropic.claude-code extension is reported as blocked', async () => {
    assert.ok(vscode.extensions.getExtension(STUB_ID), `${STUB_ID} stub is not installed`);
    const found = await waitFor('the banned extension', async () => (await snapshot()).extensions.find((e) => e.extensionId.toLowerCase() === STUB_ID));
    assert.equal(found.assistant, 'claude-code');
    assert.equal(found.verdict, 'block');
  });
}

if (scenario() === 'allow') {
  test('under a policy that allows Claude Code its installed extension is not reported', async () => {
    assert.ok(vscode.extensions.getExtension(STUB_ID), `${STUB_ID} stub is not installed`);
    await waitFor('the first scan', async () => (await snapshot()).scanned);
    assert.deepEqual((await snapshot()).extensions, []);
  });
}

if (scenario() === 'block') {
  test('starting `claude` in an integrated terminal with shell integration is caught', async () => {
    const terminal = vscode.window.createTerminal({ name: 'e2e bash', shellPath: '/bin/bash' });
    try {
      terminal.show();
      const integration = await waitFor('shell integration in the bash terminal', () => terminal.shellIntegration, 30_000);
      integration.executeCommand('CI=1 claude --version');
      const hit = await waitFor('the terminal hit', async () => (await snapshot()).terminal.find((h) => h.assistant === 'claude-code'), 15_000);
      assert.equal(hit.verdict, 'block');
      assert.match(hit.commandLine, /claude --version/);
    } finally {
      terminal.dispose();
    }
  });

  test('ordinary commands in the terminal are not flagged (checked through the same matcher)', async () => {
    const none = await vscode.commands.executeCommand('aiguard._checkTerminalCommand', 'git commit -m "ask claude later"');
    assert.deepEqual(none, []);
    // Codex is not named by the fixture policy, so it gets the built-in default: warn.
    const hits = (await vscode.commands.executeCommand('aiguard._checkTerminalCommand', 'cd src && npx @openai/codex@latest')) as { assistant: string; verdict: string }[];
    assert.deepEqual(hits.map((h) => [h.assistant, h.verdict]), [['openai-codex', 'warn']]);
  });
}

if (scenario() === 'allow') {
  test('under a policy that allows Claude Code, `claude` in the terminal is not flagged', async () => {
    assert.deepEqual(await vscode.commands.executeCommand('aiguard._checkTerminalCommand', 'claude'), []);
  });
}
