/** @fileoverview End-to-end: `aiguard policy init` without a terminal writes the preset from flags, with a $schema editors can use. */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { createPolicyMachine, type PolicyMachine } from '../helpers/policy-env.js';
import { runCli } from '../helpers/run-cli.js';

const SHIPPED_SCHEMA = fileURLToPath(new URL('../../packages/core/policy.schema.json', import.meta.url));
const validate = new Ajv2020({ strict: true, strictRequired: false }).compile(JSON.parse(readFileSync(SHIPPED_SCHEMA, 'utf8')));

let repo: FixtureRepo;
let machine: PolicyMachine;

beforeEach(() => {
  repo = createRepo();
  machine = createPolicyMachine();
  mkdirSync(join(repo.path, 'src'));
});
afterEach(() => {
  repo.cleanup();
  machine.cleanup();
});

function written(file = join(repo.path, '.aiguard.json')): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('aiguard policy init without a terminal', () => {
  test('writes .aiguard.json at the repository root from a subfolder, and the file passes the shipped JSON Schema', async () => {
    const result = await runCli(['policy', 'init', '--preset', 'allow-only', '--allow', 'qwen-code,github-copilot'], { cwd: join(repo.path, 'src'), env: machine.env });
    expect(result).toMatchObject({ exitCode: 0, stderr: '', stdout: `Wrote ${join(repo.path, '.aiguard.json')} (preset allow-only). Check it with \`aiguard policy explain\`.\n` });
    const policy = written();
    expect(policy).toEqual({ $schema: 'https://aiguard.dev/schema/policy-1.json', default: 'block', assistants: { 'github-copilot': 'allow', 'qwen-code': 'allow' } });
    expect(validate(policy)).toBe(true);
  });

  test('points $schema at the copy of the schema installed in node_modules when there is one, so editors check it offline', async () => {
    mkdirSync(join(repo.path, 'node_modules', '@aiguard', 'core'), { recursive: true });
    copyFileSync(SHIPPED_SCHEMA, join(repo.path, 'node_modules', '@aiguard', 'core', 'policy.schema.json'));
    expect((await runCli(['policy', 'init', '--preset', 'report-only'], { cwd: repo.path, env: machine.env })).exitCode).toBe(0);
    expect(written().$schema).toBe('./node_modules/@aiguard/core/policy.schema.json');
    const nested = join(repo.path, 'src', 'policy.json');
    expect((await runCli(['policy', 'init', '--preset', 'report-only', '--output', nested], { cwd: repo.path, env: machine.env })).exitCode).toBe(0);
    expect(written(nested).$schema).toBe('../node_modules/@aiguard/core/policy.schema.json');
  });

  test('never opens the form without a terminal: no --preset means report-only', async () => {
    const result = await runCli(['policy', 'init'], { cwd: repo.path, env: machine.env });
    expect(result.exitCode).toBe(0);
    expect(written()).toEqual({ $schema: 'https://aiguard.dev/schema/policy-1.json', default: 'warn' });
  });

  test.each([
    [['--preset', 'ban-anthropc'], '--preset'],
    [['--preset', 'allow-only'], '--preset allow-only needs --allow ID,... (the assistants to allow)'],
    [['--preset', 'report-only', '--allow', 'cursor'], '--allow only goes with --preset allow-only'],
  ])('refuses %j with exit 2 and one line', async (flags, message) => {
    const result = await runCli(['policy', 'init', ...flags], { cwd: repo.path, env: machine.env });
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toContain(message);
    expect(String(result.stderr).trimEnd().split('\n')).toHaveLength(1);
  });

  test('--force replaces an existing file', async () => {
    repo.write('.aiguard.json', '{}');
    expect((await runCli(['policy', 'init', '--preset', 'ban-all-assistants', '--force'], { cwd: repo.path, env: machine.env })).exitCode).toBe(0);
    expect(written()).toMatchObject({ default: 'block' });
  });
});
