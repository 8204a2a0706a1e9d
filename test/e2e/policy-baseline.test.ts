/** @fileoverview End-to-end: baselines survive a real rebase, cherry-pick and amend; ignores expire and are reported; unused entries are listed. */
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { claudeCommitMessage, createPolicyMachine, type PolicyMachine } from '../helpers/policy-env.js';
import { runCli } from '../helpers/run-cli.js';

let repo: FixtureRepo;
let machine: PolicyMachine;

beforeEach(() => {
  repo = createRepo();
  machine = createPolicyMachine();
  repo.commit({ message: 'Start', files: { 'README.md': 'hello\n', '.aiguard.json': JSON.stringify({ assistants: { 'claude-code': 'block' } }) } });
});
afterEach(() => {
  repo.cleanup();
  machine.cleanup();
});

async function scan(...args: string[]) {
  const result = await runCli(['scan', repo.path, '--format', 'json', ...args], { env: machine.env });
  return { exitCode: result.exitCode, stderr: String(result.stderr), report: JSON.parse(String(result.stdout)) };
}

describe('baseline', () => {
  test('a baseline made before a rebase still suppresses the same findings after it', async () => {
    repo.git('checkout', '-q', '-b', 'feature');
    const before = repo.commit({ message: claudeCommitMessage('Feature work'), files: { 'src/a.ts': 'a\n' } });
    repo.git('checkout', '-q', 'main');
    repo.commit({ message: 'Unrelated main work', files: { 'src/b.ts': 'b\n' } });
    repo.git('checkout', '-q', 'feature');
    expect((await scan()).exitCode).toBe(1);

    const create = await runCli(['baseline', 'create', repo.path], { env: machine.env });
    expect(create).toMatchObject({ exitCode: 0, stdout: `Wrote ${join(repo.path, '.aiguard-baseline.json')}: 1 accepted finding.\n` });
    const baseline = JSON.parse(readFileSync(join(repo.path, '.aiguard-baseline.json'), 'utf8'));
    expect(baseline.entries[0]).toMatchObject({ assistant: 'claude-code', signature: 'claude-code/co-author-trailer', location: `commit ${before.slice(0, 12)} line 3` });
    expect(JSON.stringify(baseline)).not.toContain(before);

    repo.git('-c', 'user.name=Ana Human', '-c', 'user.email=ana@example.com', 'rebase', '-q', 'main');
    const after = repo.git('rev-parse', 'HEAD');
    expect(after).not.toBe(before);
    const rescanned = await scan();
    expect(rescanned.exitCode).toBe(0);
    expect(rescanned.report.findings).toEqual([]);
    expect(rescanned.report.summary.suppressed).toBe(1);

    // A new finding after the baseline is still reported.
    repo.commit({ message: claudeCommitMessage('More feature work') });
    const newer = await scan();
    expect(newer.exitCode).toBe(1);
    expect(newer.report.findings).toHaveLength(1);
  });

  test('a baseline still suppresses a commit after it is cherry-picked to another branch and the original is gone', async () => {
    repo.git('checkout', '-q', '-b', 'feature');
    const original = repo.commit({ message: claudeCommitMessage('Feature work'), files: { 'src/a.ts': 'a\n' } });
    expect((await runCli(['baseline', 'create', repo.path], { env: machine.env })).exitCode).toBe(0);
    repo.git('checkout', '-q', 'main');
    repo.commit({ message: 'Unrelated main work', files: { 'src/b.ts': 'b\n' } });
    repo.git('-c', 'user.name=Bea Human', '-c', 'user.email=bea@example.com', 'cherry-pick', original);
    repo.git('branch', '-q', '-D', 'feature');
    const picked = repo.git('rev-parse', 'HEAD');
    expect(picked).not.toBe(original);
    const baselineFile = join(repo.path, '.aiguard-baseline.json');
    renameSync(baselineFile, `${baselineFile}.off`);
    const withoutBaseline = await scan();
    expect(withoutBaseline.report.findings.map((finding: { location: { commit: string } }) => finding.location.commit)).toEqual([picked]);
    renameSync(`${baselineFile}.off`, baselineFile);
    const rescanned = await scan();
    expect(rescanned.exitCode).toBe(0);
    expect(rescanned.report.summary.suppressed).toBe(1);
  });

  test('a baseline still suppresses a commit amended in fields the fingerprint does not hold (committer, files)', async () => {
    const original = repo.commit({ message: claudeCommitMessage('Feature work'), files: { 'src/a.ts': 'a\n' } });
    expect((await runCli(['baseline', 'create', repo.path], { env: machine.env })).exitCode).toBe(0);
    repo.write('src/c.ts', 'c\n');
    repo.git('add', 'src/c.ts');
    repo.git('-c', 'user.name=Bea Human', '-c', 'user.email=bea@example.com', 'commit', '-q', '--amend', '--no-edit', '--no-verify');
    expect(repo.git('rev-parse', 'HEAD')).not.toBe(original);
    const rescanned = await scan();
    expect(rescanned.exitCode).toBe(0);
    expect(rescanned.report.findings).toEqual([]);
    expect(rescanned.report.summary.suppressed).toBe(1);
  });

  test('--report-unused lists baseline entries and ignores that matched nothing', async () => {
    repo.commit({ message: claudeCommitMessage('Feature work') });
    expect((await runCli(['baseline', 'create', repo.path, '--output', join(repo.path, 'accepted.json')], { env: machine.env })).exitCode).toBe(0);
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    repo.write('.aiguard.json', JSON.stringify({ assistants: { 'claude-code': 'block' }, ignores: [{ path: 'vendor/**', reason: 'third-party code' }] }));
    const result = await scan('--baseline', join(repo.path, 'accepted.json'), '--report-unused');
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(`aiguard: unused ignore: repository ${join(repo.path, '.aiguard.json')} ignores[0] (path vendor/**): "third-party code"`);
    expect(result.stderr).toMatch(new RegExp(`aiguard: unused baseline entry in ${join(repo.path, 'accepted.json')}: [0-9a-f]{32} claude-code/co-author-trailer at commit [0-9a-f]{12} line 3`));
  });

  test('a baseline in the repository cannot hide a verdict the managed policy decided', async () => {
    repo.commit({ message: claudeCommitMessage('Feature work') });
    expect((await runCli(['baseline', 'create', repo.path], { env: machine.env })).exitCode).toBe(0);
    machine.writeManaged({ vendors: { Anthropic: 'block' } });
    const result = await scan();
    expect(result.exitCode).toBe(1);
    expect(result.report.findings[0].decidedBy).toBe(`managed policy ${machine.managedFile} (vendors.Anthropic: block)`);
  });
});

describe('ignores', () => {
  test('an expired ignore stops applying and is reported as expired', async () => {
    repo.commit({ message: claudeCommitMessage('Feature work') });
    repo.write(
      '.aiguard.json',
      JSON.stringify({
        assistants: { 'claude-code': 'block' },
        ignores: [{ signature: 'claude-code/co-author-trailer', reason: 'migration window', expires: '2026-01-01' }],
      }),
    );
    const result = await scan();
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      `aiguard: warning: expired ignore no longer applies: repository ${join(repo.path, '.aiguard.json')} ignores[0] (signature claude-code/co-author-trailer, expired 2026-01-01): "migration window"`,
    );
  });

  test('an ignore that has not expired suppresses what it selects', async () => {
    repo.commit({ message: claudeCommitMessage('Feature work') });
    repo.write('.aiguard.json', JSON.stringify({ assistants: { 'claude-code': 'block' }, ignores: [{ assistant: 'claude-code', reason: 'pilot team', expires: '2999-01-01' }] }));
    const result = await scan();
    expect(result.exitCode).toBe(0);
    expect(result.report.findings).toEqual([]);
    expect(result.stderr).toBe('');
  });
});
