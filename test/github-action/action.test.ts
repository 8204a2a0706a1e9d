/**
 * @fileoverview The GitHub Action run as the runner runs it, on real repositories with recorded pull_request and push
 * payloads: pull-request scope, the report file, job summary, outputs, annotations, fail-on, shallow checkouts.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, runAction } from '../helpers/github-runner.js';
import { BLOCK_CLAUDE, CLAUDE_TRAILER, createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';

describe('the aiguard GitHub Action', () => {
  let sandbox: HookSandbox;
  let repo: string;
  /** main: the policy, then an old Claude commit (already on main before the pull requests). */
  let base: string;
  let cleanHead: string;
  let dirtyHead: string;

  beforeAll(() => {
    sandbox = createHookSandbox();
    repo = sandbox.initRepo('widgets');
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': BLOCK_CLAUDE });
    base = sandbox.commit(repo, `Old generated work\n\n${CLAUDE_TRAILER}\n`);
    sandbox.gitOk(repo, 'switch', '-q', '-c', 'feature/clean');
    sandbox.commit(repo, 'Add the exporter\n', { 'src/exporter.ts': 'export {};\n' });
    cleanHead = sandbox.commit(repo, 'Test the exporter\n', { 'src/exporter.test.ts': 'export {};\n' });
    sandbox.gitOk(repo, 'switch', '-q', '-c', 'feature/dirty', base);
    sandbox.commit(repo, 'Add notes for the assistant\n', { 'CLAUDE.md': '# notes\n' });
    dirtyHead = sandbox.commit(repo, `Generated exporter\n\n${CLAUDE_TRAILER}\n`);
    sandbox.gitOk(repo, 'switch', '-q', 'main');
  });
  afterAll(() => sandbox.cleanup());

  // actions/checkout checks out the pull request's merge commit, detached; the head stands in for it here.
  const pullRequest = (head: string, inputs: Record<string, string> = {}) => {
    sandbox.gitOk(repo, 'checkout', '-q', '--detach', head);
    return runAction({ workspace: repo, eventName: 'pull_request', payload: 'pull_request.json', fill: { BASE_SHA: base, HEAD_SHA: head, BEFORE_SHA: base, MERGE_SHA: head }, inputs: { scope: 'pull-request', ...inputs }, env: sandbox.env });
  };

  it('is a node24 Action whose inputs are the documented five', () => {
    expect(ACTION.runs.using).toBe('node24');
    expect(Object.keys(ACTION.inputs).sort()).toEqual(['fail-on', 'format', 'path', 'policy', 'scope']);
    expect(Object.keys(ACTION.outputs).sort()).toEqual(['blocking', 'report', 'warnings']);
  });

  it('passes a pull request that adds only clean commits although main holds a Claude commit', async () => {
    const run = await pullRequest(cleanHead);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`pull request #7: the commits it adds (${base.slice(0, 12)}..${cleanHead.slice(0, 12)})`);
    expect(run.outputs.blocking).toBe('0');
    expect(run.stdout).not.toMatch(/^::error/m);
  });

  it('fails a pull request that adds a Claude commit and CLAUDE.md, with annotations, SARIF, summary and outputs', async () => {
    const run = await pullRequest(dirtyHead);
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.blocking).toBe('2');
    const sarif = JSON.parse(run.report!) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((result) => result.ruleId).sort()).toEqual(['claude-code/claude-md', 'claude-code/co-author-trailer']);
    expect(run.stdout).toMatch(/^::error file=CLAUDE\.md,title=aiguard%3A claude-code\/claude-md::Blocked: Claude Code \(Anthropic\)/m);
    expect(run.stdout).toMatch(new RegExp(`^::error title=aiguard%3A claude-code/co-author-trailer::Blocked: Claude Code \\(Anthropic\\) in commit ${dirtyHead.slice(0, 12)}`, 'm'));
    expect(run.summary).toMatch(/^#/m);
    expect(run.summary).toContain('claude-code/co-author-trailer');
  });

  it('scans everything with scope all, so the Claude commit already on main fails the run', async () => {
    const run = await pullRequest(cleanHead, { scope: 'all' });
    expect(run.exitCode).toBe(1);
    expect(Number(run.outputs.blocking)).toBeGreaterThan(0);
  });

  it('scans only the pushed commits on a recorded push event', async () => {
    const clean = await runAction({ workspace: repo, eventName: 'push', payload: 'push.json', fill: { BEFORE_SHA: base, AFTER_SHA: cleanHead, AFTER_TREE: base }, inputs: { scope: 'pull-request' }, env: sandbox.env });
    expect(clean.exitCode, clean.stdout).toBe(0);
    expect(clean.stdout).toContain(`push: the commits it adds (${base.slice(0, 12)}..${cleanHead.slice(0, 12)})`);
    const dirty = await runAction({ workspace: repo, eventName: 'push', payload: 'push.json', fill: { BEFORE_SHA: base, AFTER_SHA: dirtyHead, AFTER_TREE: base }, inputs: { scope: 'pull-request' }, env: sandbox.env });
    expect(dirty.exitCode).toBe(1);
  });

  it('follows fail-on: warn fails on warnings, never only reports', async () => {
    const noPolicy = sandbox.initRepo('no-policy');
    sandbox.commit(noPolicy, `Generated\n\n${CLAUDE_TRAILER}\n`);
    const run = (failOn: string) => runAction({ workspace: noPolicy, eventName: 'push', payload: 'push.json', fill: {}, inputs: { 'fail-on': failOn, format: 'codequality' }, env: sandbox.env });
    const lenient = await run('block');
    expect(lenient.exitCode).toBe(0);
    expect(lenient.outputs.warnings).toBe('1');
    expect(lenient.outputs.report).toMatch(/aiguard\.codequality\.json$/);
    expect(JSON.parse(lenient.report!)[0].severity).toBe('major');
    expect(lenient.stdout).toMatch(/^::warning /m);
    expect((await run('warn')).exitCode).toBe(1);
    expect((await run('never')).exitCode).toBe(0);
  });

  it('fails a shallow checkout with the fetch-depth: 0 fix', async () => {
    const shallow = join(sandbox.root, 'shallow');
    sandbox.gitOk(sandbox.root, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    const run = await runAction({ workspace: shallow, eventName: 'push', payload: 'push.json', fill: {}, env: sandbox.env });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toMatch(/^::error title=aiguard::aiguard: the checkout is shallow .*set `fetch-depth: 0` on actions\/checkout$/m);
    expect(run.outputs).toEqual({});
  });

  it('rejects a bad input with one annotation naming it and exit 2', async () => {
    const run = await pullRequest(cleanHead, { 'fail-on': 'sometimes' });
    expect(run.exitCode).toBe(2);
    expect(run.stdout.trim()).toBe('::error title=aiguard::aiguard: input fail-on: "sometimes" is not one of block, warn, never');
  });

  it('keeps workflow commands in scanned text from reaching the runner', async () => {
    const hostile = sandbox.initRepo('hostile');
    sandbox.commit(hostile, 'Add the policy\n', { '.aiguard.json': BLOCK_CLAUDE });
    sandbox.commit(hostile, `Innocent\n\n::add-mask::secret\nCo-Authored-By: Claude <noreply@anthropic.com>\n`);
    const run = await runAction({ workspace: hostile, eventName: 'push', payload: 'push.json', fill: {}, env: sandbox.env });
    expect(run.exitCode).toBe(1);
    const commandsOutsideStop = run.stdout.replace(/^::stop-commands::([\w-]+)\n[\s\S]*?^::\1::\n/m, '');
    expect(commandsOutsideStop).not.toContain('add-mask');
    for (const line of commandsOutsideStop.split('\n').filter((line) => line.startsWith('::'))) expect(line).toMatch(/^::(error|warning) /);
  });
});
