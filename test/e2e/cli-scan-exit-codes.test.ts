/** @fileoverview `aiguard scan` exit codes end to end: 0 without a policy, 1 when blocked, 2 for usage and config errors, 3 outside a repository. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClaudeRepo } from '../helpers/assistant-repos.js';
import type { FixtureRepo } from '../helpers/git-fixture.js';
import { runCli } from '../helpers/run-cli.js';
import { expectOneLineError } from '../helpers/scan-report.js';

describe('aiguard scan exit codes', () => {
  let repo: FixtureRepo;
  let outside: string;

  beforeAll(() => {
    repo = createClaudeRepo();
    outside = mkdtempSync(join(tmpdir(), 'aiguard-outside-'));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  /** Runs the scan with a policy file written into the repository root for this call only. */
  async function scanWithRepoPolicy(policy: string, args: readonly string[] = []) {
    const file = join(repo.path, '.aiguard.json');
    writeFileSync(file, policy);
    try {
      return await runCli(['scan', repo.path, ...args]);
    } finally {
      rmSync(file);
    }
  }

  it('exits 0 without a policy, reports the Claude commit as a warning and says no policy was found', async () => {
    const result = await runCli(['scan', repo.path]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('No policy found');
    expect(result.stdout).toMatch(/WARN\s+\S*/);
    expect(result.stderr).toBe('');
  });

  it('exits 1 when the repository .aiguard.json blocks claude-code', async () => {
    const result = await scanWithRepoPolicy(JSON.stringify({ assistants: { 'claude-code': 'block' } }));
    expect(result.exitCode, String(result.stderr)).toBe(1);
    expect(result.stdout).toContain('BLOCK');
    expect(result.stdout).not.toContain('No policy found');
  });

  it('exits 0 when the policy blocks only an assistant that is not present', async () => {
    const result = await scanWithRepoPolicy(JSON.stringify({ assistants: { cursor: 'block' } }));
    expect(result.exitCode, String(result.stderr)).toBe(0);
  });

  it('exits 2 on an unknown option and names it', async () => {
    const line = expectOneLineError(await runCli(['scan', repo.path, '--bogus']), 2);
    expect(line).toContain('--bogus');
  });

  it('exits 2 on an unknown --format and lists the allowed ones', async () => {
    const line = expectOneLineError(await runCli(['scan', repo.path, '--format', 'xml']), 2);
    expect(line).toContain('"xml"');
    expect(line).toContain('sarif');
  });

  it('exits 2 on a policy that is not valid JSON, naming the file and the JSON path in one line', async () => {
    const line = expectOneLineError(await scanWithRepoPolicy('{ "assistants": { "claude-code": "block", } }'), 2);
    expect(line).toContain(join(repo.path, '.aiguard.json'));
    expect(line).toMatch(/: \$: /);
  });

  it('exits 2 on an unknown assistant id in the policy and suggests the closest id', async () => {
    const line = expectOneLineError(await scanWithRepoPolicy(JSON.stringify({ assistants: { 'claude-cod': 'block' } })), 2);
    expect(line).toContain('$.assistants.claude-cod');
    expect(line).toContain('did you mean "claude-code"');
  });

  it('exits 2 when the --policy file does not exist and names it', async () => {
    const missing = join(outside, 'missing-policy.json');
    const line = expectOneLineError(await runCli(['scan', repo.path, '--policy', missing]), 2);
    expect(line).toContain(missing);
  });

  it('exits 2 on a --range git does not know and names the range', async () => {
    const line = expectOneLineError(await runCli(['scan', repo.path, '--range', 'no-such-branch..HEAD']), 2);
    expect(line).toContain('no-such-branch');
  });

  it('exits 2 on a --range that smuggles a git option after a revision, and git writes no file', async () => {
    const file = join(outside, 'injected.txt');
    const line = expectOneLineError(await runCli(['scan', repo.path, '--range', `HEAD --output=${file}`]), 2);
    expect(line).toContain('--output=');
    expect(existsSync(file)).toBe(false);
  });

  it('exits 2 on a --range that looks like an option', async () => {
    expectOneLineError(await runCli(['scan', repo.path, '--range=--all']), 2);
  });

  it('exits 2 when PATH does not exist', async () => {
    const line = expectOneLineError(await runCli(['scan', join(outside, 'nope')]), 2);
    expect(line).toContain('does not exist');
  });

  it('exits 3 on a folder that is not a git repository and names it', async () => {
    const result = await runCli(['scan', outside], { env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    const line = expectOneLineError(result, 3);
    expect(line).toContain(outside);
    expect(line).toContain('not a git repository');
  });
});
