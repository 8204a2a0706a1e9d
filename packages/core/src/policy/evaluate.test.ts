/** @fileoverview Tests for policy evaluation: selector specificity, tighten-only layers, enforceSince, kinds and weak evidence. */
import { describe, expect, test } from 'vitest';
import type { Evidence } from '../model/evidence.js';
import type { Policy, PolicyDocument, PolicyLayer, PolicyLayerName } from '../model/policy.js';
import { decideAction, evaluateEvidence } from './evaluate.js';

function layer(name: PolicyLayerName, document: PolicyDocument): PolicyLayer {
  return { layer: name, file: `/${name}/policy.json`, document };
}

function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    assistant: 'claude-code',
    signature: 'claude-code/co-author-trailer',
    kind: 'commit-trailer',
    strength: 'strong',
    location: { repository: '/r', commit: 'a'.repeat(40), line: 3 },
    excerpt: 'Co-Authored-By: Claude <noreply@anthropic.com>',
    fingerprint: 'f'.repeat(32),
    date: '2026-02-01T10:00:00Z',
    ...overrides,
  };
}

describe('evaluateEvidence', () => {
  test('a repository layer that allows Claude Code cannot undo a managed vendor ban', () => {
    const policy: Policy = { layers: [layer('managed', { vendors: { Anthropic: 'block' } }), layer('repository', { assistants: { 'claude-code': 'allow' } })] };
    const finding = evaluateEvidence(evidence(), policy);
    expect(finding?.verdict).toBe('block');
    expect(finding?.decidedBy).toEqual({ layer: 'managed', file: '/managed/policy.json', rule: 'vendors.Anthropic: block' });
  });

  test('a lower layer can tighten a warning into a block and is named as the decider', () => {
    const policy: Policy = { layers: [layer('user', { default: 'warn' }), layer('cli', { assistants: { 'claude-code': 'block' } })] };
    expect(evaluateEvidence(evidence(), policy)).toMatchObject({ verdict: 'block', decidedBy: { layer: 'cli', file: '/cli/policy.json', rule: 'assistants.claude-code: block' } });
  });

  test('within one layer the assistant selector beats the vendor selector', () => {
    const policy: Policy = { layers: [layer('repository', { vendors: { Anthropic: 'block' }, assistants: { 'claude-code': 'warn' } })] };
    expect(evaluateEvidence(evidence(), policy)?.verdict).toBe('warn');
  });

  test('a provider selector covers assistants tied to that provider alone, not tools that merely can use it', () => {
    const policy: Policy = { layers: [layer('repository', { providers: { anthropic: 'block' }, default: 'allow' })] };
    expect(evaluateEvidence(evidence({ assistant: 'claude-desktop' }), policy)?.verdict).toBe('block');
    expect(evaluateEvidence(evidence({ assistant: 'aider' }), policy)).toBeUndefined();
  });

  test('evidence that a tool sent code to Anthropic counts under provider anthropic, whatever tool it was', () => {
    const policy: Policy = { layers: [layer('managed', { providers: { anthropic: 'block' }, assistants: { aider: 'allow' }, default: 'warn' })] };
    const claudeTrailer = evidence({ assistant: 'aider', signature: 'aider/claude-model-trailer', excerpt: 'Co-authored-by: aider (anthropic/claude-sonnet-4) <aider@aider.chat>' });
    expect(evaluateEvidence(claudeTrailer, policy)).toMatchObject({ verdict: 'block', decidedBy: { layer: 'managed', rule: 'providers.anthropic: block' } });
    expect(evaluateEvidence(evidence({ assistant: 'aider', signature: 'aider/co-author-trailer' }), policy)).toBeUndefined();
    expect(evaluateEvidence(evidence({ assistant: 'opencode', signature: 'opencode/claude-model-trailer' }), policy)?.verdict).toBe('block');
  });

  test('a provider rule on tagged evidence beats the default but not a stricter rule for the tool', () => {
    const tagged = evidence({ assistant: 'aider', signature: 'aider/claude-model-trailer' });
    expect(evaluateEvidence(tagged, { layers: [layer('repository', { providers: { anthropic: 'warn' }, default: 'block' })] })?.verdict).toBe('warn');
    expect(evaluateEvidence(tagged, { layers: [layer('repository', { providers: { anthropic: 'warn' }, assistants: { aider: 'block' } })] })?.verdict).toBe('block');
  });

  test('a model named in the evidence counts under its provider, whatever tool sent it (Crush:anthropic/claude-opus-5)', () => {
    const policy: Policy = { layers: [layer('managed', { providers: { anthropic: 'block' }, default: 'allow' })] };
    const crushClaude = evidence({ assistant: 'crush', signature: 'crush/assisted-by-trailer', model: { written: 'anthropic/claude-opus-5', id: 'claude-opus-5', provider: 'anthropic' } });
    expect(evaluateEvidence(crushClaude, policy)).toMatchObject({ verdict: 'block', decidedBy: { layer: 'managed', rule: 'providers.anthropic: block' } });
    expect(evaluateEvidence(evidence({ assistant: 'crush', signature: 'crush/assisted-by-trailer', model: { written: 'kimi-k2.6', id: 'kimi-k2.6', provider: 'moonshot' } }), policy)).toBeUndefined();
  });

  test('a models glob blocks a matching model whatever tool sent it, and names the glob', () => {
    const policy: Policy = { layers: [layer('repository', { models: { 'claude-*': 'block', 'DeepSeek-*': 'warn' }, default: 'allow' })] };
    const crush = (id: string) => evidence({ assistant: 'crush', signature: 'crush/assisted-by-trailer', model: { written: id, id } });
    expect(evaluateEvidence(crush('claude-opus-4.6'), policy)).toMatchObject({ verdict: 'block', decidedBy: { layer: 'repository', rule: 'models.claude-*: block' } });
    expect(evaluateEvidence(crush('deepseek-v4-pro'), policy)?.verdict).toBe('warn');
    expect(evaluateEvidence(crush('gpt-5.4'), policy)).toBeUndefined();
    const several = evidence({ assistant: 'any-agent', signature: 'any-agent/assisted-by-trailer', models: [{ written: 'gpt-5', id: 'gpt-5' }, { written: 'claude-sonnet-4.5', id: 'claude-sonnet-4.5' }] });
    expect(evaluateEvidence(several, policy)?.verdict).toBe('block');
  });

  test('a models allow never loosens another selector, in the same layer or a lower one', () => {
    const claude = evidence({ model: { written: 'Claude Opus 4.6', id: 'claude-opus-4.6', provider: 'anthropic' } });
    expect(evaluateEvidence(claude, { layers: [layer('repository', { assistants: { 'claude-code': 'block' }, models: { 'claude-*': 'allow' } })] })?.verdict).toBe('block');
    const layered: Policy = { layers: [layer('managed', { models: { 'claude-*': 'block' } }), layer('repository', { models: { 'claude-*': 'allow' }, default: 'allow' })] };
    expect(evaluateEvidence(claude, layered)).toMatchObject({ verdict: 'block', decidedBy: { layer: 'managed', rule: 'models.claude-*: block' } });
  });

  test('a kind override warns on repository files while commits stay blocked', () => {
    const policy: Policy = { layers: [layer('repository', { vendors: { Anthropic: 'block' }, kinds: { 'repo-path': 'warn' } })] };
    expect(evaluateEvidence(evidence(), policy)?.verdict).toBe('block');
    const file = evaluateEvidence(evidence({ kind: 'repo-path', signature: 'claude-code/claude-md', location: { path: 'CLAUDE.md' }, date: undefined }), policy);
    expect(file).toMatchObject({ verdict: 'warn', decidedBy: { layer: 'repository', rule: 'kinds.repo-path: warn' } });
  });

  test('a kind override does not report an assistant the same layer allows', () => {
    const policy: Policy = { layers: [layer('repository', { assistants: { 'claude-code': 'allow' }, kinds: { 'repo-path': 'block' } })] };
    expect(evaluateEvidence(evidence({ kind: 'repo-path' }), policy)).toBeUndefined();
  });

  test('history before a dated ban is info and newer history is blocked', () => {
    const policy: Policy = { layers: [layer('managed', { assistants: { 'claude-code': 'block' }, enforceSince: '2026-01-15' })] };
    expect(evaluateEvidence(evidence({ date: '2026-01-14T23:59:59Z' }), policy)).toMatchObject({
      verdict: 'info',
      decidedBy: { layer: 'managed', rule: 'assistants.claude-code: block; before enforceSince 2026-01-15' },
    });
    expect(evaluateEvidence(evidence({ date: '2026-01-15T00:00:00Z' }), policy)?.verdict).toBe('block');
  });

  test('a ban given as a commit asks the context which commits came before it', () => {
    const policy: Policy = { layers: [layer('repository', { default: 'block', enforceSince: 'abc1234' })] };
    const old = 'b'.repeat(40);
    const context = { isBeforeCommit: (since: string, commit: string) => since === 'abc1234' && commit === old };
    expect(evaluateEvidence(evidence({ location: { commit: old } }), policy, context)?.verdict).toBe('info');
    expect(evaluateEvidence(evidence(), policy, context)?.verdict).toBe('block');
  });

  test('files seen now are never before the ban', () => {
    const policy: Policy = { layers: [layer('repository', { default: 'block', enforceSince: '2030-01-01' })] };
    expect(evaluateEvidence(evidence({ kind: 'repo-path', location: { path: 'CLAUDE.md' }, date: undefined }), policy)?.verdict).toBe('block');
  });

  test('weak evidence alone is capped at warn', () => {
    const policy: Policy = { layers: [layer('managed', { default: 'block' })] };
    expect(evaluateEvidence(evidence({ strength: 'weak' }), policy)?.verdict).toBe('warn');
  });

  test('evidence below the minimum strength of every layer is dropped', () => {
    const policy: Policy = { layers: [layer('repository', { default: 'block', minStrength: 'strong' })] };
    expect(evaluateEvidence(evidence({ strength: 'shared' }), policy)).toBeUndefined();
  });

  test('a repository minStrength silences its own rules only: a managed block on shared evidence stands (issue 10)', () => {
    const policy: Policy = { layers: [layer('managed', { default: 'block' }), layer('repository', { minStrength: 'strong' })] };
    const agentsMd = evidence({ assistant: 'any-agent', signature: 'any-agent/agents-md', kind: 'repo-path', strength: 'shared', location: { path: 'AGENTS.md' }, date: undefined });
    expect(evaluateEvidence(agentsMd, policy)).toMatchObject({ verdict: 'block', decidedBy: { layer: 'managed', rule: 'default: block' } });
  });

  test('a higher layer\'s minStrength does not hide what a lower layer bans', () => {
    const policy: Policy = { layers: [layer('user', { minStrength: 'strong', default: 'warn' }), layer('repository', { assistants: { 'claude-code': 'block' } })] };
    expect(evaluateEvidence(evidence({ strength: 'shared' }), policy)).toMatchObject({ verdict: 'block', decidedBy: { layer: 'repository' } });
  });

  test('a back-dated commit is measured by the later of its dates, and on a server by when it arrived', () => {
    const policy: Policy = { layers: [layer('managed', { default: 'block', enforceSince: '2026-01-15' })] };
    const backDated = evidence({ date: '2020-01-01T00:00:00Z' });
    expect(evaluateEvidence(backDated, policy)?.verdict).toBe('info');
    expect(evaluateEvidence(backDated, policy, { arrivedAt: new Date('2026-03-01T00:00:00Z') })?.verdict).toBe('block');
    expect(evaluateEvidence(backDated, policy, { arrivedAt: new Date('2026-01-01T00:00:00Z') })?.verdict).toBe('info');
  });

  test('with no policy every finding is a warning from the default', () => {
    expect(evaluateEvidence(evidence(), { layers: [] })).toMatchObject({ verdict: 'warn', decidedBy: { layer: 'default', rule: 'no policy found' } });
  });
});

describe('decideAction', () => {
  test('keeps the one-argument form editors call, with vendor selectors and tighten-only layers', () => {
    const policy: Policy = { layers: [layer('managed', { vendors: { Anthropic: 'block' } }), layer('repository', { default: 'allow' })] };
    expect(decideAction('claude-code', policy)).toEqual({ action: 'block', decidedBy: { layer: 'managed', file: '/managed/policy.json', rule: 'vendors.Anthropic: block' } });
    expect(decideAction('qwen-code', policy).action).toBe('allow');
  });
});
