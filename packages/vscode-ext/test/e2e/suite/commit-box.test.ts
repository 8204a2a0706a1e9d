/** @fileoverview The commit message guard through the built-in Git extension: warning state and the strip action. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { scenario, sleep, snapshot, waitFor, workspaceRoot } from './helpers';
import { test } from './runner';
import { requestScreenshot } from './screenshot';

interface GitRepository {
  rootUri: vscode.Uri;
  inputBox: { value: string };
}

/**
 * The fixture's repository, with the Source Control view shown: the box's text reaches its document (and so the guard's
 * change event) through the view's editor, as it does when someone types in it.
 */
async function repository(): Promise<GitRepository> {
  const git = vscode.extensions.getExtension<{ getAPI(v: 1): { repositories: GitRepository[] } }>('vscode.git');
  assert.ok(git, 'the built-in Git extension is missing');
  const api = (await git.activate()).getAPI(1);
  const repo = await waitFor('the Git extension to open the fixture repository', () => api.repositories.find((r) => r.rootUri.fsPath === workspaceRoot()));
  await vscode.commands.executeCommand('workbench.view.scm');
  return repo;
}

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

if (scenario() === 'block') {
  test('a Claude Code trailer typed into the commit box raises the guard and counts in the status bar', async () => {
    const repo = await repository();
    const before = (await snapshot()).status.counts.block;
    repo.inputBox.value = `Fix the greeting\n\nCo-authored-by: Dana Developer <dana@example.com>\n${TRAILER}\n`;
    const box = await waitFor('the commit box warning', async () => (await snapshot()).commitBox.violations[0]);
    assert.equal(box.root, workspaceRoot());
    assert.deepEqual(box.violations.map((v) => [v.assistant, v.line, v.text]), [['claude-code', 4, TRAILER]]);
    assert.equal((await snapshot()).status.counts.block, before + 1);
    // The aiguard view lists the commit-box line beside the other findings; then the Source Control view with the box.
    await vscode.commands.executeCommand('aiguard.findings.focus');
    assert.ok((await snapshot()).findings.some((row) => row.source === 'commit-box' && row.label === TRAILER));
    await vscode.commands.executeCommand('workbench.view.scm');
    await vscode.commands.executeCommand('notifications.showList');
    await sleep(4000);
    await requestScreenshot('commit-box-warning');
  });

  test('aiguard.stripCommitTrailers removes only the banned trailer line and clears the warning', async () => {
    const repo = await repository();
    const changed = await vscode.commands.executeCommand('aiguard.stripCommitTrailers');
    assert.equal(changed, 1);
    assert.equal(repo.inputBox.value, 'Fix the greeting\n\nCo-authored-by: Dana Developer <dana@example.com>\n');
    await waitFor('the warning to clear', async () => (await snapshot()).commitBox.violations.length === 0);
  });

  test('a "Generated with Claude Code" footer is stripped too, trailing blank lines with it', async () => {
    const repo = await repository();
    repo.inputBox.value = 'Add tests\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n' + TRAILER;
    await waitFor('the commit box warning', async () => (await snapshot()).commitBox.violations.length === 1);
    await vscode.commands.executeCommand('aiguard.stripCommitTrailers');
    assert.equal(repo.inputBox.value, 'Add tests');
    repo.inputBox.value = '';
  });
}

if (scenario() === 'allow') {
  test('under a policy that allows Claude Code the commit box stays quiet', async () => {
    const repo = await repository();
    assert.equal((await snapshot()).commitBox.available, true);
    const readsBefore = (await snapshot()).work.commitBoxReads;
    repo.inputBox.value = `Fix the greeting\n\n${TRAILER}\n`;
    // The guard checks on the box document's change event; give a wrong warning time to show.
    await waitFor('the guard to read the box', async () => (await snapshot()).work.commitBoxReads > readsBefore);
    await sleep(1000);
    assert.deepEqual((await snapshot()).commitBox.violations, []);
    assert.equal((await snapshot()).status.state, 'clean');
    repo.inputBox.value = '';
  });
}

if (scenario() === 'restricted') {
  test('in Restricted Mode the Git extension is off, so the commit box guard is inactive (and nothing fails)', async () => {
    assert.equal((await snapshot()).commitBox.available, false);
  });
}
