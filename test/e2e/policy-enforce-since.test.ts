/** @fileoverview End-to-end: a ban with enforceSince (a date or a commit) fails only newer history. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { claudeCommitMessage, createPolicyMachine, type PolicyMachine } from '../helpers/policy-env.js';
import { runCli } from '../helpers/run-cli.js';

let repo: FixtureRepo;
let machine: PolicyMachine;
let commits: string[];

beforeEach(() => {
  repo = createRepo();
  machine = createPolicyMachine();
  commits = [
    repo.commit({ message: claudeCommitMessage('Old work'), date: '2026-01-10T09:00:00Z' }),
    repo.commit({ message: claudeCommitMessage('Work on the ban day eve'), date: '2026-01-31T23:00:00Z' }),
    repo.commit({ message: claudeCommitMessage('New work'), date: '2026-02-02T09:00:00Z' }),
  ];
});
afterEach(() => {
  repo.cleanup();
  machine.cleanup();
});

async function verdictsByCommit(): Promise<{ exitCode: number | undefined; verdicts: Record<string, string> }> {
  const result = await runCli(['scan', repo.path, '--format', 'json'], { env: machine.env });
  const report = JSON.parse(String(result.stdout));
  const verdicts: Record<string, string> = {};
  for (const finding of report.findings) verdicts[finding.location.commit] = finding.verdict;
  return { exitCode: result.exitCode, verdicts };
}

describe('enforceSince', () => {
  test('a managed ban with a date fails only commits authored on or after it', async () => {
    machine.writeManaged({ assistants: { 'claude-code': 'block' }, enforceSince: '2026-02-01' });
    const { exitCode, verdicts } = await verdictsByCommit();
    expect(exitCode).toBe(1);
    expect(verdicts).toEqual({ [commits[0]!]: 'info', [commits[1]!]: 'info', [commits[2]!]: 'block' });
  });

  test('a ban from a commit treats that commit and its ancestors as before the ban', async () => {
    repo.write('.aiguard.json', JSON.stringify({ vendors: { Anthropic: 'block' }, enforceSince: commits[1]!.slice(0, 10) }));
    const { exitCode, verdicts } = await verdictsByCommit();
    expect(exitCode).toBe(1);
    expect(verdicts).toEqual({ [commits[0]!]: 'info', [commits[1]!]: 'info', [commits[2]!]: 'block' });
  });

  test('history entirely before the ban exits 0 and is still reported', async () => {
    machine.writeManaged({ default: 'block', enforceSince: '2026-06-01' });
    const result = await runCli(['scan', repo.path], { env: machine.env });
    expect(result.exitCode).toBe(0);
    expect(String(result.stdout)).toContain('Findings: 0 blocked, 0 warnings, 3 info');
  });

  test('a ban from a commit the repository does not have fails closed with exit 2', async () => {
    repo.write('.aiguard.json', JSON.stringify({ default: 'block', enforceSince: 'deadbeefdeadbeef' }));
    const result = await runCli(['scan', repo.path], { env: machine.env });
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toContain('$.enforceSince: commit deadbeefdeadbeef is not in the repository');
  });
});
