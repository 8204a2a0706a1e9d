/** @fileoverview End-to-end: vendor, provider and per-kind selectors, and the presets `policy init` writes, through the built CLI. */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { claudeCommitMessage, createPolicyMachine, type PolicyMachine } from '../helpers/policy-env.js';
import { runCli } from '../helpers/run-cli.js';

interface JsonFinding {
  assistant: string;
  signature: string;
  verdict: string;
  decidedBy: string;
}

let repo: FixtureRepo;
let machine: PolicyMachine;

beforeEach(() => {
  repo = createRepo();
  machine = createPolicyMachine();
});
afterEach(() => {
  repo.cleanup();
  machine.cleanup();
});

async function scanFindings(...args: string[]): Promise<{ exitCode: number | undefined; findings: JsonFinding[] }> {
  const result = await runCli(['scan', repo.path, '--format', 'json', ...args], { env: machine.env });
  expect(String(result.stderr)).toBe('');
  return { exitCode: result.exitCode, findings: JSON.parse(String(result.stdout)).findings };
}

function verdicts(findings: readonly JsonFinding[]): Record<string, string> {
  return Object.fromEntries(findings.map((finding) => [finding.signature, finding.verdict]));
}

describe('vendor selector', () => {
  test('"Anthropic" covers Claude Code commits, the Claude GitHub app identity and CLAUDE.md, and nothing from other vendors', async () => {
    machine.writeManaged({ vendors: { Anthropic: 'block' }, default: 'allow' });
    repo.commit({ message: claudeCommitMessage('Add parser'), files: { 'CLAUDE.md': '# memory\n' } });
    repo.commit({ message: 'Fix lint\n', author: 'claude[bot] <209825114+claude[bot]@users.noreply.github.com>' });
    repo.commit({ message: 'Add rules\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n' });
    const { exitCode, findings } = await scanFindings();
    expect(exitCode).toBe(1);
    expect(verdicts(findings)).toMatchObject({
      'claude-code/co-author-trailer': 'block',
      'claude-code/github-app-identity': 'block',
      'claude-code/claude-md': 'block',
    });
    expect(findings.every((finding) => finding.assistant === 'claude-code' && finding.decidedBy === `managed policy ${machine.managedFile} (vendors.Anthropic: block)`)).toBe(true);
  });

  test('"Anthropic" covers the Claude desktop app found in a home folder by `aiguard audit`', async () => {
    machine.writeManaged({ vendors: { Anthropic: 'block' } });
    const home = join(machine.home, '..', 'audited', 'bea');
    mkdirSync(join(home, 'Library', 'Application Support', 'Claude'), { recursive: true });
    writeFileSync(join(home, 'Library', 'Application Support', 'Claude', 'claude_desktop_config.json'), '{}');
    const loose = join(machine.home, 'loose.json');
    writeFileSync(loose, JSON.stringify({ assistants: { 'claude-desktop': 'allow' } }));
    const result = await runCli(['audit', '--home', home, '--platform', 'darwin', '--only', 'home', '--policy', loose, '--format', 'json'], { env: machine.env });
    expect(result.exitCode).toBe(1);
    const findings = JSON.parse(String(result.stdout)).findings as JsonFinding[];
    expect(findings.find((finding) => finding.assistant === 'claude-desktop')).toMatchObject({
      verdict: 'block',
      decidedBy: `managed policy ${machine.managedFile} (vendors.Anthropic: block)`,
    });
  });
});

