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

  test('a repository .aiguard.json that allows Claude Code cannot undo a ban in the user file under HOME', async () => {
    machine.writeUser({ assistants: { 'claude-code': 'block' } });
    repo.write('.aiguard.json', JSON.stringify({ assistants: { 'claude-code': 'allow' }, default: 'allow' }));
    const { exitCode, report } = await scanJson();
    expect(exitCode).toBe(1);
    expect(report.policy.layers).toEqual([
      { layer: 'user', file: machine.userFile },
      { layer: 'repository', file: join(repo.path, '.aiguard.json') },
    ]);
    expect(report.findings[0]).toMatchObject({ verdict: 'block', decidedBy: `user policy ${machine.userFile} (assistants.claude-code: block)` });
  });

  test('--policy FILE cannot loosen a managed ban either', async () => {
    machine.writeManaged({ assistants: { 'claude-code': 'block' } });
    repo.write('loose.json', JSON.stringify({ default: 'allow' }));
    const result = await runCli(['scan', repo.path, '--policy', join(repo.path, 'loose.json')], { env: machine.env });
    expect(result.exitCode).toBe(1);
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
    const lines = String(explain.stdout).split('\n');
    expect(lines).toContain(`  managed    ${machine.managedFile}  (applied; locked: lower layers are ignored; named by AIGUARD_MANAGED_POLICY)`);
    expect(lines).toContain(`  repository ${join(repo.path, '.aiguard.json')}  (ignored: a managed policy is locked)`);
    expect(lines).toContain(`  repository ${join(repo.path, '.aiguard.json')}: default: block  (ignored: locked by the managed policy)`);
  });

  test('policy explain lists every layer and names the one that decided', async () => {
    machine.writeManaged({ vendors: { Anthropic: 'block' } });
    repo.write('.aiguard.json', JSON.stringify({ assistants: { 'claude-code': 'allow' } }));
    const result = await runCli(['policy', 'explain', repo.path, '--assistant', 'claude-code'], { env: machine.env });
    expect(result.exitCode).toBe(0);
    const lines = String(result.stdout).split('\n');
    expect(lines).toEqual([
      'Policy layers, strongest first. A lower layer can tighten a verdict, never loosen it:',
      '  managed    /etc/aiguard/policy.json  (not found)',
      `  managed    ${machine.managedFile}  (applied; named by AIGUARD_MANAGED_POLICY)`,
      `  user       ${machine.userFile}  (not found)`,
      `  repository ${join(repo.path, '.aiguard.json')}  (applied)`,
      '  cli        --policy FILE  (not given)',
      '',
      `claude-code (Claude Code, Anthropic): BLOCK, decided by managed policy ${machine.managedFile} (vendors.Anthropic: block)`,
      `  managed    ${machine.managedFile}: vendors.Anthropic: block  <- decides`,
      `  repository ${join(repo.path, '.aiguard.json')}: assistants.claude-code: allow  (overruled: cannot loosen a stricter layer)`,
      '',
    ]);
  });

  test('policy explain without --assistant gives one line per assistant, naming the deciding layer of each', async () => {
    machine.writeManaged({ vendors: { Anthropic: 'block' } });
    machine.writeUser({ assistants: { cursor: 'block' } });
    repo.write('.aiguard.json', JSON.stringify({ default: 'warn', assistants: { 'qwen-code': 'allow' } }));
    const policyFile = join(repo.path, 'strict.json');
    repo.write('strict.json', JSON.stringify({ assistants: { 'qwen-code': 'warn' } }));
    const result = await runCli(['policy', 'explain', repo.path, '--policy', policyFile], { env: machine.env });
    expect(result.exitCode).toBe(0);
    const lines = String(result.stdout).split('\n');
    expect(lines).toContain(`  cli        ${policyFile}  (applied; named by --policy)`);
    expect(lines).toContain(`claude-desktop (Claude desktop app, Anthropic): BLOCK, decided by managed policy ${machine.managedFile} (vendors.Anthropic: block)`);
    expect(lines).toContain(`cursor (Cursor, Anysphere): BLOCK, decided by user policy ${machine.userFile} (assistants.cursor: block)`);
    expect(lines).toContain(`qwen-code (Qwen Code, Alibaba): WARN, decided by cli policy ${policyFile} (assistants.qwen-code: warn)`);
    expect(lines).toContain(`aider (Aider, Aider): WARN, decided by repository policy ${join(repo.path, '.aiguard.json')} (default: warn)`);
  });

  test('policy explain with no policy anywhere says so and names the built-in default', async () => {
    const result = await runCli(['policy', 'explain', repo.path, '--assistant', 'cursor'], { env: machine.env });
    expect(result.exitCode).toBe(0);
    expect(String(result.stdout)).toContain('No policy file applies: every assistant found is reported as a warning (built-in default).');
    expect(String(result.stdout)).toContain('cursor (Cursor, Anysphere): WARN, decided by the built-in default (warn): no layer names it');
  });

  test('policy explain --assistant with a typo exits 2 with a did-you-mean', async () => {
    const result = await runCli(['policy', 'explain', repo.path, '--assistant', 'claude-cod'], { env: machine.env });
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toContain('--assistant: unknown assistant id "claude-cod"; did you mean "claude-code"?');
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

describe('a policy that cannot be parsed fails closed', () => {
  test.each([
    ['repository', '.aiguard.json'],
    ['managed', 'AIGUARD_MANAGED_POLICY'],
  ])('an unparseable %s file stops the scan with exit 2 instead of meaning "no policy"', async (layer) => {
    let file: string;
    if (layer === 'repository') {
      file = join(repo.path, '.aiguard.json');
      repo.write('.aiguard.json', '{ "default": "block", ');
    } else {
      file = machine.managedFile;
      machine.writeManaged({});
      writeFileSync(file, '{ "assistants": { "claude-code": "block" ');
    }
    const result = await runCli(['scan', repo.path], { env: machine.env });
    expect(result.exitCode).toBe(2);
    expect(String(result.stdout)).toBe('');
    const stderr = String(result.stderr);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`^aiguard: invalid policy: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: \\$: not valid JSON: line \\d+, column \\d+: .+\n$`));
  });

  test('AIGUARD_MANAGED_POLICY naming a missing file fails closed', async () => {
    const result = await runCli(['scan', repo.path], { env: { ...machine.env, AIGUARD_MANAGED_POLICY: join(machine.home, 'nope.json') } });
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toBe(`aiguard: invalid policy: ${join(machine.home, 'nope.json')}: $: file not found\n`);
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
    expect(String(allow.stderr)).toContain('--allow: unknown assistant id "qwen-cod"; did you mean "qwen-code"?');
  });

  test.each([
    ['an unknown key', { defualt: 'block' }, '$.defualt: unknown key (did you mean "default"?)'],
    ['an unknown assistant', { assistants: { 'claude-cod': 'block' } }, '$.assistants.claude-cod: unknown assistant id (did you mean "claude-code"?) (run `aiguard catalog` for the list)'],
    ['a bad date', { enforceSince: '2026-13-01' }, '$.enforceSince: expected a date (YYYY-MM-DD or an ISO date-time) or a commit id, got "2026-13-01"'],
    ['a lock below the managed layer', { locked: true }, undefined],
  ])('validate FILE with %s exits 2 with one line', async (_what, policy, problem) => {
    repo.write('bad.json', JSON.stringify(policy));
    const result = await runCli(['policy', 'validate', 'bad.json'], { cwd: repo.path, env: machine.env });
    if (problem === undefined) {
      // A file checked on its own has no layer; `locked` is only refused where it is loaded as a repository file.
      expect(result.exitCode).toBe(0);
      repo.write('.aiguard.json', JSON.stringify(policy));
      const layered = await runCli(['policy', 'validate'], { cwd: repo.path, env: machine.env });
      expect(layered.exitCode).toBe(2);
      expect(String(layered.stderr)).toBe(`aiguard: invalid policy: ${join(repo.path, '.aiguard.json')}: $.locked: only a managed policy can lock; this is the repository layer\n`);
      return;
    }
    expect(result.exitCode).toBe(2);
    expect(String(result.stdout)).toBe('');
    expect(String(result.stderr)).toBe(`aiguard: invalid policy: ${join(repo.path, 'bad.json')}: ${problem}\n`);
  });

  test('validate fails with exit 2 naming the file, the JSON path and the problem', async () => {
    repo.write('bad.json', JSON.stringify({ ignores: [{ path: 'docs/**', reason: 'examples', expires: '2026-02-30' }] }));
    const result = await runCli(['policy', 'validate', 'bad.json'], { cwd: repo.path, env: machine.env });
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toBe(`aiguard: invalid policy: ${join(repo.path, 'bad.json')}: $.ignores[0].expires: expected a date as YYYY-MM-DD, got "2026-02-30"\n`);
  });
});
