/** @fileoverview Tests for the verdict engine: ignores and baselines on top of the layers, and what a managed policy may forbid. */
import { describe, expect, test } from 'vitest';
import type { Evidence } from '../model/evidence.js';
import type { Policy, PolicyDocument, PolicyLayer, PolicyLayerName } from '../model/policy.js';
import { BASELINE_VERSION, type Baseline } from './baseline.js';
import { createEnforcer } from './enforcer.js';

function layer(name: PolicyLayerName, document: PolicyDocument): PolicyLayer {
  return { layer: name, file: `/${name}/policy.json`, document };
}

const CLAUDE_MD: Evidence = {
  assistant: 'claude-code',
  signature: 'claude-code/claude-md',
  kind: 'repo-path',
  strength: 'strong',
  location: { repository: '/r', path: 'docs/CLAUDE.md' },
  excerpt: 'docs/CLAUDE.md',
  fingerprint: 'a'.repeat(32),
};

const IGNORE_DOCS = { path: 'docs/**', reason: 'vendored examples' };

function baselineOf(...fingerprints: string[]): { file: string; baseline: Baseline } {
  return {
    file: '/r/.aiguard-baseline.json',
    baseline: { version: BASELINE_VERSION, entries: fingerprints.map((fingerprint) => ({ fingerprint, assistant: 'claude-code', signature: 'claude-code/claude-md', location: 'docs/CLAUDE.md', acceptedAt: '2026-01-01T00:00:00Z' })) },
  };
}

describe('createEnforcer', () => {
  test('a repository ignore hides what the repository decided, and is counted as used', () => {
    const enforcer = createEnforcer({ policy: { layers: [layer('repository', { default: 'block', ignores: [IGNORE_DOCS] })] } });
    expect(enforcer.judge(CLAUDE_MD)).toBeUndefined();
    expect(enforcer.suppressed).toBe(1);
    expect(enforcer.suppressions().ignores[0]).toMatchObject({ state: 'used', matched: 1 });
  });

  test('a repository ignore never hides a managed block', () => {
    const policy: Policy = { layers: [layer('managed', { default: 'block' }), layer('repository', { ignores: [IGNORE_DOCS] })] };
    expect(createEnforcer({ policy }).judge(CLAUDE_MD)).toMatchObject({ verdict: 'block', decidedBy: { layer: 'managed' } });
  });

  test('an ignore that hides a repository block leaves the warning a stronger layer gives', () => {
    const policy: Policy = { layers: [layer('user', { default: 'warn' }), layer('repository', { default: 'block', ignores: [IGNORE_DOCS] })] };
    expect(createEnforcer({ policy }).judge(CLAUDE_MD)).toMatchObject({ verdict: 'warn', decidedBy: { layer: 'user', rule: 'default: warn' } });
  });

  test('allowIgnores: false in the managed layer stops lower layers\' ignores and reports them as forbidden', () => {
    const policy: Policy = { layers: [layer('managed', { allowIgnores: false }), layer('repository', { default: 'block', ignores: [IGNORE_DOCS] })] };
    const enforcer = createEnforcer({ policy });
    expect(enforcer.judge(CLAUDE_MD)?.verdict).toBe('block');
    expect(enforcer.suppressions().ignores[0]).toMatchObject({ state: 'forbidden', matched: 0 });
  });

  test('a managed layer\'s own ignores still apply under allowIgnores: false', () => {
    const policy: Policy = { layers: [layer('managed', { default: 'block', allowIgnores: false, ignores: [IGNORE_DOCS] })] };
    expect(createEnforcer({ policy }).judge(CLAUDE_MD)).toBeUndefined();
  });

  test('the baseline hides a repository-decided finding unless the managed layer says allowBaselines: false', () => {
    const repository = layer('repository', { default: 'block' });
    expect(createEnforcer({ policy: { layers: [repository] }, baseline: baselineOf(CLAUDE_MD.fingerprint) }).judge(CLAUDE_MD)).toBeUndefined();
    const forbidding = createEnforcer({ policy: { layers: [layer('managed', { allowBaselines: false }), repository] }, baseline: baselineOf(CLAUDE_MD.fingerprint) });
    expect(forbidding.judge(CLAUDE_MD)?.verdict).toBe('block');
    expect(forbidding.suppressions()).toMatchObject({ baselineForbiddenBy: '/managed/policy.json', suppressedByBaseline: 0 });
  });

  test('the baseline never hides a managed block', () => {
    const policy: Policy = { layers: [layer('managed', { default: 'block' })] };
    expect(createEnforcer({ policy, baseline: baselineOf(CLAUDE_MD.fingerprint) }).judge(CLAUDE_MD)?.verdict).toBe('block');
  });

  test('an expired ignore does not apply', () => {
    const policy: Policy = { layers: [layer('repository', { default: 'block', ignores: [{ ...IGNORE_DOCS, expires: '2026-01-01' }] })] };
    const enforcer = createEnforcer({ policy, now: new Date('2026-06-01T00:00:00Z') });
    expect(enforcer.judge(CLAUDE_MD)?.verdict).toBe('block');
    expect(enforcer.suppressions().ignores[0]?.state).toBe('expired');
  });
});