describe('provider selector', () => {
  test('config files in the repository that set a Claude model count under provider anthropic, with file and line', async () => {
    machine.writeManaged({ providers: { anthropic: 'block' } });
    repo.write('.aiguard.json', JSON.stringify({ assistants: { aider: 'allow', opencode: 'allow', continue: 'allow' } }));
    repo.write('.aider.conf.yml', '# team defaults\nauto-commits: false\nmodel: anthropic/claude-sonnet-4-20250514\n');
    repo.write('opencode.json', '{\n  "$schema": "https://opencode.ai/config.json",\n  "model": "anthropic/claude-sonnet-4-5"\n}\n');
    repo.write('.continue/models/local.yaml', 'models:\n  - name: Local\n    provider: ollama\n    model: qwen2.5-coder\n');
    const { exitCode, findings } = await scanFindings();
    expect(exitCode).toBe(1);
    const located = findings.map((finding) => [finding.signature, finding.verdict, (finding as unknown as { location: { path: string; line: number } }).location]);
    expect(located).toEqual([
      ['aider/claude-model-config', 'block', expect.objectContaining({ path: '.aider.conf.yml', line: 3 })],
      ['opencode/claude-model-config', 'block', expect.objectContaining({ path: 'opencode.json', line: 3 })],
    ]);
  });

  test('a config file that is a symlink is never followed, and one that names another provider stays silent', async () => {
    machine.writeManaged({ providers: { anthropic: 'block' } });
    const outside = join(machine.home, 'outside.yml');
    writeFileSync(outside, 'model: claude-3-5-sonnet\n');
    symlinkSync(outside, join(repo.path, '.aider.conf.yml'));
    repo.write('opencode.json', '{ "model": "openai/gpt-5" }\n');
    const { exitCode, findings } = await scanFindings();
    expect(exitCode).toBe(0);
    // The files themselves are still repo-path evidence; only what is inside them (config-content) must stay unread.
    expect(findings.filter((finding) => (finding as unknown as { kind: string }).kind === 'config-content')).toEqual([]);
    expect(findings.map((finding) => finding.signature)).toContain('opencode/project-config');
  });

  test('a bare repository reads the config file from HEAD', async () => {
    machine.writeManaged({ providers: { anthropic: 'block' } });
    repo.commit({ message: 'Configure aider\n', files: { '.aider.conf.yml': 'sonnet: true\n' } });
    const bare = `${repo.path}.git`;
    repo.git('clone', '-q', '--bare', repo.path, bare);
    try {
      const result = await runCli(['scan', bare, '--format', 'json'], { env: machine.env });
      expect(result.exitCode).toBe(1);
      const findings = JSON.parse(String(result.stdout)).findings as JsonFinding[];
      expect(findings.map((finding) => finding.signature)).toContain('aider/claude-model-config');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  test('an aider commit that names a Claude model counts under provider anthropic even where aider itself is allowed', async () => {
    machine.writeManaged({ providers: { anthropic: 'block' } });
    repo.write('.aiguard.json', JSON.stringify({ assistants: { aider: 'allow' } }));
    const claude = repo.commit({ message: 'Fix off-by-one\n\nCo-authored-by: aider (anthropic/claude-sonnet-4-20250514) <aider@aider.chat>\n' });
    repo.commit({ message: 'Tidy\n\nCo-authored-by: aider (gpt-5) <aider@aider.chat>\n' });
    const { exitCode, findings } = await scanFindings();
    expect(exitCode).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      assistant: 'aider',
      signature: 'aider/claude-model-trailer',
      verdict: 'block',
      decidedBy: `managed policy ${machine.managedFile} (providers.anthropic: block)`,
      location: { commit: claude },
    });
  });

  test('an OpenCode commit naming a Claude model is blocked by the ban-anthropic preset; one naming another model only warns', async () => {
    const init = await runCli(['policy', 'init', '--preset', 'ban-anthropic'], { cwd: repo.path, env: machine.env });
    expect(init.exitCode).toBe(0);
    repo.commit({ message: 'Add theme\n\nCo-Authored-By: opencode (claude-sonnet-4-5) <noreply@opencode.ai>\n' });
    repo.commit({ message: 'Fix theme\n\nCo-Authored-By: opencode (gpt-5) <noreply@opencode.ai>\n' });
    const { exitCode, findings } = await scanFindings();
    expect(exitCode).toBe(1);
    expect(findings.map((finding) => [finding.signature, finding.verdict]).sort()).toEqual([
      ['opencode/claude-model-trailer', 'block'],
      ['opencode/co-author-trailer', 'warn'],
    ]);
    // One finding per commit and tool: the Claude commit's plain co-author signature is part of its finding.
    expect(findings.find((finding) => finding.verdict === 'block')).toMatchObject({ provider: 'anthropic', model: { id: 'claude-sonnet-4.5' } });
  });
});

describe('per-kind overrides', () => {
  test('repository files warn while commits block', async () => {
    machine.writeManaged({ vendors: { Anthropic: 'block' }, kinds: { 'repo-path': 'warn' } });
    repo.commit({ message: claudeCommitMessage('Add parser'), files: { 'CLAUDE.md': '# memory\n' } });
    const { exitCode, findings } = await scanFindings();
    expect(exitCode).toBe(1);
    expect(verdicts(findings)).toEqual({ 'claude-code/co-author-trailer': 'block', 'claude-code/claude-md': 'warn' });
    expect(findings.find((finding) => finding.signature === 'claude-code/claude-md')!.decidedBy).toBe(`managed policy ${machine.managedFile} (kinds.repo-path: warn)`);
  });
});

describe('presets', () => {
  beforeEach(() => {
    repo.commit({ message: claudeCommitMessage('Add parser') });
    repo.commit({ message: 'Add rules\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n' });
    repo.commit({ message: 'Port\n\nCo-authored-by: Qwen-Coder <qwen-coder@alibabacloud.com>\n' });
  });

  async function withPreset(...flags: string[]) {
    const file = join(machine.home, 'preset.json');
    const init = await runCli(['policy', 'init', ...flags, '--output', file], { cwd: repo.path, env: machine.env });
    expect(init.exitCode).toBe(0);
    const { exitCode, findings } = await scanFindings('--policy', file);
    return { exitCode, byAssistant: Object.fromEntries(findings.map((finding) => [finding.assistant, finding.verdict])) };
  }

  test('ban-anthropic blocks Claude Code and warns on the rest', async () => {
    expect(await withPreset('--preset', 'ban-anthropic')).toEqual({ exitCode: 1, byAssistant: { 'claude-code': 'block', cursor: 'warn', 'qwen-code': 'warn' } });
  });

  test('ban-all-assistants blocks every assistant', async () => {
    expect(await withPreset('--preset', 'ban-all-assistants')).toEqual({ exitCode: 1, byAssistant: { 'claude-code': 'block', cursor: 'block', 'qwen-code': 'block' } });
  });

  test('allow-only drops the listed assistants and blocks the others', async () => {
    expect(await withPreset('--preset', 'allow-only', '--allow', 'qwen-code,cursor')).toEqual({ exitCode: 1, byAssistant: { 'claude-code': 'block' } });
  });

  test('report-only warns on everything and exits 0', async () => {
    expect(await withPreset('--preset', 'report-only')).toEqual({ exitCode: 0, byAssistant: { 'claude-code': 'warn', cursor: 'warn', 'qwen-code': 'warn' } });
  });
});
