/** @fileoverview Explains a policy: every layer looked for, what each says about an assistant, and which decided. */
import type { Assistant } from '../model/assistant.js';
import type { Policy, PolicyLayer, PolicyLayerName } from '../model/policy.js';
import type { PolicyCandidate } from '../sources/policy-files.js';
import { layerRule, layerVerdicts, strictestVerdict, type EvaluationContext } from './evaluate.js';

/** One place a layer's file may be, and what became of it. */
export interface LayerStatus {
  readonly layer: PolicyLayerName;
  readonly file: string;
  /** `applied`; `missing` (no file there); `locked-out` (found, but a locked managed policy overrides it). */
  readonly state: 'applied' | 'missing' | 'locked-out';
  /** True for a managed file that says `"locked": true`. */
  readonly locks: boolean;
}

/** What one layer says about one assistant. */
export interface LayerSay {
  readonly layer: PolicyLayerName;
  readonly file: string;
  /** e.g. `vendors.Anthropic: block`, or undefined when the file says nothing about the assistant. */
  readonly rule?: string;
  readonly action?: 'block' | 'warn' | 'allow';
  readonly state: 'applied' | 'locked-out';
  /** True for the layer whose rule set the verdict. */
  readonly decides: boolean;
}

/** The verdict for one assistant and how it was reached. */
export interface AssistantExplanation {
  readonly assistant: Assistant;
  /** The action strong, current evidence of this assistant gets. */
  readonly action: 'block' | 'warn' | 'allow';
  /** The deciding layer, or undefined for the built-in default (warn). */
  readonly decidedBy?: { readonly layer: PolicyLayerName; readonly file: string; readonly rule: string };
  readonly layers: readonly LayerSay[];
}

/** Every candidate file with its state, strongest first. */
export function explainLayers(candidates: readonly PolicyCandidate[], policy: Policy): LayerStatus[] {
  const applied = new Map(policy.layers.map((layer) => [layer.file, layer]));
  const lockedOut = new Set((policy.lockedOut ?? []).map((layer) => layer.file));
  return candidates.map(({ layer, file }) => ({
    layer,
    file,
    state: applied.has(file) ? 'applied' : lockedOut.has(file) ? 'locked-out' : 'missing',
    locks: applied.get(file)?.document.locked === true,
  }));
}

/** How the policy treats strong, current evidence of `assistant`, layer by layer. */
export function explainAssistant(assistant: Assistant, policy: Policy, context: EvaluationContext = {}): AssistantExplanation {
  const subject = { assistant: assistant.id, strength: 'strong' as const };
  const decided = strictestVerdict(layerVerdicts(subject, policy, context));
  const say = (layer: PolicyLayer, state: LayerSay['state']): LayerSay => {
    const said = layerRule(layer, subject, context.assistants);
    return {
      layer: layer.layer,
      file: layer.file,
      ...(said ? { rule: said.rule, action: said.action } : {}),
      state,
      decides: decided?.layer === layer,
    };
  };
  const action = decided ? (decided.verdict === 'info' ? 'warn' : decided.verdict) : 'warn';
  return {
    assistant,
    action: action === 'allow' ? 'allow' : action,
    ...(decided ? { decidedBy: { layer: decided.layer.layer, file: decided.layer.file, rule: decided.rule } } : {}),
    layers: [...policy.layers.map((layer) => say(layer, 'applied')), ...(policy.lockedOut ?? []).map((layer) => say(layer, 'locked-out'))],
  };
}
