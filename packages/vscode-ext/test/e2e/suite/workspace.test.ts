/** @fileoverview Workspace findings in the real editor: diagnostics on signature files, the status bar and the commits view. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { aiguardDiagnostics, scenario, setWorkspacePolicyFile, snapshot, waitFor, workspaceRoot, workspaceUri } from './helpers';
import { test } from './runner';

const banned = scenario() === 'block' || scenario() === 'restricted';
const CLAUDE_MD_MESSAGE = 'CLAUDE.md memory file (Claude Code, Anthropic) — blocked by repository policy .aiguard.json';

/** A diagnostic's rule id, whether its code is the id or `{ value, target }`. */
function ruleOf(diagnostic: vscode.Diagnostic | undefined): string | undefined {
  const code = diagnostic?.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

if (scenario() === 'restricted') {
  test('the fixture workspace is in Restricted Mode (not trusted)', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });
} else if (scenario() === 'block' || scenario() === 'allow') {
  test('the fixture workspace is trusted (the runner passes --disable-workspace-trust)', () => {
    assert.equal(vscode.workspace.isTrusted, true);
  });
}

if (banned) {
  test('the first scan runs by itself after startup and puts an Error on CLAUDE.md', async () => {
    const uri = workspaceUri('CLAUDE.md');
    const diagnostic = await waitFor('an aiguard diagnostic on CLAUDE.md', () =>
      vscode.languages.getDiagnostics(uri).find((d) => d.source === 'aiguard'),
    );
    assert.equal(diagnostic.message, CLAUDE_MD_MESSAGE);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(ruleOf(diagnostic), 'claude-code/claude-md');
    // The range covers the matched text: for a signature file, its first line.
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character], [0, 0, 0, '# CLAUDE.md'.length]);
    const { timings } = await snapshot();
    // activate() only registers; the scan runs after it, off the activation path.
    assert.ok(timings.activationMs < 100, `activate() took ${timings.activationMs} ms`);
    console.log(`[aiguard-e2e] # activate() ${timings.activationMs.toFixed(1)} ms; first scan done ${timings.firstScanMs?.toFixed(0)} ms after start (scan itself ${timings.lastScanMs} ms)`);
  });

  test('only signature files get diagnostics (README.md, greeting.js and notes.txt do not)', async () => {
    await vscode.commands.executeCommand('aiguard.scanWorkspace');
    const files = aiguardDiagnostics().map(([uri]) => path.relative(workspaceRoot(), uri.fsPath));
    assert.deepEqual(files, ['CLAUDE.md']);
  });

  test('the status bar counts exactly the rows of the aiguard view and names the repository policy', async () => {
    const { status, findings } = await snapshot();
    assert.equal(status.state, 'violations');
    assert.match(status.text, /^\$\(error\) aiguard: \d+ blocked/);
    assert.ok(status.counts.block >= 2, `expected CLAUDE.md and the commit to block, got ${JSON.stringify(status.counts)}`);
    assert.equal(status.counts.block + status.counts.warn, findings.length, JSON.stringify(findings));
    // The commit carries a trailer and a footer: one row, not two.
    assert.equal(findings.filter((row) => row.source === 'commit').length, 1, JSON.stringify(findings));
    assert.deepEqual(status.policySources, ['repository policy .aiguard.json']);
    assert.match(status.tooltip, /Policy: repository policy \.aiguard\.json/);
  });

  test('the commits view lists the Claude Code commit with its trailer and footer, and not the human commit', async () => {
    const { commits } = await snapshot();
    assert.equal(commits.length, 1, JSON.stringify(commits));
    const [commit] = commits;
    assert.equal(commit!.kind, 'commit');
    assert.equal(commit!.verdict, 'block');
    const labels = commit!.evidence.map((e) => e.label);
    assert.ok(labels.some((l) => l.includes('Co-Authored-By: Claude <noreply@anthropic.com>')), labels.join('\n'));
    assert.ok(commit!.evidence.some((e) => e.signature === 'claude-code/generated-with-footer'), labels.join('\n'));
  });

  test('a new signature file gets a diagnostic after the debounced rescan (file create event)', async () => {
    const uri = workspaceUri('.claude/settings.json');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('{}\n'));
    const diagnostic = await waitFor('a diagnostic on .claude/settings.json', () =>
      vscode.languages.getDiagnostics(uri).find((d) => d.source === 'aiguard'),
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    await vscode.workspace.fs.delete(workspaceUri('.claude'), { recursive: true });
    await waitFor('the diagnostic to go after the file is deleted', () => vscode.languages.getDiagnostics(uri).every((d) => d.source !== 'aiguard'));
  });

  test('a new commit made outside the editor shows up in the commits view once HEAD moves', async () => {
    const message = 'Tidy the greeting\n\nCo-Authored-By: Claude Sonnet 4.6 <noreply@anthropic.com>';
    execFileSync('git', ['-c', 'user.name=Dana Developer', '-c', 'user.email=dana@example.com', '-c', 'commit.gpgsign=false', 'commit', '--allow-empty', '--quiet', '-m', message], { cwd: workspaceRoot() });
    const commits = await waitFor('two commits in the view', async () => {
      const { commits } = await snapshot();
      return commits.length === 2 ? commits : undefined;
    }, 20_000);
    assert.ok(commits[0]!.evidence.some((e) => e.label === 'line 3: Co-Authored-By: Claude Sonnet 4.6 <noreply@anthropic.com>'), JSON.stringify(commits[0]));
  });

  test('aiguard.showPolicy (the status bar click) names the layer and the rule that decided Claude Code', async () => {
    const report = (await vscode.commands.executeCommand('aiguard.showPolicy')) as { folder: string; layers: string[]; decisions: Record<string, string> }[];
    assert.equal(report.length, 1);
    assert.equal(report[0]!.folder, workspaceRoot());
    assert.deepEqual(report[0]!.layers, ['repository policy .aiguard.json']);
    assert.equal(report[0]!.decisions['claude-code'], `block (repository policy ${path.join(workspaceRoot(), '.aiguard.json')} (assistants.claude-code: block))`);
  });

  test('aiguard.explainFinding explains the CLAUDE.md diagnostic (the code action passes uri and code)', async () => {
    const text = (await vscode.commands.executeCommand('aiguard.explainFinding', { uri: workspaceUri('CLAUDE.md').toString(), code: 'claude-code/claude-md' })) as string;
    assert.match(text, /^Claude Code \(Anthropic\): blocked by repository policy \.aiguard\.json — CLAUDE\.md memory file\n/);
    assert.match(text, /signature: claude-code\/claude-md \(repo-path, \w+\)/);
    assert.match(text, /verdict: block, decided by repository policy .*\(assistants\.claude-code: block\)/);
  });

  test('the CLAUDE.md diagnostic offers quick fixes: explain, show policy and delete the file', async () => {
    await vscode.workspace.openTextDocument(workspaceUri('CLAUDE.md')); // the provider runs on an open document
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', workspaceUri('CLAUDE.md'), new vscode.Range(0, 0, 0, 0))) as vscode.CodeAction[];
    const titles = actions.map((a) => a.title).filter((t) => t.startsWith('aiguard:'));
    assert.deepEqual(titles, ['aiguard: explain claude-code/claude-md', 'aiguard: show policy', 'aiguard: delete CLAUDE.md']);
  });

  test('a broken .aiguard.json fails closed: error status and a diagnostic on the policy file', async () => {
    const file = path.join(workspaceRoot(), '.aiguard.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, '{ "assistants": { "claude-code": "blok" } }\n');
    try {
      await vscode.commands.executeCommand('aiguard.scanWorkspace');
      const { status } = await snapshot();
      assert.equal(status.state, 'error');
      const diagnostic = vscode.languages.getDiagnostics(vscode.Uri.file(file)).find((d) => d.source === 'aiguard');
      assert.match(diagnostic?.message ?? '', /aiguard policy error: .*\$\.assistants\.claude-code: expected one of "block", "warn", "allow", got "blok" \(did you mean "block"\?\)/);
      assert.equal(diagnostic?.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      writeFileSync(file, original);
      await vscode.commands.executeCommand('aiguard.scanWorkspace');
    }
    assert.equal((await snapshot()).status.state, 'violations');
  });

  test('a policy that is not JSON gets its diagnostic on the line the error is on, saying JSON has no comments', async () => {
    const file = path.join(workspaceRoot(), '.aiguard.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, '{\n  // Claude is banned\n  "assistants": { "claude-code": "block" }\n}\n');
    try {
      await vscode.commands.executeCommand('aiguard.scanWorkspace');
      const diagnostic = vscode.languages.getDiagnostics(vscode.Uri.file(file)).find((d) => d.source === 'aiguard');
      assert.match(diagnostic?.message ?? '', /not valid JSON: line 2, column 3: .*JSON has no comments/);
      assert.equal(diagnostic?.range.start.line, 1);
    } finally {
      writeFileSync(file, original);
      await vscode.commands.executeCommand('aiguard.scanWorkspace');
    }
  });

  test('aiguard.enable = false in the user settings (no managed or user policy) clears the diagnostics and the commits view; true brings them back', async () => {
    const config = vscode.workspace.getConfiguration('aiguard');
    // Machine-scoped: a workspace cannot even write it, so it cannot switch the guard off.
    await assert.rejects(async () => config.update('enable', false, vscode.ConfigurationTarget.Workspace), /can be written only into User settings/);
    await config.update('enable', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('the diagnostics to clear', () => aiguardDiagnostics().length === 0);
      const state = await snapshot();
      assert.equal(state.enabled, false);
      assert.deepEqual(state.commits, []);
    } finally {
      await config.update('enable', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the CLAUDE.md diagnostic to come back', () => vscode.languages.getDiagnostics(workspaceUri('CLAUDE.md')).some((d) => d.source === 'aiguard'));
  });

  test('a workspace setting cannot loosen the policy: aiguard.policyFile that allows Claude Code changes nothing', async () => {
    const file = path.join(workspaceRoot(), 'loosen.aiguard.json');
    writeFileSync(file, JSON.stringify({ default: 'allow', assistants: { 'claude-code': 'allow' } }));
    try {
      await setWorkspacePolicyFile(file);
      const { status } = await snapshot();
      assert.equal(status.state, 'violations');
      // In Restricted Mode VS Code ignores the workspace value of this restricted setting altogether.
      if (scenario() !== 'restricted') assert.ok(status.policySources.some((s) => s.startsWith('settings policy')), JSON.stringify(status.policySources));
      else assert.deepEqual(status.policySources, ['repository policy .aiguard.json']);
      const diagnostic = vscode.languages.getDiagnostics(workspaceUri('CLAUDE.md')).find((d) => d.source === 'aiguard');
      assert.equal(diagnostic?.message, CLAUDE_MD_MESSAGE);
      assert.equal(diagnostic?.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await setWorkspacePolicyFile(undefined);
      rmSync(file, { force: true });
    }
  });
}

if (scenario() === 'allow') {
  test('under a policy that allows Claude Code there is no aiguard diagnostic anywhere', async () => {
    await waitFor('the first scan', async () => (await snapshot()).scanned);
    await vscode.commands.executeCommand('aiguard.scanWorkspace');
    assert.deepEqual(aiguardDiagnostics().map(([uri, list]) => `${uri.fsPath}: ${list.map((d) => d.message).join('; ')}`), []);
  });

  test('the status bar is clean and still names the repository policy', async () => {
    const { status } = await snapshot();
    assert.equal(status.state, 'clean', JSON.stringify(status));
    assert.equal(status.text, '$(shield) aiguard: clean');
    assert.deepEqual(status.policySources, ['repository policy .aiguard.json']);
  });

  test('the commits view is empty', async () => {
    assert.deepEqual((await snapshot()).commits, []);
  });

  test('aiguard.policyFile can add a ban on top of an allowing repository policy, and removing it clears it', async () => {
    const file = path.join(workspaceRoot(), 'tighten.aiguard.json');
    writeFileSync(file, JSON.stringify({ assistants: { 'claude-code': 'block' } }));
    try {
      await setWorkspacePolicyFile(file);
      const { status } = await snapshot();
      assert.equal(status.state, 'violations');
      const diagnostic = vscode.languages.getDiagnostics(workspaceUri('CLAUDE.md')).find((d) => d.source === 'aiguard');
      assert.equal(diagnostic?.message, 'CLAUDE.md memory file (Claude Code, Anthropic) — blocked by settings policy tighten.aiguard.json');
    } finally {
      await setWorkspacePolicyFile(undefined);
      rmSync(file, { force: true });
    }
    assert.equal((await snapshot()).status.state, 'clean');
    assert.deepEqual(aiguardDiagnostics(), []);
  });
}

if (scenario() === 'managed') {
  const managedFile = (): string => process.env.AIGUARD_MANAGED_POLICY ?? '';

  test('the repository\'s "aiguard.enable": false cannot switch the guard off, and the guard says it ignored it', async () => {
    const { enabled, ignoredSettings } = await snapshot();
    assert.equal(enabled, true);
    assert.equal(vscode.workspace.getConfiguration('aiguard').get('enable'), true, 'a machine-scoped setting has no workspace value');
    assert.ok(
      ignoredSettings.some((message) => message.includes('aiguard.enable: false in the workspace settings was ignored')),
      JSON.stringify(ignoredSettings),
    );
  });

  test('the repository\'s "aiguard.historyDepth": 0 is ignored too: the Claude Code commit is still listed', async () => {
    await vscode.commands.executeCommand('aiguard.scanWorkspace');
    const { commits } = await waitFor('the commits view to list a commit', async () => ((await snapshot()).commits.length > 0 ? snapshot() : undefined));
    assert.equal(commits.length, 1, JSON.stringify(commits));
  });

  test('a repository .aiguard.json that allows Claude Code cannot undo the managed ban: CLAUDE.md is an Error naming the managed policy', async () => {
    const diagnostic = await waitFor('an aiguard diagnostic on CLAUDE.md', () =>
      vscode.languages.getDiagnostics(workspaceUri('CLAUDE.md')).find((d) => d.source === 'aiguard'),
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic.message, 'CLAUDE.md memory file (Claude Code, Anthropic) — blocked by the managed policy');
    // The managed file lives outside the workspace: it is linked, not spelled out in the message.
    assert.deepEqual(diagnostic.relatedInformation?.map((info) => [info.location.uri.fsPath, info.message]), [[managedFile(), 'the managed policy that blocks Claude Code']]);
  });

  test('the status bar shows violations and lists the managed layer above the repository layer', async () => {
    const { status, commits } = await snapshot();
    assert.equal(status.state, 'violations', JSON.stringify(status));
    assert.deepEqual(status.policySources, [`managed policy ${managedFile()}`, 'repository policy .aiguard.json']);
    assert.equal(commits.length, 1, JSON.stringify(commits));
    assert.equal(commits[0]!.verdict, 'block');
  });
}

if (scenario() === 'plain') {
  test('in a folder without git and without a policy, footprints are Warnings listed for review', async () => {
    await waitFor('the first scan', async () => (await snapshot()).scanned);
    const found = aiguardDiagnostics()
      .map(([uri, list]) => list.map((d) => [path.relative(workspaceRoot(), uri.fsPath), d.severity, d.message] as const))
      .flat()
      .sort();
    assert.deepEqual(found, [
      ['.cursorrules', vscode.DiagnosticSeverity.Warning, 'Legacy .cursorrules (Cursor, Anysphere) — no policy applies, listed for review'],
      ['CLAUDE.md', vscode.DiagnosticSeverity.Warning, 'CLAUDE.md memory file (Claude Code, Anthropic) — no policy applies, listed for review'],
    ]);
  });

  test('without a policy the status item is a quiet count of the view (two files, the stub extension), and no notification is shown', async () => {
    const { status, commits, extensions, findings, notifications } = await snapshot();
    assert.deepEqual(extensions.map((e) => [e.extensionId.toLowerCase(), e.verdict]), [['anthropic.claude-code', 'warn']]);
    assert.equal(status.state, 'found');
    assert.equal(status.text, '$(eye) aiguard: 3 found');
    assert.deepEqual(findings.map((row) => [row.source, row.label.toLowerCase()]).sort(), [['extension', 'anthropic.claude-code'], ['file', '.cursorrules'], ['file', 'claude.md']]);
    assert.deepEqual(notifications, []);
    assert.deepEqual(status.policySources, []);
    assert.match(status.tooltip, /no policy found/);
    assert.deepEqual(commits, []);
  });
}
