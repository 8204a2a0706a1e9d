/**
 * @fileoverview End-to-end (issue 13): every class of attribution evidence, each in a commit of a real repository,
 * through the built CLI: tool, model and provider on the finding, one finding per commit and tool, evidence that
 * survives attribution turned off, and messages as people write them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { createPolicyMachine, type PolicyMachine } from '../helpers/policy-env.js';
import { runCli } from '../helpers/run-cli.js';
import { findingsFor, scanJson, type JsonReport, type ReportFinding } from '../helpers/scan-report.js';

const CLASSES = {
  viaCrush: 'Fix cache\n\nAssisted-by: Claude Opus 4.6 via Crush\n',
  crushProvider: 'Add exporter\n\nAssisted-by: Crush:anthropic/claude-opus-5\n',
  kernel: 'net: fix leak\n\nAssisted-by: Claude:claude-3-opus coccinelle sparse\n',
  codexModel: 'Add flags\n\nCo-authored-by: Codex (gpt-5.4) <noreply@openai.com>\n',
  kiroModel: 'Port parser\n\nCo-authored-by: Kiro AI (Claude Opus 4.6) <244629292+kiro-agent@users.noreply.github.com>\n',
  aiderModel: 'Tidy\n\nCo-authored-by: aider (openrouter/deepseek/deepseek-r1) <aider@aider.chat>\n',
  multiModel: 'Plan and code\n\nAssisted-by: gpt-5-high (planning) && gemini-2.5-pro (coding)\n',
  threeSignals: 'Add cache\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>\nAssisted-by: Claude:claude-opus-4-6\n',
  ampThreadLink: 'Speed up indexing\n\nDone in https://ampcode.com/threads/T-5b6c1a2e-8f3d-4c9a-b1e2-0d4f6a7b8c9d\n',
  devinSession: 'Fix login\n\nDevin Session: https://app.devin.ai/sessions/4f8a2c1e9b7d4e6f8a1b2c3d4e5f6a7b\n',
  cursorAgentLink: 'Fix header\n\n[Open in Cursor](https://cursor.com/agents/bc-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d)\n',
  julesTask: 'Add tests\n\n*PR created automatically by Jules for task [1234567890123456789](https://jules.google.com/task/1234567890123456789)*\n',
  codexTask: 'Refactor\n\n[Codex Task](https://chatgpt.com/codex/tasks/task_e_68d2f1a9c4b08321a5e0c7b1f2d3e4a5)\n',
  mergeClaude: 'Merge pull request #7 from acme/claude/add-readme-3T29K\n\nAdd README',
  mergeCopilot: "Merge branch 'main' into copilot/fix-login\n",
  mergeCodex: "Merge remote-tracking branch 'origin/main' into codex/refactor-x\n",
  mergeRandomCodex: 'Merge pull request #9 from acme/a1b2c3-codex/add-tests\n',
  botReviewer: 'Fix\n\nReviewed-by: Helper <158243242+devin-ai-integration[bot]@users.noreply.github.com>\n',
  botCoAuthorAnyName: 'Fix\n\nCo-authored-by: Anyone <209825114+claude@users.noreply.github.com>\n',
  literalNewlines: 'fix: x\\n\\nCo-Authored-By: Claude <noreply@anthropic.com>',
  htmlEscaped: 'Fix\n\nCo-authored-by: opencode &lt;noreply@opencode.ai&gt;\n',
  brokenLink: 'Fix\n\nMade with [Cursor](https://cur\nsor.com)\n',
  grok: 'Add ticker\n\nCo-Authored-By: Grok <noreply@x.ai>\n',
  humanClaude: 'Fix typo\n\nCo-authored-by: Claude Shannon <claude.shannon@example.org>\n',
  humanMerge: 'Merge pull request #3 from acme/feature/login\n',
} as const;

type Class = keyof typeof CLASSES;

let repo: FixtureRepo;
let report: JsonReport;
const commits = {} as Record<Class, string>;

beforeAll(async () => {
  repo = createRepo({ prefix: 'aiguard-attribution-' });
  for (const [name, message] of Object.entries(CLASSES)) commits[name as Class] = repo.commit({ message });
  report = await scanJson(repo.path);
});
afterAll(() => repo.cleanup());

const found = (name: Class): ReportFinding[] => findingsFor(report, commits[name]);
const brief = (name: Class) => found(name).map((f) => ({ assistant: f.assistant, model: f.model?.id, provider: f.provider }));

describe('aiguard scan: tool, model and provider', () => {
  it('reports "<model> via Crush" as Crush running an Anthropic model, once', () => {
    expect(brief('viaCrush')).toEqual([{ assistant: 'crush', model: 'claude-opus-4.6', provider: 'anthropic' }]);
  });

  it('reads <tool>:<provider>/<model>, the kernel form, and model-suffixed names', () => {
    expect(brief('crushProvider')).toEqual([{ assistant: 'crush', model: 'claude-opus-5', provider: 'anthropic' }]);
    expect(brief('kernel')).toEqual([{ assistant: 'claude-code', model: 'claude-3-opus', provider: 'anthropic' }]);
    expect(brief('codexModel')).toEqual([{ assistant: 'openai-codex', model: 'gpt-5.4', provider: 'openai' }]);
    expect(brief('kiroModel')).toEqual([{ assistant: 'kiro', model: 'claude-opus-4.6', provider: 'anthropic' }]);
    expect(brief('aiderModel')).toEqual([{ assistant: 'aider', model: 'deepseek-r1', provider: 'deepseek' }]);
  });

  it('keeps every model of a multi-model line, and "some agent" when no tool is named', () => {
    const [finding, ...rest] = found('multiModel');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ assistant: 'any-agent', model: { id: 'gpt-5-high', provider: 'openai' }, provider: 'openai' });
    expect((finding as unknown as { models: { id: string }[] }).models.map((m) => m.id)).toEqual(['gpt-5-high', 'gemini-2.5-pro']);
  });

  it('counts a commit with three Claude Code signatures once, carrying all three', () => {
    const [finding, ...rest] = found('threeSignals');
    expect(rest).toEqual([]);
    expect(finding!.signatures!.map((s) => s.signature)).toEqual([
      'claude-code/co-author-trailer',
      'claude-code/assisted-by-trailer',
      'claude-code/generated-with-footer',
      'any-agent/assisted-by-trailer',
    ]);
  });
});

describe('aiguard scan: evidence that survives attribution turned off', () => {
  it.each([
    ['ampThreadLink', 'amp'],
    ['devinSession', 'devin'],
    ['cursorAgentLink', 'cursor'],
    ['julesTask', 'jules'],
    ['codexTask', 'openai-codex'],
  ] as const)('finds the session or task link in %s', (name, assistant) => {
    expect(found(name).map((f) => [f.assistant, f.strength])).toEqual([[assistant, 'strong']]);
  });

  it.each([
    ['mergeClaude', 'claude-code'],
    ['mergeCopilot', 'copilot-coding-agent'],
    ['mergeCodex', 'openai-codex'],
    ['mergeRandomCodex', 'openai-codex'],
  ] as const)('grades the assistant branch named in %s as weak branch evidence', (name, assistant) => {
    expect(found(name).map((f) => [f.assistant, f.kind, f.strength])).toEqual([[assistant, 'branch', 'weak']]);
  });

  it('finds catalogued bot addresses in any *-by trailer, whatever the display name', () => {
    expect(found('botReviewer').map((f) => f.assistant)).toEqual(['devin']);
    expect(found('botCoAuthorAnyName').map((f) => f.assistant)).toEqual(['claude-code']);
  });

  it('reads literal \\n, HTML-escaped addresses and a footer link broken across lines', () => {
    expect(found('literalNewlines').map((f) => f.assistant)).toEqual(['claude-code']);
    expect(found('htmlEscaped').map((f) => f.assistant)).toEqual(['opencode']);
    expect(found('brokenLink').map((f) => f.assistant)).toEqual(['cursor']);
  });

  it('finds newly catalogued assistants such as Grok, and stays silent on humans and plain branches', () => {
    expect(brief('grok')).toEqual([{ assistant: 'grok', model: undefined, provider: 'xai' }]);
    expect(found('humanClaude')).toEqual([]);
    expect(found('humanMerge')).toEqual([]);
  });
});

describe('aiguard scan: a provider ban covers the model whatever tool sent it', () => {
  let machine: PolicyMachine;
  beforeAll(() => {
    machine = createPolicyMachine();
    machine.writeManaged({ providers: { anthropic: 'block' }, default: 'allow' });
  });
  afterAll(() => machine.cleanup());

  it('blocks Crush:anthropic/claude-opus-5 under a ban on Anthropic, and allows Crush with a Moonshot model', async () => {
    const banned = createRepo({ prefix: 'aiguard-attribution-ban-' });
    try {
      const claude = banned.commit({ message: 'Add exporter\n\nAssisted-by: Crush:anthropic/claude-opus-5\n' });
      banned.commit({ message: 'Add importer\n\nAssisted-by: Crush:kimi-k2.6\n' });
      const result = await runCli(['scan', banned.path, '--format', 'json'], { env: machine.env });
      expect(result.exitCode).toBe(1);
      const findings = JSON.parse(String(result.stdout)).findings as { assistant: string; verdict: string; decidedBy: string; location: { commit: string } }[];
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ assistant: 'crush', verdict: 'block', location: { commit: claude } });
      expect(findings[0]!.decidedBy).toContain('providers.anthropic: block');
    } finally {
      banned.cleanup();
    }
  });
});

describe('aiguard scan: the models selector', () => {
  const layers = ['managed', 'user', 'repository', 'cli'] as const;

  async function scanWith(layer: (typeof layers)[number] | 'managed-and-repository'): Promise<{ exitCode: number | undefined; findings: { assistant: string; verdict: string; decidedBy: string; location: { commit: string } }[]; claude: string }> {
    const machine = createPolicyMachine();
    const target = createRepo({ prefix: 'aiguard-models-' });
    try {
      const claude = target.commit({ message: 'Add exporter\n\nAssisted-by: Crush:anthropic/claude-opus-5\n' });
      target.commit({ message: 'Add importer\n\nAssisted-by: Crush:kimi-k2.6\n' });
      const ban = { models: { 'claude-*': 'block' }, default: 'allow' };
      const args: string[] = [];
      if (layer === 'managed') machine.writeManaged(ban);
      if (layer === 'user') machine.writeUser(ban);
      if (layer === 'repository') target.write('.aiguard.json', JSON.stringify(ban));
      if (layer === 'cli') {
        target.write('ban.json', JSON.stringify(ban));
        args.push('--policy', `${target.path}/ban.json`);
      }
      if (layer === 'managed-and-repository') {
        machine.writeManaged({ models: { 'claude-*': 'block' } });
        target.write('.aiguard.json', JSON.stringify({ models: { 'claude-*': 'allow' }, default: 'allow' }));
      }
      const result = await runCli(['scan', target.path, '--format', 'json', ...args], { env: machine.env });
      expect(String(result.stderr)).toBe('');
      return { exitCode: result.exitCode, findings: JSON.parse(String(result.stdout)).findings, claude };
    } finally {
      target.cleanup();
      machine.cleanup();
    }
  }

  it.each(layers)('blocks a claude-* model sent through Crush when the %s layer says so, and lets the Moonshot model pass', async (layer) => {
    const { exitCode, findings, claude } = await scanWith(layer);
    expect(exitCode).toBe(1);
    expect(findings.map((f) => [f.assistant, f.verdict, f.location.commit])).toEqual([['crush', 'block', claude]]);
    expect(findings[0]!.decidedBy).toContain('models.claude-*: block');
  });

  it('cannot be loosened by a lower layer: a repository allow of claude-* leaves the managed block in force', async () => {
    const { exitCode, findings } = await scanWith('managed-and-repository');
    expect(exitCode).toBe(1);
    expect(findings.find((f) => f.verdict === 'block')!.decidedBy).toMatch(/^managed policy .* \(models\.claude-\*: block\)$/);
  });
});
