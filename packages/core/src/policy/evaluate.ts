/** @fileoverview Applies a policy to evidence: the verdict, and which layer decided it. Layers can only tighten. */
import type { Evidence } from '../model/evidence.js';
import type { Finding, Verdict } from '../model/finding.js';
import type { Policy, PolicyAction } from '../model/policy.js';
import { STRENGTH_ORDER, type Strength } from '../model/signature.js';

const SEVERITY: Record<PolicyAction, number> = { allow: 0, warn: 1, block: 2 };

/** What the policy says about one assistant and strength, and why. */
export interface PolicyDecision {
  readonly action: PolicyAction;
  readonly decidedBy: string;
}

/**
 * The action for `assistant`: the strictest action any layer gives it (by name, or by that layer's default).
 * With no layer saying anything, `warn`, decided by "no policy".
 */
export function decideAction(assistant: string, policy: Policy): PolicyDecision {
  let decision: PolicyDecision = { action: 'warn', decidedBy: policy.layers.length === 0 ? 'no policy found (default: warn)' : 'built-in default (warn)' };
  let decidedByLayer = false;
  for (const layer of policy.layers) {
    const named = layer.document.assistants?.[assistant];
    const action = named ?? layer.document.default;
    if (action === undefined) continue;
    const rule = named !== undefined ? `assistants.${assistant}` : 'default';
    // The first layer to speak sets the action; later layers may only make it stricter.
    if (!decidedByLayer || SEVERITY[action] > SEVERITY[decision.action]) {
      decision = { action, decidedBy: `${layer.layer} policy ${layer.file} (${rule}: ${action})` };
      decidedByLayer = true;
    }
  }
  return decision;
}

/** The weakest strength any layer asks to see; `weak` (everything) when none says. */
export function effectiveMinStrength(policy: Policy): Strength {
  let min: Strength | undefined;
  for (const layer of policy.layers) {
    const wanted = layer.document.minStrength;
    if (wanted && (min === undefined || STRENGTH_ORDER.indexOf(wanted) < STRENGTH_ORDER.indexOf(min))) min = wanted;
  }
  return min ?? 'weak';
}

/**
 * Turns evidence into a finding, or undefined when the policy drops it (an allowed assistant, or weaker than
 * `minStrength`). Weak evidence alone never blocks: it collides with ordinary human work, so it is capped at `warn`.
 */
export function evaluateEvidence(evidence: Evidence, policy: Policy, minStrength = effectiveMinStrength(policy)): Finding | undefined {
  if (STRENGTH_ORDER.indexOf(evidence.strength) < STRENGTH_ORDER.indexOf(minStrength)) return undefined;
  const { action, decidedBy } = decideAction(evidence.assistant, policy);
  if (action === 'allow') return undefined;
  const verdict: Verdict = action === 'block' && evidence.strength !== 'weak' ? 'block' : 'warn';
  return { ...evidence, verdict, decidedBy };
}
