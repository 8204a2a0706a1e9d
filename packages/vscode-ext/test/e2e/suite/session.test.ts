/** @fileoverview A scripted editing session (saves, a CLAUDE.md, typing and a commit) whose scans and commit-box reads are counted. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { scenario, sleep, snapshot, waitFor, workspaceRoot, workspaceUri, type Snapshot } from './helpers';
import { test } from './runner';

interface GitRepository {
  rootUri: vscode.Uri;
  inputBox: { value: string };
  state: { HEAD?: { commit?: string }; indexChanges: unknown[] };
}

/** Longer than the scanner's 400 ms debounce plus a scan of the fixture, so a scan that is due has started. */
const SETTLE_MS = 2000;
const SAVES = 20;
const MESSAGE = 'Add the app module';

async function repository(): Promise<GitRepository> {
  const git = vscode.extensions.getExtension<{ getAPI(v: 1): { repositories: GitRepository[] } }>('vscode.git');
  assert.ok(git, 'the built-in Git extension is missing');
  const api = (await git.activate()).getAPI(1);
  return waitFor('the Git extension to open the fixture repository', () => api.repositories.find((r) => r.rootUri.fsPath === workspaceRoot()));
}

function scansSince(before: Snapshot['work'], after: Snapshot['work']): { count: number; reasons: string[] } {
  const count = after.scans.started - before.scans.started;
  return { count, reasons: after.scans.reasons.slice(after.scans.reasons.length - count) };
}

async function work(): Promise<Snapshot['work']> {
  return (await snapshot()).work;
}

