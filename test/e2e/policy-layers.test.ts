/** @fileoverview End-to-end: real policy files at the managed, user and repository layers, through the built CLI. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { claudeCommitMessage, createPolicyMachine, type PolicyMachine } from '../helpers/policy-env.js';
import { runCli } from '../helpers/run-cli.js';

let repo: FixtureRepo;
let machine: PolicyMachine;

beforeAll(() => {
  // The CLI reads the real system-wide managed file as production does; these tests need the machine to have none.
  expect(existsSync('/etc/aiguard/policy.json')).toBe(false);
});
beforeEach(() => {
  repo = createRepo();
  machine = createPolicyMachine();
  repo.commit({ message: claudeCommitMessage('Add parser') });
});
afterEach(() => {
  repo.cleanup();
  machine.cleanup();
});

async function scanJson() {
  const result = await runCli(['scan', repo.path, '--format', 'json'], { env: machine.env });
  return { exitCode: result.exitCode, stderr: String(result.stderr), report: JSON.parse(String(result.stdout)) };
}

describe('policy layers', () => {
  test('a repository .aiguard.json that allows Claude Code cannot undo a managed ban', async () => {
    machine.writeManaged({ vendors: { Anthropic: 'block' } });
    repo.write('.aiguard.json', JSON.stringify({ assistants: { 'claude-code': 'allow' } }));
    const { exitCode, report } = await scanJson();
    expect(exitCode).toBe(1);
    expect(report.policy.layers).toEqual([
      { layer: 'managed', file: machine.managedFile },
      { layer: 'repository', file: join(repo.path, '.aiguard.json') },
    ]);
    expect(report.findings[0]).toMatchObject({ verdict: 'block', decidedBy: `managed policy ${machine.managedFile} (vendors.Anthropic: block)` });
  });

  test('a user file tightens a repository that only warns', async () => {
    machine.writeUser({ assistants: { 'claude-code': 'block' } });
    repo.write('.aiguard.json', JSON.stringify({ default: 'warn' }));
    const { exitCode, report } = await scanJson();
    expect(exitCode).toBe(1);
    expect(report.findings[0].decidedBy).toBe(`user policy ${machine.userFile} (assistants.claude-code: block)`);
  });

  test('a locked managed policy makes the repository layer ignored, even where it would tighten', async () => {
    machine.writeManaged({ locked: true, default: 'warn' });
    repo.write('.aiguard.json', JSON.stringify({ default: 'block' }));
    const { exitCode, report } = await scanJson();
    expect(exitCode).toBe(0);
    expect(report.findings[0]).toMatchObject({ verdict: 'warn', decidedBy: `managed policy ${machine.managedFile} (default: warn)` });
    const explain = await runCli(['policy', 'explain', repo.path, '--assistant', 'claude-code'], { env: machine.env });
    expect(String(explain.stdout)).toContain(`repository ${join(repo.path, '.aiguard.json')}  (ignored: a managed policy is locked)`);
  });

  test('policy explain lists every layer and names the one that decided', async () => {
    machine.writeManaged({ vendors: { Anthropic: 'block' } });
    repo.write('.aiguard.json', JSON.stringify({ assistants: { 'claude-code': 'allow' } }));
    const result = await runCli(['policy', 'explain', repo.path, '--assistant', 'claude-code'], { env: machine.env });
    expect(result.exitCode).toBe(0);
    const lines = String(result.stdout).split('\n');
    expect(lines).toContain(`  managed    ${machine.managedFile}  (applied)`);
    expect(lines).toContain(`  user       ${machine.userFile}  (not found)`);
    expect(lines).toContain(`claude-code (Claude Code, Anthropic): BLOCK, decided by managed policy ${machine.managedFile} (vendors.Anthropic: block)`);
    expect(lines).toContain(`  managed    ${machine.managedFile}: vendors.Anthropic: block <- decides`);
    expect(lines).toContain(`  repository ${join(repo.path, '.aiguard.json')}: assistants.claude-code: allow [cannot loosen a stricter layer]`);
  });

  test('an invalid policy at any layer fails the scan closed with exit 2 and one line', async () => {
    machine.writeUser({ assistants: { 'claude-cod': 'block' } });
    const result = await runCli(['scan', repo.path], { env: machine.env });
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toBe(
      `aiguard: invalid policy: ${machine.userFile}: $.assistants.claude-cod: unknown assistant id (did you mean "claude-code"?) (run \`aiguard catalog\` for the list)\n`,
    );
  });
});

describe('policy init and validate', () => {
  test('init writes a preset with a $schema, and validate accepts it', async () => {
    const init = await runCli(['policy', 'init', '--preset', 'ban-anthropic'], { cwd: repo.path, env: machine.env });
    expect(init.exitCode).toBe(0);
    const written = JSON.parse(readFileSync(join(repo.path, '.aiguard.json'), 'utf8'));
    expect(written).toEqual({ $schema: 'https://aiguard.dev/schema/policy-1.json', default: 'warn', vendors: { Anthropic: 'block' }, providers: { anthropic: 'block' } });
    const validate = await runCli(['policy', 'validate', '.aiguard.json'], { cwd: repo.path, env: machine.env });
    expect(validate).toMatchObject({ exitCode: 0, stdout: `${join(repo.path, '.aiguard.json')}: valid policy\n` });
    expect((await runCli(['scan', repo.path], { env: machine.env })).exitCode).toBe(1);
  });

  test('init refuses to replace a policy without --force and checks --allow ids', async () => {
    writeFileSync(join(repo.path, '.aiguard.json'), '{}');
    expect((await runCli(['policy', 'init', '--preset', 'report-only'], { cwd: repo.path, env: machine.env })).exitCode).toBe(2);
    const allow = await runCli(['policy', 'init', '--preset', 'allow-only', '--allow', 'qwen-cod', '--force'], { cwd: repo.path, env: machine.env });
    expect(allow.exitCode).toBe(2);
    expect(String(allow.stderr)).toContain('--allow: unknown assistant id "qwen-cod" (did you mean "qwen-code"?)');
  });

  test('validate fails with exit 2 naming the file, the JSON path and the problem', async () => {
    repo.write('bad.json', JSON.stringify({ ignores: [{ path: 'docs/**', reason: 'examples', expires: '2026-02-30' }] }));
    const result = await runCli(['policy', 'validate', 'bad.json'], { cwd: repo.path, env: machine.env });
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toBe(`aiguard: invalid policy: ${join(repo.path, 'bad.json')}: $.ignores[0].expires: expected a date as YYYY-MM-DD, got "2026-02-30"\n`);
  });
});
