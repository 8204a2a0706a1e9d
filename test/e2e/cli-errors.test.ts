/** @fileoverview The CLI's error lines through the built binary: one prefix, did-you-mean, help for a command, JSON positions, baselines. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { runCli } from '../helpers/run-cli.js';

/** Asserts exit 2 and exactly one stderr line, and returns it. */
async function usageLine(args: readonly string[]): Promise<string> {
  const result = await runCli(args);
  expect(result.exitCode, args.join(' ')).toBe(2);
  const lines = String(result.stderr).trimEnd().split('\n');
  expect(lines, args.join(' ')).toHaveLength(1);
  return lines[0]!;
}

describe('aiguard error lines', () => {
  let repo: FixtureRepo;
  let dir: string;

  beforeAll(() => {
    repo = createRepo();
    repo.commit({ message: 'Add retry budget\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>\n' });
    dir = mkdtempSync(join(tmpdir(), 'aiguard-errors-'));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the program once in an unknown option error', async () => {
    const line = await usageLine(['scan', '--colour']);
    expect(line).toBe("aiguard: unknown option '--colour' (see `aiguard scan --help`)");
    expect(await usageLine(['policy', 'frobnicate'])).toMatch(/^aiguard policy: unknown subcommand "frobnicate"/);
  });

  it('prints a command\'s own help for `aiguard help COMMAND`', async () => {
    const viaHelp = await runCli(['help', 'scan']);
    const viaFlag = await runCli(['scan', '--help']);
    expect(viaHelp.exitCode).toBe(0);
    expect(String(viaHelp.stdout)).toMatch(/^Usage: aiguard scan/);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
  });

  it('suggests the command and the assistant id the user probably meant', async () => {
    expect(await usageLine(['scna'])).toMatch(/^aiguard: unknown command "scna"; did you mean "scan"\?/);
    expect(await usageLine(['policy', 'explian'])).toContain('did you mean "explain"?');
    expect(await usageLine(['policy', 'explain', '--assistant', 'claude'])).toContain('unknown assistant id "claude"; did you mean "claude-code", "claude-desktop" or "claude-flow"?');
    expect(await usageLine(['catalog', '--assistant', 'cursr'])).toContain('did you mean "cursor"?');
  });

  it('gives the line and column of a JSON error in a policy and says JSON has no comments', async () => {
    const file = join(dir, 'commented.json');
    writeFileSync(file, '{\n  // Claude is banned\n  "assistants": { "claude-code": "block" }\n}\n');
    const line = await usageLine(['scan', repo.path, '--policy', file]);
    expect(line).toContain(`${file}: $: not valid JSON: line 2, column 3: expected property name or '}'`);
    expect(line).toContain('JSON has no comments');
    expect(line).not.toMatch(/position \d+/);
  });

  it('reports a missing --baseline file as a missing baseline, not as an invalid policy', async () => {
    const missing = join(dir, 'no-such-baseline.json');
    const line = await usageLine(['scan', repo.path, '--baseline', missing]);
    expect(line).toBe(`aiguard: baseline file not found: ${missing} (create it with \`aiguard baseline create\`)`);
  });

  it('after `baseline create` says the baseline accepted the findings, not the policy', async () => {
    const created = await runCli(['baseline', 'create', repo.path]);
    expect(created.exitCode).toBe(0);
    const { stdout } = await runCli(['scan', repo.path]);
    expect(String(stdout)).toMatch(/Findings: 0 blocked, 0 warnings, 0 info; 1 accepted by the baseline \S+\.aiguard-baseline\.json\./);
    expect(String(stdout)).not.toContain('by policy');
  });
});
