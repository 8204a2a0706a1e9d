/** @fileoverview Explains a policy: every layer looked for, what each says about an assistant, and which decided. */
import type { Assistant } from '../model/assistant.js';
import type { Policy, PolicyAction, PolicyCandidate, PolicyLayer, PolicyLayerName } from '../model/policy.js';
import type { SignatureKind } from '../model/signature.js';
import { layerRule, layerVerdicts, strictestVerdict, type EvaluationContext } from './evaluate.js';

/** One place a layer's file may be, and what became of it. */
export interface LayerStatus {
  readonly layer: PolicyLayerName;
  readonly file: string;
  /** `applied`; `missing` (no file there); `locked-out` (found, but a locked managed policy overrides it). */
  readonly state: 'applied' | 'missing' | 'locked-out';
  /** True for a managed file that says `"locked": true`. */
  readonly locks: boolean;
  /** `AIGUARD_MANAGED_POLICY` or `--policy` for a file named explicitly; unset for the well-known paths. */
  readonly namedBy?: string;
}

/** A rule that changes the layer's action for part of an assistant's evidence. */
export interface LayerRefinement {
  /** e.g. `kinds.repo-path: warn`, `providers.anthropic: block`, `enforceSince: 2026-02-01`. */
  readonly rule: string;
  /** What it covers, e.g. `its repo-path evidence` or `aider/claude-model-trailer: evidence it sent code to anthropic`. */
  readonly appliesTo: string;
}

/** What one layer says about one assistant. */
export interface LayerSay {
  readonly layer: PolicyLayerName;
  readonly file: string;
  /** e.g. `vendors.Anthropic`, or undefined when the file says nothing about the assistant. */
  readonly rule?: string;
  readonly action?: PolicyAction;
  readonly state: 'applied' | 'locked-out';
  /** True for the layer whose rule set the verdict. */
  readonly decides: boolean;
  /** Kind overrides, provider rules for evidence that names a provider, and the ban date, where the layer has them. */
  readonly refinements: readonly LayerRefinement[];
}

/** The verdict for one assistant and how it was reached. */
export interface AssistantExplanation {
  readonly assistant: Assistant;
  /** The action strong, current evidence of this assistant gets. */
  readonly action: PolicyAction;
  /** The deciding layer, or undefined for the built-in default (warn). */
  readonly decidedBy?: { readonly layer: PolicyLayerName; readonly file: string; readonly rule: string };
  readonly layers: readonly LayerSay[];
}

/** Every candidate file with its state, strongest first. */
export function explainLayers(candidates: readonly PolicyCandidate[], policy: Policy): LayerStatus[] {
  const applied = new Map(policy.layers.map((layer) => [layer.file, layer]));
  const lockedOut = new Set((policy.lockedOut ?? []).map((layer) => layer.file));
  return candidates.map(({ layer, file, namedBy }) => ({
    layer,
    file,
    state: applied.has(file) ? 'applied' : lockedOut.has(file) ? 'locked-out' : 'missing',
    locks: applied.get(file)?.document.locked === true,
    ...(namedBy !== undefined ? { namedBy } : {}),
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
      refinements: refinements(layer, assistant, said?.action, context),
    };
  };
  const action = decided ? (decided.verdict === 'info' ? 'warn' : decided.verdict) : 'warn';
  return {
    assistant,
    action,
    ...(decided ? { decidedBy: { layer: decided.layer.layer, file: decided.layer.file, rule: decided.rule } } : {}),
    layers: [...policy.layers.map((layer) => say(layer, 'applied')), ...(policy.lockedOut ?? []).map((layer) => say(layer, 'locked-out'))],
  };
}

const STRICTNESS: readonly PolicyAction[] = ['allow', 'warn', 'block'];

/** The layer's rules that treat some of `assistant`'s evidence differently from `base`. */
function refinements(layer: PolicyLayer, assistant: Assistant, base: PolicyAction | undefined, context: EvaluationContext): LayerRefinement[] {
  const found: LayerRefinement[] = [];
  const kinds = new Set<string>(assistant.signatures.map((signature) => signature.kind));
  for (const kind of Object.keys(layer.document.kinds ?? {}) as SignatureKind[]) {
    if (!kinds.has(kind)) continue;
    const said = layerRule(layer, { assistant: assistant.id, kind }, context.assistants);
    if (said && said.action !== base) found.push({ rule: `${said.rule}: ${said.action}`, appliesTo: `its ${kind} evidence` });
  }
  for (const signature of assistant.signatures) {
    if (signature.provider === undefined) continue;
    const said = layerRule(layer, { assistant: assistant.id, signature: signature.id }, context.assistants);
    if (said && said.action !== base) found.push({ rule: `${said.rule}: ${said.action}`, appliesTo: `${signature.id}: evidence it sent code to ${signature.provider}` });
  }
  // A models glob can only make evidence stricter than the tool's own rule, and only evidence that names a model.
  const namesModels = assistant.signatures.some((signature) => signature.kind === 'commit-trailer' || signature.kind === 'commit-marker' || signature.kind === 'commit-identity');
  for (const [glob, action] of Object.entries(layer.document.models ?? {})) {
    if (namesModels && STRICTNESS.indexOf(action) > STRICTNESS.indexOf(base ?? 'allow')) {
      found.push({ rule: `models.${glob}: ${action}`, appliesTo: `its evidence that names a model matching ${glob}` });
    }
  }
  const since = layer.document.enforceSince;
  if (since !== undefined && (base === 'block' || base === 'warn' || found.length > 0)) {
    found.push({ rule: `enforceSince: ${since}`, appliesTo: /^\d{4}-/.test(since) ? 'commits dated before it are info, not failed' : 'that commit and its ancestors are info, not failed' });
  }
  return found;
}
