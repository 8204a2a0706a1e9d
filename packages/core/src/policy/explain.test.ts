/** @fileoverview Tests for policy explanations: layer states, what each layer says, the decider, and refinements. */
import { describe, expect, test } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import type { Policy, PolicyDocument, PolicyLayer, PolicyLayerName } from '../model/policy.js';
import { explainAssistant, explainLayers } from './explain.js';

const claudeCode = CATALOG.find((a) => a.id === 'claude-code')!;
const aider = CATALOG.find((a) => a.id === 'aider')!;

function layer(name: PolicyLayerName, document: PolicyDocument, file = `/${name}/policy.json`): PolicyLayer {
  return { layer: name, file, document };
}

describe('explainLayers', () => {
  test('lists every candidate as applied, missing or locked out, and says which file locks and how a file was named', () => {
    const managed = layer('managed', { locked: true, default: 'warn' }, '/mdm/policy.json');
    const repository = layer('repository', { default: 'block' }, '/r/.aiguard.json');
    const policy: Policy = { layers: [managed], lockedOut: [repository] };
    const candidates = [
      { layer: 'managed', file: '/etc/aiguard/policy.json', required: false },
      { layer: 'managed', file: '/mdm/policy.json', required: true, namedBy: 'AIGUARD_MANAGED_POLICY' },
      { layer: 'repository', file: '/r/.aiguard.json', required: false },
    ] as const;
    expect(explainLayers(candidates, policy)).toEqual([
      { layer: 'managed', file: '/etc/aiguard/policy.json', state: 'missing', locks: false },
      { layer: 'managed', file: '/mdm/policy.json', state: 'applied', locks: true, namedBy: 'AIGUARD_MANAGED_POLICY' },
      { layer: 'repository', file: '/r/.aiguard.json', state: 'locked-out', locks: false },
    ]);
  });
});

describe('explainAssistant', () => {
  test('names the deciding layer and shows a lower allow as what it is: overruled', () => {
    const policy: Policy = { layers: [layer('managed', { vendors: { Anthropic: 'block' } }), layer('user', {}), layer('repository', { assistants: { 'claude-code': 'allow' } })] };
    const explanation = explainAssistant(claudeCode, policy);
    expect(explanation.action).toBe('block');
    expect(explanation.decidedBy).toEqual({ layer: 'managed', file: '/managed/policy.json', rule: 'vendors.Anthropic: block' });
    expect(explanation.layers.map(({ layer: name, rule, action, decides }) => ({ name, rule, action, decides }))).toEqual([
      { name: 'managed', rule: 'vendors.Anthropic', action: 'block', decides: true },
      { name: 'user', rule: undefined, action: undefined, decides: false },
      { name: 'repository', rule: 'assistants.claude-code', action: 'allow', decides: false },
    ]);
  });

  test('falls back to the built-in default when no layer names the assistant', () => {
    expect(explainAssistant(claudeCode, { layers: [] })).toMatchObject({ action: 'warn', layers: [] });
    expect(explainAssistant(claudeCode, { layers: [] }).decidedBy).toBeUndefined();
  });

  test('lists kind overrides, provider rules for evidence that names a provider, and the ban date', () => {
    const policy: Policy = { layers: [layer('managed', { providers: { anthropic: 'block' }, kinds: { 'repo-path': 'warn' }, default: 'allow', enforceSince: '2026-02-01' })] };
    const [managed] = explainAssistant(aider, policy).layers;
    expect(managed!.refinements).toEqual([
      { rule: 'providers.anthropic: block', appliesTo: 'aider/claude-model-trailer: evidence it sent code to anthropic' },
      { rule: 'providers.anthropic: block', appliesTo: 'aider/claude-model-config: evidence it sent code to anthropic' },
      { rule: 'providers.anthropic: block', appliesTo: 'aider/claude-model-env: evidence it sent code to anthropic' },
      { rule: 'enforceSince: 2026-02-01', appliesTo: 'commits dated before it are info, not failed' },
    ]);
  });

  test('lists a models glob where it is stricter than the tool\'s own rule, for tools whose commits name models', () => {
    const policy: Policy = { layers: [layer('repository', { models: { 'claude-*': 'block', 'gpt-*': 'allow' }, default: 'warn' })] };
    const [repository] = explainAssistant(aider, policy).layers;
    expect(repository!.refinements).toEqual([{ rule: 'models.claude-*: block', appliesTo: 'its evidence that names a model matching claude-*' }]);
  });

  test('marks layers a locked managed policy shuts out', () => {
    const policy: Policy = { layers: [layer('managed', { locked: true, default: 'warn' })], lockedOut: [layer('repository', { default: 'block' })] };
    expect(explainAssistant(claudeCode, policy).layers.map((say) => [say.layer, say.state])).toEqual([
      ['managed', 'applied'],
      ['repository', 'locked-out'],
    ]);
  });
});
