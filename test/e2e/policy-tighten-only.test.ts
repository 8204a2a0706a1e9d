/**
 * @fileoverview End-to-end for issue 10's policy parts: every key of a lower layer only tightens, a managed policy can
 * forbid ignores and baselines, and `policy explain` never disagrees with the verdict `scan` reaches.
 */
import { existsSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { claudeCommitMessage, createPolicyMachine, type PolicyMachine } from '../helpers/policy-env.js';
import { runCli } from '../helpers/run-cli.js';

interface JsonFinding {
  assistant: string;
  signature: string;
  strength: string;
  verdict: string;
  decidedBy: string;
  location: { path?: string; commit?: string };
}

let repo: FixtureRepo;
let machine: PolicyMachine;

beforeAll(() => {
  expect(existsSync('/etc/aiguard/policy.json')).toBe(false);
});
beforeEach(() => {
  repo = createRepo();
  machine = createPolicyMachine();
  repo.commit({ message: claudeCommitMessage('Add parser'), files: { 'AGENTS.md': '# agents\n', 'CLAUDE.md': '# claude\n' } });
});
afterEach(() => {
  repo.cleanup();
  machine.cleanup();
});

async function scanJson(...args: string[]): Promise<{ exitCode: number | undefined; stderr: string; findings: JsonFinding[] }> {
  const result = await runCli(['scan', repo.path, '--format', 'json', ...args], { env: machine.env });
  return { exitCode: result.exitCode, stderr: String(result.stderr), findings: JSON.parse(String(result.stdout)).findings };
}

/** `policy explain`'s one-line verdict per assistant id, e.g. `{ 'claude-code': 'BLOCK' }`. */
async function explainVerdicts(): Promise<Record<string, string>> {
  const result = await runCli(['policy', 'explain', repo.path], { env: machine.env });
  expect(result.exitCode, String(result.stderr)).toBe(0);
  const verdicts: Record<string, string> = {};
  for (const line of String(result.stdout).split('\n')) {
    const match = /^(\S+) \([^)]*\): (BLOCK|WARN|ALLOW), decided by/.exec(line);
    if (match) verdicts[match[1]!] = match[2]!;
  }
  return verdicts;
}

/** Every strong, current finding's verdict must be what `policy explain` says for its assistant. */
async function expectExplainAgrees(findings: readonly JsonFinding[]): Promise<void> {
  const explained = await explainVerdicts();
  const strong = findings.filter((finding) => finding.strength === 'strong');
  expect(strong.length).toBeGreaterThan(0);
  for (const finding of strong) expect({ signature: finding.signature, verdict: explained[finding.assistant] }).toEqual({ signature: finding.signature, verdict: finding.verdict.toUpperCase() });
}

describe('tighten-only policy layers (issue 10)', () => {
  test('a repository minStrength: strong cannot hide AGENTS.md from a managed default: block', async () => {
    machine.writeManaged({ default: 'block' });
    repo.write('.aiguard.json', JSON.stringify({ minStrength: 'strong' }));
    const { exitCode, findings } = await scanJson();
    expect(exitCode).toBe(1);
    expect(findings.find((finding) => finding.location.path === 'AGENTS.md')).toMatchObject({ verdict: 'block', decidedBy: `managed policy ${machine.managedFile} (default: block)` });
    await expectExplainAgrees(findings);
  });

  test('policy explain agrees with scan when a repository allows what a user layer warns about and bans another vendor', async () => {
    machine.writeUser({ default: 'warn' });
    repo.write('.aiguard.json', JSON.stringify({ assistants: { 'claude-code': 'allow' }, vendors: { Anthropic: 'block' } }));
    const { findings } = await scanJson();
    await expectExplainAgrees(findings);
  });

  test('a managed allowIgnores: false keeps a repository ignore from hiding CLAUDE.md, and says so', async () => {
    machine.writeManaged({ vendors: { Anthropic: 'block' }, allowIgnores: false });
    repo.write('.aiguard.json', JSON.stringify({ default: 'block', ignores: [{ path: 'CLAUDE.md', reason: 'we like it' }] }));
    const { exitCode, stderr, findings } = await scanJson();
    expect(exitCode).toBe(1);
    expect(findings.find((finding) => finding.location.path === 'CLAUDE.md')?.verdict).toBe('block');
    expect(stderr).toContain('ignore not applied, the managed policy says allowIgnores: false');
  });

  test('without allowIgnores: false the same repository ignore cannot hide a managed block either, but hides its own', async () => {
    machine.writeManaged({ vendors: { Anthropic: 'warn' } });
    repo.write('.aiguard.json', JSON.stringify({ default: 'block', ignores: [{ path: 'CLAUDE.md', reason: 'we like it' }] }));
    const { findings } = await scanJson();
    // The repository's block is hidden by its own ignore; the managed layer's warning stands.
    expect(findings.find((finding) => finding.location.path === 'CLAUDE.md')).toMatchObject({ verdict: 'warn', decidedBy: `managed policy ${machine.managedFile} (vendors.Anthropic: warn)` });
  });

  test('a managed allowBaselines: false keeps the baseline from accepting findings, and says so', async () => {
    repo.write('.aiguard.json', JSON.stringify({ default: 'block' }));
    const baseline = await runCli(['baseline', 'create', repo.path], { env: machine.env });
    expect(baseline.exitCode, String(baseline.stderr)).toBe(0);
    expect((await scanJson()).exitCode).toBe(0);
    machine.writeManaged({ allowBaselines: false });
    const { exitCode, stderr } = await scanJson();
    expect(exitCode).toBe(1);
    expect(stderr).toContain('not applied: the managed policy');
  });

  test.each(['allowIgnores', 'allowBaselines', 'breakGlass', 'breakGlassPushers'])('a repository policy that sets %s is a configuration error (exit 2)', async (key) => {
    const value = key === 'breakGlass' ? 'off' : key === 'breakGlassPushers' ? ['a@example.com'] : false;
    repo.write('.aiguard.json', JSON.stringify({ [key]: value }));
    const result = await runCli(['scan', repo.path], { env: machine.env });
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toContain(`$.${key}: only a managed policy can set ${key}; this is the repository layer`);
  });
});