if (scenario() === 'session') {
  test('the status item shows within a second of activate(), without waiting for a scan', async () => {
    const file = process.env.AIGUARD_E2E_STATUS_ITEM_FILE;
    assert.ok(file, 'AIGUARD_E2E_STATUS_ITEM_FILE is not set: run the suite through test/e2e/run.mjs');
    const shownAt = Number(await waitFor('the runner to see the status item', () => existsSync(file) && readFileSync(file, 'utf8')));
    await waitFor('the first scan', async () => (await snapshot()).scanned);
    const { timings } = await snapshot();
    const shownAfterMs = shownAt - timings.activatedAt;
    console.log(`[aiguard-e2e] # status item shown ${shownAfterMs} ms after activate() (activate() itself ${timings.activationMs.toFixed(1)} ms; first scan done ${timings.firstScanMs?.toFixed(0)} ms after the controller started)`);
    assert.ok(shownAfterMs >= 0 && shownAfterMs <= 1000, `status item shown ${shownAfterMs} ms after activate()`);
  });

  test(`a session of ${SAVES} saves, one CLAUDE.md, typing a message and one commit scans twice and reads the box only when it changes`, async () => {
    const repo = await repository();
    await waitFor('the first scan', async () => (await snapshot()).scanned);
    await sleep(SETTLE_MS); // start-up triggers (the Git extension opening, its first status) come and go
    const start = await work();
    const startedAt = Date.now();

    // Ordinary saves through the editor: no scan at all.
    const document = await vscode.workspace.openTextDocument(workspaceUri('src/app.ts'));
    await vscode.window.showTextDocument(document);
    let saved = 0;
    const counting = vscode.workspace.onDidSaveTextDocument((doc) => (saved += doc.uri.toString() === document.uri.toString() ? 1 : 0));
    try {
      for (let i = 0; i < SAVES; i++) {
        const edit = new vscode.WorkspaceEdit();
        edit.insert(document.uri, new vscode.Position(document.lineCount, 0), `// edit ${i}\n`);
        assert.ok(await vscode.workspace.applyEdit(edit), `edit ${i} failed`);
        // save() can answer false while the write still lands: the disk is the judge.
        await document.save();
        await waitFor(`save ${i} on disk`, () => readFileSync(document.uri.fsPath, 'utf8').includes(`// edit ${i}\n`));
      }
      await waitFor(`${SAVES} save events`, () => saved === SAVES);
    } finally {
      counting.dispose();
    }
    await sleep(SETTLE_MS);
    const afterSaves = await work();
    assert.deepEqual(scansSince(start, afterSaves), { count: 0, reasons: [] }, 'ordinary saves must not rescan');

    // A new signature file: one scan, and its diagnostic.
    const claude = workspaceUri('src/CLAUDE.md');
    await vscode.workspace.fs.writeFile(claude, Buffer.from('# CLAUDE.md\n'));
    await waitFor('a diagnostic on src/CLAUDE.md', () => vscode.languages.getDiagnostics(claude).some((d) => d.source === 'aiguard'));
    await sleep(SETTLE_MS);
    const afterClaude = await work();
    const claudeScans = scansSince(afterSaves, afterClaude);
    assert.equal(claudeScans.count, 1, JSON.stringify(claudeScans));
    assert.match(claudeScans.reasons[0] ?? '', /src\/CLAUDE\.md/);

    // Idle: a poll would read the box every second; the event-driven guard reads nothing.
    await sleep(SETTLE_MS);
    const afterIdle = await work();
    assert.equal(afterIdle.commitBoxReads, afterClaude.commitBoxReads, 'the commit box was read while nothing changed');

    // Typing the message one character at a time into the Source Control view's box: the guard reads once typing pauses.
    await vscode.commands.executeCommand('workbench.view.scm');
    await sleep(500);
    const viewShown = await work();
    for (let i = 1; i <= MESSAGE.length; i++) {
      repo.inputBox.value = MESSAGE.slice(0, i);
      await sleep(30);
    }
    const typed = await waitFor('the guard to read the whole message', async () => {
      const now = await work();
      return now.commitBoxReads - viewShown.commitBoxReads >= 1 ? now : undefined;
    });
    await sleep(500);
    const afterTyping = await work();
    const typingReads = afterTyping.commitBoxReads - viewShown.commitBoxReads;
    assert.ok(typed && typingReads <= MESSAGE.length, `${typingReads} reads for ${MESSAGE.length} keystrokes`);
    assert.equal(scansSince(afterIdle, afterTyping).count, 0, 'typing in the commit box must not rescan');

    // One commit through the Source Control view's command: one scan (HEAD moved).
    const head = repo.state.HEAD?.commit;
    execFileSync('git', ['add', 'src/app.ts'], { cwd: workspaceRoot() });
    // git.commit asks (a modal) when it believes nothing is staged: wait until the Git extension has seen the index.
    await waitFor('the Git extension to see the staged file', () => repo.state.indexChanges.length > 0, 20_000);
    await vscode.commands.executeCommand('git.commit');
    await waitFor('HEAD to move', () => repo.state.HEAD?.commit !== head, 20_000);
    assert.equal(repo.inputBox.value, '', 'the commit took the message from the box');
    await sleep(SETTLE_MS);
    const end = await work();
    const commitScans = scansSince(afterTyping, end);
    assert.equal(commitScans.count, 1, JSON.stringify(commitScans));
    const committed = execFileSync('git', ['log', '-1', '--format=%s'], { cwd: workspaceRoot(), encoding: 'utf8' }).trim();
    assert.equal(committed, MESSAGE);

    // The 1 s poll this replaced would have read the box once per second of the session.
    const seconds = Math.round((Date.now() - startedAt) / 1000);
    const session = {
      saves: SAVES,
      keystrokes: MESSAGE.length,
      scans: end.scans.started - start.scans.started,
      commitBoxReads: end.commitBoxReads - start.commitBoxReads,
      idleReads: afterIdle.commitBoxReads - afterClaude.commitBoxReads,
      idleSeconds: SETTLE_MS / 1000,
      seconds,
    };
    console.log(`[aiguard-e2e] # session counts ${JSON.stringify(session)}; reasons: ${JSON.stringify(end.scans.reasons.slice(-session.scans))}`);
  });
}

if (scenario() === 'session') {
  test('a policy edit saved in the editor rescans once, and so does checking out a new claude/ branch', async () => {
    const before = await work();
    const policy = await vscode.workspace.openTextDocument(workspaceUri('.aiguard.json'));
    await vscode.window.showTextDocument(policy);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(policy.uri, new vscode.Position(policy.lineCount, 0), '\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await policy.save();
    await waitFor('a rescan for the policy', async () => (await work()).scans.started > before.scans.started);
    await sleep(SETTLE_MS);
    const afterPolicy = await work();
    assert.deepEqual(scansSince(before, afterPolicy), { count: 1, reasons: ['changed .aiguard.json'] });

    execFileSync('git', ['checkout', '--quiet', '-b', 'claude/tidy-greeting-3T29K'], { cwd: workspaceRoot() });
    const branch = await waitFor('the branch in the commits view', async () => (await snapshot()).commits.find((c) => c.kind === 'ref' && c.id === 'refs/heads/claude/tidy-greeting-3T29K'));
    assert.equal(branch.kind, 'ref');
    await sleep(SETTLE_MS);
    const branchScans = scansSince(afterPolicy, await work());
    assert.equal(branchScans.count, 1, JSON.stringify(branchScans));
  });
}
